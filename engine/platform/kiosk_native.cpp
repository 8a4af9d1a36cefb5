#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <SDL.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>  // the admin PIN is typed on the terminal (native only)
#include <memory>
#include <random>

#include "content/capped_file.h"
#include "content/kiosk_config.h"
#include "core/lms/base64.h"
#include "platform/http_client_native.h"
#include "ui/xapi_records.h"
#include "content/limits.h"
#include "content/pack_loader.h"
#include "content/pack_signature.h"
#include "core/kiosk/pin_format.h"
#include "core/progress/progress_report.h"
#include "platform/kiosk.h"
#include "platform/main_loop.h"
#include "platform/profile_storage.h"
#include "platform/whole_file.h"
#include "save/pin_hash.h"
#include "save/save_store.h"
#include "ui/pack_shelf.h"

namespace fs = std::filesystem;

namespace warmline::platform {
namespace {

void print_diagnostics(const Diagnostics& ds) {
  for (const Diagnostic& d : ds) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
}

// Reports go where staff can pick them up: the inbox (often a USB stick),
// else the data folder.
std::string write_report(const std::string& dir, const std::string& file_name, const std::string& bytes) {
  const std::string path = (dir.empty() ? std::string(".") : dir) + "/" + file_name;
  if (!write_whole_file(path, bytes)) return "Could not write " + path + ". Is the disk full or read-only?";
  return "Saved as " + path;
}

}  // namespace

std::vector<std::string> install_inbox_packs(ui::App& app, const std::string& inbox,
                                             const std::vector<std::string>& trusted_key_files) {
  std::vector<std::string> lines;
  if (inbox.empty()) return {"No inbox folder is set in the kiosk config (inbox: /path)."};
  std::vector<PublicKey> trusted;
  for (const std::string& file : trusted_key_files) {
    PublicKeyLoad key = load_public_key(file);
    if (key.key) trusted.push_back(*key.key);
    else lines.push_back(key.error);
  }
  std::error_code ec;
  std::vector<fs::path> packs;
  for (fs::directory_iterator it(inbox, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".wlpack") packs.push_back(it->path());
  }
  if (ec) return {"Cannot read the inbox " + inbox + ": " + ec.message()};
  std::sort(packs.begin(), packs.end());
  if (packs.empty()) lines.push_back("The inbox " + inbox + " has no .wlpack files.");
  for (const fs::path& path : packs) {
    const std::string name = path.filename().string();
    const SignatureCheck check = verify_pack_file(path.string(), trusted);
    if (!check.ok) {
      lines.push_back("Refused " + name + ": " + check.error);
      continue;
    }
    CappedFile file = read_capped_file(path, limits::kCompiledPackBytes);
    if (!file.ok()) {
      lines.push_back("Refused " + name + ": it could not be read again after its signature was checked");
      continue;
    }
    const ui::PackInstall result = app.install_pack(name, file.bytes);
    if (!result.ok()) {
      lines.push_back("Refused " + name + ": " + result.problems.front());
      continue;
    }
    const std::string what = result.kind == ui::InstallKind::New       ? "Installed "
                             : result.kind == ui::InstallKind::Update ? "Updated "
                                                                       : "Already installed: ";
    lines.push_back(what + result.pack.title + " " + result.pack.version + " (" + name + ", signed by key " +
                    check.key_id + ")");
  }
  for (const std::string& l : lines) std::fprintf(stderr, "warmline: inbox: %s\n", l.c_str());
  return lines;
}

void configure_kiosk(const Options& options, ui::AppOptions& app, std::string& data_dir) {
  Diagnostics ds;
  const KioskConfig config = load_kiosk_config(options.config_path, ds);
  print_diagnostics(ds);
  ui::KioskOptions& k = app.kiosk;
  k.enabled = true;
  k.idle_timeout_seconds = config.idle_timeout_seconds;
  k.admin_pin_hash = config.admin_pin;
  k.inbox = config.inbox;
  k.hash_pin = [](const std::string& pin) { return hash_pin(pin); };
  k.check_pin = [](const std::string& pin, const std::string& stored) { return check_pin(pin, stored); };
  const std::string inbox = config.inbox;
  const std::vector<std::string> trust = config.trust;
  k.install_from_inbox = [inbox, trust](ui::App& a) { return install_inbox_packs(a, inbox, trust); };
  if (data_dir.empty()) data_dir = config.data;
  const std::string reports = config.inbox.empty() ? data_dir : config.inbox;
  app.offer_file = [reports](const std::string& name, const std::string& bytes) {
    return write_report(reports, name, bytes);
  };
  if (!options.sound_given) app.tone_default_on = config.sound;
  if (!config.lrs_endpoint.empty()) {
    ui::LrsSettings lrs;
    lrs.endpoint = config.lrs_endpoint;
    lrs.authorization = "Basic " + lms::base64_encode(config.lrs_key + ":" + config.lrs_secret);
    if (!config.lrs_home_page.empty()) lrs.home_page = config.lrs_home_page;
    app.records.open_kiosk_lrs = [lrs](Storage& storage, std::int64_t now_ms) {
      // A finished request wakes the kiosk's loop from its wait for events.
      auto http = std::make_unique<CurlHttpClient>([] {
        SDL_Event wake{};
        wake.type = SDL_USEREVENT;
        SDL_PushEvent(&wake);
      });
      std::random_device entropy;
      const std::uint64_t seed = (static_cast<std::uint64_t>(entropy()) << 32) ^ entropy();
      return ui::open_kiosk_records(std::move(http), storage, lrs, seed, now_ms);
    };
  }
  // Warm libsodium up now, not on the first learner's PIN.
  try {
    init_pin_hashing();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "warmline: PINs cannot be checked: %s\n", e.what());
  }
}

namespace {

// One line from the terminal without echo, or from a pipe as it is.
bool read_secret(const char* prompt, std::string& out) {
  const bool tty = ::isatty(STDIN_FILENO);
  termios old{};
  if (tty) {
    std::fprintf(stderr, "%s", prompt);
    std::fflush(stderr);
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  const bool got = static_cast<bool>(std::getline(std::cin, out));
  if (tty) {
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
  }
  return got;
}

// The config text with its admin-pin line set to `hash` (replaced where it
// was, else added at the end); every other line is kept as written.
std::string with_admin_pin(const std::string& text, const std::string& hash) {
  std::string out;
  bool replaced = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    if (line.rfind("admin-pin:", 0) == 0) {
      if (!replaced) out += "admin-pin: " + hash + "\n";
      replaced = true;
    } else {
      out += line + "\n";
    }
    start = end + 1;
  }
  if (!replaced) out += "admin-pin: " + hash + "\n";
  return out;
}

}  // namespace

int set_admin_pin(const std::string& config_path) {
  std::string text;
  struct stat st {};
  const bool exists = ::stat(config_path.c_str(), &st) == 0;
  if (exists) {
    CappedFile f = read_capped_file(config_path, KioskConfig::kMaxBytes);
    if (!f.ok()) {
      std::fprintf(stderr, "warmline: %s:1:1: cannot read the kiosk config\n", config_path.c_str());
      return 1;
    }
    text = std::move(f.bytes);
  }
  std::string pin, again;
  if (!read_secret("New staff PIN (4 to 6 digits): ", pin)) {
    std::fprintf(stderr, "warmline: no PIN given; the config is unchanged\n");
    return 1;
  }
  if (!is_valid_pin(pin)) {
    std::fprintf(stderr, "warmline: a PIN is 4 to 6 digits 0-9; the config is unchanged\n");
    return 1;
  }
  if (is_easy_pin(pin)) {
    std::fprintf(stderr, "warmline: %s is too easy to guess (all the same digit, or in a row); the config is unchanged\n",
                 std::string(pin.size(), '*').c_str());
    return 1;
  }
  if (!read_secret("The same PIN again: ", again) || again != pin) {
    std::fprintf(stderr, "warmline: the two PINs were different; the config is unchanged\n");
    return 1;
  }
  std::string hash;
  try {
    hash = hash_pin(pin);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "warmline: could not hash the PIN: %s\n", e.what());
    return 1;
  }
  const std::string updated = with_admin_pin(text, hash);
  // Written beside the config and renamed over it, with the old file's
  // owner, group and mode, so a crash leaves the old config or the new one
  // and the kiosk user can still read it.
  const std::string temp = config_path + ".new";
  std::FILE* f = std::fopen(temp.c_str(), "wb");
  if (!f) {
    std::fprintf(stderr, "warmline: cannot write %s (run this as the config's owner, usually with sudo)\n", temp.c_str());
    return 1;
  }
  bool ok = std::fwrite(updated.data(), 1, updated.size(), f) == updated.size() && std::fflush(f) == 0;
  if (exists) {
    ok = ok && ::fchmod(::fileno(f), st.st_mode & 07777) == 0;
    if (::fchown(::fileno(f), st.st_uid, st.st_gid) != 0 && ::geteuid() == 0) ok = false;
  } else {
    ok = ok && ::fchmod(::fileno(f), 0640) == 0;
  }
  ok = ok && ::fsync(::fileno(f)) == 0;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(temp.c_str(), config_path.c_str()) != 0) {
    std::remove(temp.c_str());
    std::fprintf(stderr, "warmline: could not replace %s; it is unchanged\n", config_path.c_str());
    return 1;
  }
  std::printf("The staff PIN is set in %s. Restart Warmline for it to take effect.\n", config_path.c_str());
  return 0;
}

int export_progress(const Options& options) {
  std::string data_dir = options.data_dir;
  if (!options.config_path.empty() && data_dir.empty()) {
    Diagnostics ds;
    data_dir = load_kiosk_config(options.config_path, ds).data;
    print_diagnostics(ds);
  }
  std::unique_ptr<Storage> storage = open_profile_storage(data_dir);
  // The course in use there: an installed pack if one is active, else --pack
  // or the built-in one.
  ui::PackShelf shelf(*storage);
  PackLoad pack;
  const std::string active = shelf.active();
  if (!active.empty() && options.pack_path.empty()) {
    pack = shelf.load(active);
  } else {
    const std::string assets = options.asset_dir.empty() ? default_asset_dir() : options.asset_dir;
    pack = load_pack(options.pack_path.empty() ? assets + "/packs/default.wlpack" : options.pack_path);
  }
  if (!pack.ok()) {
    print_diagnostics(pack.diagnostics);
    return 1;
  }
  SaveStore store(*storage);
  std::vector<LearnerRecord> records;
  for (const ProfileSummary& p : store.list()) {
    LoadResult loaded = store.load(p.id);
    if (loaded.ok()) {
      records.push_back({p.id, std::move(loaded.progress)});
    } else {
      std::fprintf(stderr, "warmline: profile %s left out: %s\n", p.id.c_str(), loaded.error.c_str());
    }
  }
  const std::string csv = progress_csv(pack.course, records, GamificationRules{}.mastery);
  if (options.export_path == "-") {
    std::fwrite(csv.data(), 1, csv.size(), stdout);
    return 0;
  }
  if (!write_whole_file(options.export_path, csv)) {
    std::fprintf(stderr, "warmline: cannot write %s\n", options.export_path.c_str());
    return 1;
  }
  std::fprintf(stderr, "warmline: %zu learners x %zu skills written to %s\n", records.size(), pack.course.modules.size(),
               options.export_path.c_str());
  return 0;
}

}  // namespace warmline::platform
