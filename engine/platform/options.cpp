#include "platform/options.h"

#include <cstdlib>

namespace warmline::platform {

const char* usage() {
  return "Usage: warmline [options]\n"
         "  --fullscreen          fill the screen (kiosks)\n"
         "  --windowed            a window even in kiosk mode (trying it out, tests)\n"
         "  --assets DIR          where fonts and packs live (default: assets next to the binary)\n"
         "  --pack PATH           the course to show: a pack folder or a .wlpack file\n"
         "                        (default: ASSETS/packs/default.wlpack)\n"
         "  --data DIR            where learner profiles are saved (native; default:\n"
         "                        ~/.local/share/Warmline/Warmline/profiles)\n"
         "  --import FILE         add the learner profile in FILE (.wlsave, exported on\n"
         "                        another device) and open it\n"
         "  --sound               start breathing exercises with their soft tones on\n"
         "                        (default in the browser)\n"
         "  --no-sound            start them with the tones off (default natively: kiosks\n"
         "                        are shared); learners can still turn them on\n"
         "  --kiosk               kiosk mode: fullscreen, \"Tap to start\", learner PINs, idle\n"
         "                        reset, staff screen (see docs/kiosk.md)\n"
         "  --config FILE         the kiosk config (default: /etc/warmline/kiosk.conf)\n"
         "  --set-admin-pin       ask for a staff PIN and write its hash into the config\n"
         "  --export-progress F   write the learners x skills CSV of the saved profiles\n"
         "                        to F (- for stdout) and exit; uses --data or the config\n"
         "  --start-time UNIX     run the calendar from this Unix time (for tests)\n"
         "  --seed N              draw quizzes and games from seed N (for tests)\n"
         "  --script FILE         play scripted input (see engine/core/input_script.h), then exit\n"
         "  --dump-state FILE     write the app state as JSON when the app exits\n"
         "  --first-frame FILE    write the first drawn frame as a PNG (tests)\n"
         "  --version             print the version\n"
         "  --help                this text\n";
}

bool parse_options(const std::vector<std::string>& args, Options& out, std::string& error) {
  bool windowed = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& dest) {
      if (i + 1 >= args.size() || args[i + 1].empty()) {
        error = a + " needs a value";
        return false;
      }
      dest = args[++i];
      return true;
    };
    if (a == "--fullscreen") {
      out.fullscreen = true;
    } else if (a == "--script") {
      if (!value(out.script_path)) return false;
    } else if (a == "--dump-state") {
      if (!value(out.dump_state_path)) return false;
    } else if (a == "--first-frame") {
      if (!value(out.first_frame_path)) return false;
    } else if (a == "--assets") {
      if (!value(out.asset_dir)) return false;
    } else if (a == "--data") {
      if (!value(out.data_dir)) return false;
    } else if (a == "--start-time") {
      std::string v;
      if (!value(v)) return false;
      char* end = nullptr;
      out.start_time = std::strtoll(v.c_str(), &end, 10);
      if (end == v.c_str() || *end != '\0' || out.start_time < 0) {
        error = "--start-time needs a Unix time in seconds, not '" + v + "'";
        return false;
      }
    } else if (a == "--seed") {
      std::string v;
      if (!value(v)) return false;
      char* end = nullptr;
      out.seed = std::strtoull(v.c_str(), &end, 10);
      if (end == v.c_str() || *end != '\0' || out.seed == 0) {
        error = "--seed needs a positive whole number, not '" + v + "'";
        return false;
      }
    } else if (a == "--sound") {
      out.sound = true;
      out.sound_given = true;
    } else if (a == "--no-sound") {
      out.sound = false;
      out.sound_given = true;
    } else if (a == "--kiosk") {
      out.kiosk = true;
    } else if (a == "--windowed") {
      windowed = true;  // for trying kiosk mode on a desktop, and for tests
    } else if (a == "--config") {
      if (!value(out.config_path)) return false;
    } else if (a == "--set-admin-pin") {
      out.set_admin_pin = true;
    } else if (a == "--export-progress") {
      if (!value(out.export_path)) return false;
    } else if (a == "--import") {
      if (!value(out.import_path)) return false;
    } else if (a == "--pack") {
      if (!value(out.pack_path)) return false;
    } else if (a == "--help" || a == "-h") {
      out.show_help = true;
    } else if (a == "--version") {
      out.show_version = true;
    } else {
      error = "unknown option " + a;
      return false;
    }
  }
  if (out.kiosk) out.fullscreen = !windowed;
  else if (windowed) out.fullscreen = false;
  if ((out.kiosk || out.set_admin_pin) && out.config_path.empty()) out.config_path = "/etc/warmline/kiosk.conf";
  return true;
}

}  // namespace warmline::platform
