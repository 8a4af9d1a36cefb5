#pragma once
#include <functional>
#include <string>
#include <vector>

// What the platform hands the UI for kiosk mode. The UI never hashes, reads
// folders or checks signatures itself: those are native-only libraries
// (libsodium) the web build leaves out, so they arrive as callbacks.
namespace warmline::ui {

class App;

struct KioskOptions {
  bool enabled = false;
  int idle_timeout_seconds = 120;
  std::string admin_pin_hash;  // empty: no admin PIN set, the admin screen stays shut
  // Salted Argon2id hash of a PIN, and the check of a PIN against one.
  // Both take about 0.4 s, so the PIN pad draws "Checking…" first.
  std::function<std::string(const std::string& pin)> hash_pin;
  std::function<bool(const std::string& pin, const std::string& stored)> check_pin;
  // Installs every signed pack waiting in the inbox (through
  // App::install_pack) and returns one line per file for the admin.
  std::function<std::vector<std::string>(App&)> install_from_inbox;
  std::string inbox;  // shown on the admin screen; "" when none is set
};

// One PIN being typed on the kiosk's pad, and what it is for.
struct PinEntry {
  enum class Purpose { SignIn, Admin, Choose, Confirm };
  Purpose purpose = Purpose::SignIn;
  std::string profile_id;  // SignIn, Choose, Confirm: whose PIN
  std::string name;        // for the greeting
  std::string digits;
  std::string chosen;      // Confirm: the PIN typed on the Choose step
  bool checking = false;   // "Checking…" is on screen; the check runs next frame
  int checking_frame = 0;
  std::string message;
  bool message_is_error = false;
};

}  // namespace warmline::ui
