#include "platform/tone_player.h"

#include <cmath>
#include <cstdio>
#include <mutex>
#include <vector>

#include "core/games/tone_synth.h"
#include "platform/tone_output.h"

namespace warmline::platform {
namespace {

// Longer than any breathing phase a pack may have (20 s), so the output
// stays open through a whole exercise instead of closing between cues and
// paying the device start-up (and its latency) every few seconds.
constexpr Uint64 kLingerMs = 25000;
// About 43 ms at 48 kHz: latency nobody notices in a breathing cue, and on
// the web few enough ScriptProcessor calls not to stutter beside the
// animation on the same thread.
constexpr Uint16 kBufferFrames = 2048;

// The idle check runs on SDL's timer thread (natively) and may fire while a
// player is being destroyed. It therefore finds its player by id under this
// lock rather than holding a pointer that could dangle; every player's state
// is guarded by the same lock.
std::mutex& players_mutex() {
  static std::mutex m;
  return m;
}
std::vector<TonePlayer*>& players() {
  static std::vector<TonePlayer*> list;
  return list;
}
std::uintptr_t next_player_id() {
  static std::uintptr_t id = 0;
  return ++id;
}

}  // namespace

TonePlayer::TonePlayer() {
  std::lock_guard<std::mutex> lock(players_mutex());
  id_ = next_player_id();
  players().push_back(this);
}

TonePlayer::~TonePlayer() {
  std::lock_guard<std::mutex> lock(players_mutex());
  auto& list = players();
  for (auto it = list.begin(); it != list.end(); ++it) {
    if (*it == this) {
      list.erase(it);
      break;
    }
  }
  if (idle_timer_ != 0) SDL_RemoveTimer(idle_timer_);
  idle_timer_ = 0;
  release_output();
}

void TonePlayer::play(BreathPhaseKind kind) {
  std::lock_guard<std::mutex> lock(players_mutex());
  if (failed_) return;
  if (device_ == 0 && !open_output()) {
    failed_ = true;  // said so once; never retried, so never a retry loop
    return;
  }
  const ToneSpec spec = tone_for_phase(kind);
  quiet_after_ms_ = SDL_GetTicks64() + static_cast<Uint64>(std::ceil(spec.seconds * 1000.0)) + kLingerMs;
  if (idle_timer_ == 0) {
    idle_timer_ = SDL_AddTimer(static_cast<Uint32>(quiet_after_ms_ - SDL_GetTicks64()), on_idle_timer,
                               reinterpret_cast<void*>(id_));
  }
  tone_output::wake();
  parked_ = false;
  const std::vector<float> samples = render_tone(spec, sample_rate_);
  // A new phase makes the previous cue stale: drop whatever of it is left.
  SDL_ClearQueuedAudio(device_);
  if (samples.empty()) return;
  if (SDL_QueueAudio(device_, samples.data(), static_cast<Uint32>(samples.size() * sizeof(float))) != 0)
    return;
  SDL_PauseAudioDevice(device_, 0);
}

bool TonePlayer::open_output() {
  tone_output::begin_open();
  const bool opened = start_output();
  tone_output::end_open();
  return opened;
}

bool TonePlayer::start_output() {
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    std::fprintf(stderr, "warmline: no sound (breathing cues stay silent): %s\n", SDL_GetError());
    return false;
  }
  SDL_SetHint(SDL_HINT_AUDIO_DEVICE_STREAM_NAME, "Breathing cues");
  SDL_AudioSpec want{};
  want.freq = 48000;
  want.format = AUDIO_F32SYS;
  want.channels = 1;
  want.samples = kBufferFrames;
  want.callback = nullptr;  // SDL_QueueAudio: no callback of ours on the audio thread
  SDL_AudioSpec have{};
  // The device's own rate: the tone is rendered at it, so SDL never resamples.
  device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
  if (device_ == 0) {
    std::fprintf(stderr, "warmline: no sound (breathing cues stay silent): %s\n", SDL_GetError());
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return false;
  }
  sample_rate_ = have.freq;
  return true;
}

void TonePlayer::release_output() {
  if (device_ == 0) return;
  SDL_CloseAudioDevice(device_);
  device_ = 0;
  parked_ = false;
  // Not just the device: ALSA's hotplug thread, for one, keeps waking ten
  // times a second for as long as the subsystem is up.
  SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

Uint32 SDLCALL TonePlayer::on_idle_timer(Uint32, void* param) {
  std::lock_guard<std::mutex> lock(players_mutex());
  const auto id = reinterpret_cast<std::uintptr_t>(param);
  for (TonePlayer* p : players()) {
    if (p->id_ == id) return p->check_idle();
  }
  return 0;  // the player is gone
}

// Returns the delay to the next check, or 0 once the output is let go.
Uint32 TonePlayer::check_idle() {
  const Uint64 now = SDL_GetTicks64();
  if (device_ == 0 || parked_) {
    idle_timer_ = 0;
    return 0;
  }
  if (now < quiet_after_ms_) return static_cast<Uint32>(quiet_after_ms_ - now);
  if (SDL_GetQueuedAudioSize(device_) > 0) return 500;
  idle_timer_ = 0;
  parked_ = tone_output::park();
  if (!parked_) release_output();
  return 0;
}

}  // namespace warmline::platform
