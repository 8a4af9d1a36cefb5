#include <SDL.h>
#include <imgui.h>

#include <cstdio>
#include <memory>

#include "content/capped_file.h"
#include "core/input_script.h"
#include "platform/cmi5_records.h"
#include "platform/course_loading.h"
#include "platform/file_exchange.h"
#include "platform/gl_window.h"
#include "platform/kiosk.h"
#include "platform/lms_bridge.h"
#include "platform/main_loop.h"
#include "platform/options.h"
#include "platform/profile_storage.h"
#include "platform/runner.h"
#include "platform/wall_clock.h"
#ifndef __EMSCRIPTEN__
#include "platform/script_driver.h"
#endif
#include "platform/tone_player.h"
#include "platform/whole_file.h"
#include "ui/app.h"

using namespace warmline;

namespace {

#ifndef __EMSCRIPTEN__
bool load_script(const std::string& path, std::unique_ptr<platform::ScriptDriver>& out) {
  const CappedFile text = read_capped_file(path, 1 << 20);  // scripts are a few KB
  if (!text.ok()) {
    std::fprintf(stderr, "warmline: cannot read script %s\n", path.c_str());
    return false;
  }
  InputScript script = parse_input_script(text.bytes);
  for (const ScriptError& e : script.errors)
    std::fprintf(stderr, "%s:%d: %s\n", path.c_str(), e.line, e.message.c_str());
  if (!script.errors.empty()) return false;
  out = std::make_unique<platform::ScriptDriver>(std::move(script));
  return true;
}
#endif

}  // namespace

int main(int argc, char** argv) {
  platform::Options options;
  std::string error;
  if (!platform::parse_options(std::vector<std::string>(argv + 1, argv + argc), options, error)) {
    std::fprintf(stderr, "warmline: %s\n%s", error.c_str(), platform::usage());
    return 2;
  }
  if (options.show_help) {
    std::fputs(platform::usage(), stdout);
    return 0;
  }
  if (options.show_version) {
    std::printf("warmline %s\n", WARMLINE_VERSION);
    return 0;
  }
#ifndef __EMSCRIPTEN__
  // Jobs an admin runs on the kiosk's terminal; no window.
  if (options.set_admin_pin) return platform::set_admin_pin(options.config_path);
  if (!options.export_path.empty()) return platform::export_progress(options);
#endif
    // Scripted input drives the native app in tests and the soak; the page is
    // driven through its state hook instead, and leaves the player out.
#ifdef __EMSCRIPTEN__
  if (!options.script_path.empty()) {
    std::fprintf(stderr, "warmline: --script is for the native app\n");
    return 2;
  }
#else
  std::unique_ptr<platform::ScriptDriver> script;
  if (!options.script_path.empty() && !load_script(options.script_path, script)) return 2;
#endif

  // Only the subsystems we use: a kiosk must not spin up joystick or haptics polling.
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    const std::string message = std::string("Could not start SDL: ") + SDL_GetError();
    platform::report_fatal(message.c_str());
    return 1;
  }
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();

  // On the heap: on the web, main() never returns (the browser keeps calling
  // the loop), so the session must outlive main's frame; natively it is
  // destroyed before ImGui and SDL shut down.
  struct Session {
    // Opens no audio until the first cue, so building it costs a kiosk nothing.
    platform::TonePlayer tones;
    platform::GlWindow window;
    std::unique_ptr<Storage> storage;
    std::unique_ptr<ui::App> app;
    std::unique_ptr<platform::Runner> runner;
  };
  auto session = std::make_unique<Session>();
  int exit_code = 0;
  platform::WindowOptions window_options;
  window_options.fullscreen = options.fullscreen;
  ui::AppOptions app_options;
  app_options.asset_dir = options.asset_dir.empty() ? platform::default_asset_dir() : options.asset_dir;
#ifdef __EMSCRIPTEN__
  app_options.target = "web";
  app_options.can_quit = false;
#endif
  Session* live = session.get();
  app_options.save_picture = [live](const std::string& name) {
    return platform::save_picture(*live->runner, name);
  };
  app_options.offer_file = platform::offer_file;
  app_options.fixed_seed = options.seed;
  app_options.request_import = [live] { return platform::request_import(*live->app); };
  app_options.play_tone = [live](BreathPhaseKind kind) { live->tones.play(kind); };
  app_options.tone_default_on = options.sound;
  app_options.request_pack = [live] { return platform::request_pack(*live->app); };
  app_options.lms = platform::lms_launch();
  app_options.course_pinned = !options.pack_path.empty();
  app_options.report_to_lms = platform::report_to_lms;
  platform::offer_cmi5_records(app_options);
  std::string data_dir = options.data_dir;
#ifndef __EMSCRIPTEN__
  if (options.kiosk) platform::configure_kiosk(options, app_options, data_dir);
#endif
  session->app = std::make_unique<ui::App>(app_options);
  ui::App* app = session->app.get();
  session->runner = std::make_unique<platform::Runner>(*app, session->window);
  const bool window_open = session->window.open(window_options, error);
  // Before the GL context: see GlWindow::start_gl.
  if (window_open) session->runner->bake_first_fonts();
  if (!window_open || !session->window.start_gl(error)) {
    platform::report_fatal(error.c_str());
    exit_code = 1;
  } else {
    app->set_graphics(session->window.renderer());
    platform::accept_uploads(*app);
    // The welcome screen needs no course, so the pack (hash, parse and
    // validation: 25-40 ms in a browser) loads once the first frame is up,
    // or sooner if the saved profiles arrive first.
    auto pending_course = std::make_shared<std::string>(
        options.pack_path.empty() ? app_options.asset_dir + "/packs/default.wlpack" : options.pack_path);
    auto load_pending_course = [app, pending_course] {
      if (pending_course->empty()) return;
      const std::string path = std::move(*pending_course);
      pending_course->clear();
      platform::load_course(*app, path);
    };
    const std::string import_path = options.import_path;
    session->storage = platform::open_profile_storage(data_dir);
    app->set_storage(session->storage.get());
    const ui::KioskOptions kiosk = app_options.kiosk;
    platform::load_profiles([app, import_path, kiosk, load_pending_course] {
      load_pending_course();
      app->storage_ready();
      if (!import_path.empty()) platform::import_profile_file(*app, import_path);
      // A kiosk installs what staff left in the inbox each time it starts.
      if (kiosk.enabled && !kiosk.inbox.empty() && kiosk.install_from_inbox) kiosk.install_from_inbox(*app);
    });
    session->runner->after_first_frame = load_pending_course;
    const long long start_time = options.start_time;
    session->runner->wall_clock = [start_time](double t) {
      ui::WallClock c = platform::system_wall_clock();
      if (start_time >= 0) {
        c.unix_seconds = start_time + static_cast<std::int64_t>(t);
        c.milliseconds =
            static_cast<std::int64_t>((t - static_cast<double>(static_cast<std::int64_t>(t))) * 1000.0);
      }
      return c;
    };
    session->runner->on_error = [](const std::string& m) {
      std::fprintf(stderr, "warmline: %s\n", m.c_str());
    };
#ifndef __EMSCRIPTEN__
    if (script) {
      platform::ScriptDriver* driver = script.get();
      session->runner->before_turn = [driver](platform::Runner& r) { driver->update(r); };
    }
#endif
    // A kiosk takes no files from whoever walks up: packs come signed
    // through the inbox, profiles stay on the machine.
    session->runner->accept_drops = !options.kiosk;
    session->runner->ignore_window_close = options.kiosk;
    if (!options.first_frame_path.empty()) session->runner->capture_next_frame(options.first_frame_path);
    platform::Runner& runner = *session->runner;
#ifdef __EMSCRIPTEN__
    session.release();  // owned by the page from here on
#endif
    platform::run_main_loop(runner);

    if (!options.dump_state_path.empty()) {
      if (!platform::write_whole_file(options.dump_state_path, to_json(session->app->snapshot()) + '\n')) {
        std::fprintf(stderr, "warmline: cannot write %s\n", options.dump_state_path.c_str());
        exit_code = 1;
      }
    }
#ifndef __EMSCRIPTEN__
    if (script && script->failures() > 0) exit_code = 1;
#endif
  }
  session.reset();
  ImGui::DestroyContext();
  SDL_Quit();
  return exit_code;
}
