#include <emscripten.h>
#include <emscripten/html5.h>

#include <string>

#include "platform/main_loop.h"
#include "platform/runner.h"

namespace warmline::platform {
namespace {

Runner* g_runner = nullptr;

void frame() {
  const long before = g_runner->app().scheduler().frames_drawn();
  if (!g_runner->step(/*may_block=*/false)) emscripten_cancel_main_loop();
  if (before == 0 && g_runner->app().scheduler().frames_drawn() > 0) {
    // The page keeps its loading screen up until the canvas shows something.
    EM_ASM({
      if (Module["onFirstFrame"]) Module["onFirstFrame"]();
    });
  }
}

}  // namespace

void run_main_loop(Runner& runner) {
  g_runner = &runner;
  // fps 0: the browser's requestAnimationFrame; idle frames return at once.
  emscripten_set_main_loop(frame, 0, /*simulate_infinite_loop=*/true);
}

const char* default_asset_dir() { return "/assets"; }

void report_fatal(const char* message) {
  EM_ASM(
      {
        var text = UTF8ToString($0);
        if (Module["showError"]) Module["showError"](text); else console.error(text);
      },
      message);
}

}  // namespace warmline::platform

// web_shell/warmline_launch.js calls this on pagehide (cmi5 launches).
extern "C" EMSCRIPTEN_KEEPALIVE void warmline_page_closing() {
  if (warmline::platform::g_runner) warmline::platform::g_runner->page_closing();
}

// Read by tests and, later, the LMS bridge: Module.warmlineState() in JS.
extern "C" EMSCRIPTEN_KEEPALIVE const char* warmline_state_json() {
  static std::string json;
  if (!warmline::platform::g_runner) return "{}";
  json = warmline::to_json(warmline::platform::g_runner->app().snapshot());
  return json.c_str();
}
