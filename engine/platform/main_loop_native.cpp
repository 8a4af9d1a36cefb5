#include <SDL.h>

#include <cstdio>
#include <string>

#include "platform/main_loop.h"
#include "platform/runner.h"

namespace warmline::platform {

void run_main_loop(Runner& runner) {
  while (runner.step(/*may_block=*/true)) {
  }
}

const char* default_asset_dir() {
  static const std::string dir = [] {
    char* base = SDL_GetBasePath();
    std::string d = base ? std::string(base) + "assets" : std::string("assets");
    SDL_free(base);
    return d;
  }();
  return dir.c_str();
}

void report_fatal(const char* message) { std::fprintf(stderr, "warmline: %s\n", message); }

}  // namespace warmline::platform
