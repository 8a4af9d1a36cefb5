#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "content/diagnostic.h"

namespace warmline {

// The kiosk's settings, written by hand by whoever sets the machine up
// (usually /etc/warmline/kiosk.conf; docs/kiosk.md describes every field).
// Every field is optional; these are the defaults.
struct KioskConfig {
  static constexpr int kMinIdleTimeout = 30;
  static constexpr int kMaxIdleTimeout = 3600;
  static constexpr int kDefaultIdleTimeout = 120;
  static constexpr std::size_t kMaxBytes = 64 * 1024;

  // Seconds without a touch before the kiosk saves and returns to "Tap to start".
  int idle_timeout_seconds = kDefaultIdleTimeout;
  // Folder watched for new packs; empty: none.
  std::string inbox;
  // Folder for learner profiles; empty: the app's usual data folder.
  std::string data;
  // Public keys of trusted trainers, in file order; `trust:` may repeat.
  std::vector<std::string> trust;
  bool sound = true;
  // The admin PIN's hash ($argon2id$...); empty: no admin PIN set.
  std::string admin_pin;
  // An xAPI LRS that gets statements about the kiosk's learners when the
  // network allows: its base URL and the key and secret it issued (HTTP
  // Basic). All three or none; `lrs-home-page` names the kiosk's accounts.
  std::string lrs_endpoint;
  std::string lrs_key;
  std::string lrs_secret;
  std::string lrs_home_page;
};

// Reads the config text: `name: value` lines, blank lines and `#` comments
// (a whole line, or after a space at the end of a line). Every problem goes
// to `out` as file:line:col; a field with a bad value keeps its default.
KioskConfig parse_kiosk_config(const std::string& file, std::string_view text, Diagnostics& out);

// Reads and parses the file at `path` (at most kMaxBytes); a file that
// cannot be read is reported at path:1:1 and gives the defaults.
KioskConfig load_kiosk_config(const std::string& path, Diagnostics& out);

}  // namespace warmline
