#pragma once
#include <string>
#include <vector>

namespace warmline::platform {

struct Options {
  bool fullscreen = false;
  std::string script_path;      // scripted input for tests and soak runs
  std::string dump_state_path;  // the state snapshot, written at exit
  std::string first_frame_path;  // a PNG of the first frame drawn
  std::string asset_dir;        // default: "assets" next to the binary
  std::string data_dir;         // where profiles are saved natively; default: the user's data folder
  long long start_time = -1;
  unsigned long long seed = 0;  // fixed seed for quiz draws and games (tests); 0: from the clock    // pretend the wall clock started at this Unix time (tests)
  std::string import_path;      // a profile file (.wlsave) to add at start
  std::string pack_path;        // a pack folder or .wlpack; default: the built-in course
  // Whether breathing exercises start with their soft tones on; learners can
  // switch them either way. On in the browser (the learner's own device), off
  // natively: the native build is the kiosk build, in a shared room.
#ifdef __EMSCRIPTEN__
  bool sound = true;
#else
  bool sound = false;
#endif
  bool sound_given = false;     // --sound or --no-sound was on the command line
  // Kiosk mode (native): the config file (docs/kiosk.md), and the jobs an
  // admin runs on the machine instead of starting the app.
  bool kiosk = false;
  std::string config_path;      // default with --kiosk: /etc/warmline/kiosk.conf
  bool set_admin_pin = false;
  std::string export_path;      // --export-progress: the CSV to write ("-": stdout)
  bool show_help = false;
  bool show_version = false;
};

// Fills `out`; on a bad command line returns false with `error` set.
bool parse_options(const std::vector<std::string>& args, Options& out, std::string& error);
const char* usage();

}  // namespace warmline::platform
