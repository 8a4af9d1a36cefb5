#include <dlfcn.h>

#include "platform/tone_output.h"

namespace warmline::platform::tone_output {
namespace {

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

}  // namespace

void begin_open() {
  if (SetAlsaErrorHandler set = alsa_set_handler()) set(ignore_alsa_error);
}

// Back to ALSA's own reporting: once playing, what it says is worth seeing.
void end_open() {
  if (SetAlsaErrorHandler set = alsa_set_handler()) set(nullptr);
}

void wake() {}

// An open SDL device keeps its mixing thread writing silence even when
// paused, so resting natively means closing.
bool park() { return false; }

}  // namespace warmline::platform::tone_output
