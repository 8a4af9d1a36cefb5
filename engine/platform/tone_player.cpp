#include "platform/tone_player.h"

#include <cmath>
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
  tone_output::wake(device_);
  parked_ = false;
  // A new phase makes the previous cue stale: play() drops whatever of it is left.
  tone_output::play(device_, render_tone(spec, sample_rate_));
}

bool TonePlayer::open_output() {
  device_ = tone_output::open(sample_rate_);
  return device_ != 0;
}

void TonePlayer::release_output() {
  if (device_ == 0) return;
  tone_output::close(device_);
  device_ = 0;
  parked_ = false;
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
  if (tone_output::busy(device_)) return 500;
  idle_timer_ = 0;
  parked_ = tone_output::park(device_);
  if (!parked_) release_output();
  return 0;
}

}  // namespace warmline::platform
