#include <SDL.h>
#include <dlfcn.h>

#include <cstdio>

#include "platform/tone_output.h"

namespace warmline::platform::tone_output {
namespace {

// About 43 ms at 48 kHz: latency nobody notices in a breathing cue.
constexpr Uint16 kBufferFrames = 2048;

// libasound's snd_lib_error_handler_t, without making ALSA a build dependency:
// SDL loads the library at run time, and so do we.
using AlsaErrorHandler = void (*)(const char* file, int line, const char* function, int err, const char* fmt,
                                  ...);
using SetAlsaErrorHandler = int (*)(AlsaErrorHandler);

void ignore_alsa_error(const char*, int, const char*, int, const char*, ...) {}

SetAlsaErrorHandler alsa_set_handler() {
  // Held open for the process: SDL unloads libasound when its audio shuts
  // down, and a reload would forget the handler. Looked up once.
  static const SetAlsaErrorHandler set = [] {
    void* lib = dlopen("libasound.so.2", RTLD_NOW | RTLD_LOCAL);
    return lib ? reinterpret_cast<SetAlsaErrorHandler>(dlsym(lib, "snd_lib_error_set_handler")) : nullptr;
  }();
  return set;
}

// libasound prints its own lines to stderr when there is no sound card
// (under Xvfb, in CI); they are hushed so a failed start says one line, ours.
void begin_open() {
  if (SetAlsaErrorHandler set = alsa_set_handler()) set(ignore_alsa_error);
}

// Back to ALSA's own reporting: once playing, what it says is worth seeing.
void end_open() {
  if (SetAlsaErrorHandler set = alsa_set_handler()) set(nullptr);
}

std::uint32_t start_output(int& sample_rate) {
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    std::fprintf(stderr, "warmline: no sound (breathing cues stay silent): %s\n", SDL_GetError());
    return 0;
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
  const SDL_AudioDeviceID device = SDL_OpenAudioDevice(nullptr, 0, &want, &have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
  if (device == 0) {
    std::fprintf(stderr, "warmline: no sound (breathing cues stay silent): %s\n", SDL_GetError());
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return 0;
  }
  sample_rate = have.freq;
  return device;
}

}  // namespace

std::uint32_t open(int& sample_rate) {
  begin_open();
  const std::uint32_t device = start_output(sample_rate);
  end_open();
  return device;
}

void close(std::uint32_t device) {
  SDL_CloseAudioDevice(device);
  // Not just the device: ALSA's hotplug thread, for one, keeps waking ten
  // times a second for as long as the subsystem is up.
  SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

void wake(std::uint32_t) {}

void play(std::uint32_t device, const std::vector<float>& samples) {
  SDL_ClearQueuedAudio(device);
  if (samples.empty()) return;
  if (SDL_QueueAudio(device, samples.data(), static_cast<Uint32>(samples.size() * sizeof(float))) != 0) return;
  SDL_PauseAudioDevice(device, 0);
}

bool busy(std::uint32_t device) { return SDL_GetQueuedAudioSize(device) > 0; }

// An open SDL device keeps its mixing thread writing silence even when
// paused, so resting natively means closing.
bool park(std::uint32_t) { return false; }

}  // namespace warmline::platform::tone_output
