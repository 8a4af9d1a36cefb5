#include "content/kiosk_config.h"

#include <map>

#include "content/capped_file.h"
#include "content/diagnostic_sink.h"
#include "content/field_line.h"
#include "content/field_values.h"
#include "content/limits.h"
#include "content/source_lines.h"
#include "content/utf8.h"

namespace warmline {
namespace {

const std::vector<std::string_view> kKioskFields{"idle-timeout", "inbox",      "data",       "trust",        "sound",
                                                 "admin-pin",    "lrs-endpoint", "lrs-key", "lrs-secret", "lrs-home-page"};

constexpr std::string_view kBlock = "the kiosk config";

// The line without its `#` comment: one at the start of the (trimmed) line,
// or one after a space or tab. A '#' inside a value, like "room#2", stays.
std::string_view without_comment(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '#') continue;
    if (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t') return line.substr(0, i);
  }
  return line;
}

void read_idle_timeout(const FieldLine* f, KioskConfig& config, DiagnosticSink& sink) {
  if (!f) return;
  const std::string range = std::to_string(KioskConfig::kMinIdleTimeout) + " to " +
                            std::to_string(KioskConfig::kMaxIdleTimeout);
  const std::optional<int> n = parse_count(f->value);
  if (!n) {
    sink.error(f->line, f->value_col,
               "idle-timeout must be a whole number of seconds from " + range + ", not '" + f->value + "'");
  } else if (*n < KioskConfig::kMinIdleTimeout || *n > KioskConfig::kMaxIdleTimeout) {
    sink.error(f->line, f->value_col,
               "idle-timeout must be from " + range + " seconds, not " + std::to_string(*n));
  } else {
    config.idle_timeout_seconds = *n;
  }
}

// Absolute paths only: the kiosk runs as a service, whose working folder
// has nothing to do with where this file is.
bool read_path(const FieldLine& f, std::string& into, DiagnosticSink& sink) {
  if (f.value[0] == '/') {
    into = f.value;
    return true;
  }
  if (f.value[0] == '~') {
    sink.error(f.line, f.value_col,
               f.name + " must be an absolute path; '~' is not expanded here, so write the whole path, like /home/kiosk" +
                   f.value.substr(1));
  } else {
    sink.error(f.line, f.value_col,
               f.name + " must be an absolute path starting with /, not '" + f.value +
                   "'; a relative path would depend on the folder the kiosk was started from");
  }
  return false;
}

void read_sound(const FieldLine* f, KioskConfig& config, DiagnosticSink& sink) {
  if (!f) return;
  if (f->value == "on") {
    config.sound = true;
  } else if (f->value == "off") {
    config.sound = false;
  } else {
    sink.error(f->line, f->value_col, "sound must be on or off, not '" + f->value + "'");
  }
}

void read_admin_pin(const FieldLine* f, KioskConfig& config, DiagnosticSink& sink) {
  if (!f) return;
  constexpr std::string_view kPrefix = "$argon2id$";
  if (f->value.compare(0, kPrefix.size(), kPrefix) == 0 && f->value.size() > kPrefix.size()) {
    config.admin_pin = f->value;
  } else {
    sink.error(f->line, f->value_col,
               "admin-pin must be the PIN's hash, starting with $argon2id$ (written by warmline --set-admin-pin), "
               "never the PIN itself");
  }
}

bool web_address(const std::string& value) {
  return (value.rfind("https://", 0) == 0 && value.size() > 8) || (value.rfind("http://", 0) == 0 && value.size() > 7);
}

// The three LRS fields go together: a kiosk with half a configuration
// would queue statements it can never send.
void read_lrs(const FieldSet& fields, KioskConfig& config, DiagnosticSink& sink) {
  const FieldLine* endpoint = fields.find("lrs-endpoint");
  const FieldLine* key = fields.find("lrs-key");
  const FieldLine* secret = fields.find("lrs-secret");
  const FieldLine* home = fields.find("lrs-home-page");
  if (!endpoint) {
    for (const FieldLine* f : {key, secret, home}) {
      if (f) sink.error(f->line, f->name_col, f->name + " needs lrs-endpoint: the LRS's xAPI address");
    }
    return;
  }
  bool ok = true;
  if (!web_address(endpoint->value) || endpoint->value.find_first_of(" \t\"") != std::string::npos) {
    sink.error(endpoint->line, endpoint->value_col,
               "lrs-endpoint must be the LRS's xAPI address starting with https:// (or http://), not '" +
                   endpoint->value + "'");
    ok = false;
  }
  for (const char* name : {"lrs-key", "lrs-secret"}) {
    if (!fields.find(name)) {
      sink.error(endpoint->line, endpoint->name_col,
                 std::string("lrs-endpoint needs ") + name + " too: the credentials the LRS issued for this kiosk");
      ok = false;
    }
  }
  if (key && key->value.find(':') != std::string::npos) {
    sink.error(key->line, key->value_col, "lrs-key cannot contain ':' (HTTP Basic separates key and secret with it)");
    ok = false;
  }
  if (home && !web_address(home->value)) {
    sink.error(home->line, home->value_col,
               "lrs-home-page must be a web address starting with https:// (or http://), not '" + home->value + "'");
    ok = false;
  }
  if (!ok) return;
  config.lrs_endpoint = endpoint->value;
  config.lrs_key = key->value;
  config.lrs_secret = secret->value;
  if (home) config.lrs_home_page = home->value;
}

void error(Diagnostics& out, const std::string& file, std::string message) {
  out.push_back({file, 1, 1, std::move(message), Severity::Error});
}

}  // namespace

KioskConfig parse_kiosk_config(const std::string& file, std::string_view text, Diagnostics& out) {
  DiagnosticSink sink(file, out, limits::kDiagnosticsPerFile);
  KioskConfig config;
  const std::vector<std::string> lines = split_source_lines(text, KioskConfig::kMaxBytes, sink);
  FieldSet fields({"trust"});
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const int number = static_cast<int>(i) + 1;
    const std::string_view line = without_comment(lines[i]);
    if (trim(line).empty()) continue;
    FieldLine f;
    switch (match_field(line, number, f)) {
      case FieldMatch::Field:
        fields.add(std::move(f), kKioskFields, kBlock, sink);
        break;
      case FieldMatch::BadCase:
        sink.error(number, f.name_col, "field names are lower case: '" + f.name + "'");
        break;
      case FieldMatch::NotAField: {
        std::size_t start = 0;
        while (start < line.size() && (line[start] == ' ' || line[start] == '\t')) ++start;
        sink.error(number, utf8::column(line, start),
                   "expected 'name: value' (a space after the colon) or a # comment");
        break;
      }
    }
  }

  read_idle_timeout(fields.find("idle-timeout"), config, sink);
  if (const FieldLine* f = fields.find("inbox")) read_path(*f, config.inbox, sink);
  if (const FieldLine* f = fields.find("data")) read_path(*f, config.data, sink);
  std::map<std::string, int> trusted_on;  // key path -> the line that first trusted it
  for (const FieldLine* f : fields.find_all("trust")) {
    std::string key;
    if (!read_path(*f, key, sink)) continue;
    if (auto [at, first] = trusted_on.emplace(key, f->line); !first) {
      sink.warning(f->line, f->value_col, "key '" + f->value + "' is already trusted on line " + std::to_string(at->second));
      continue;
    }
    config.trust.push_back(std::move(key));
  }
  read_sound(fields.find("sound"), config, sink);
  read_admin_pin(fields.find("admin-pin"), config, sink);
  read_lrs(fields, config, sink);
  return config;
}

KioskConfig load_kiosk_config(const std::string& path, Diagnostics& out) {
  const CappedFile f = read_capped_file(path, KioskConfig::kMaxBytes);
  switch (f.problem) {
    case FileProblem::None: return parse_kiosk_config(path, f.bytes, out);
    case FileProblem::Missing: error(out, path, "cannot read the kiosk config: no such file"); break;
    case FileProblem::StatFailed: error(out, path, "cannot read the kiosk config: " + f.detail); break;
    case FileProblem::Folder:
    case FileProblem::NotRegular: error(out, path, "the kiosk config must be a regular file"); break;
    case FileProblem::TooBig:
      error(out, path,
            "the kiosk config is " + std::to_string(f.size) + " bytes; the limit is " +
                std::to_string(KioskConfig::kMaxBytes));
      break;
    case FileProblem::Grew:
      error(out, path, "the kiosk config grew while being read; the limit is " + std::to_string(KioskConfig::kMaxBytes) + " bytes");
      break;
    case FileProblem::OpenFailed: error(out, path, "cannot open the kiosk config for reading"); break;
    case FileProblem::ReadFailed: error(out, path, "reading the kiosk config failed"); break;
  }
  return {};
}

}  // namespace warmline
