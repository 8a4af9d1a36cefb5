#include "ui/pack_shelf.h"

#include <algorithm>

#include "content/compiled_pack.h"
#include "content/field_values.h"
#include "content/limits.h"

namespace warmline::ui {
namespace {

constexpr std::string_view kPackSuffix = ".wlpack";
constexpr const char* kActiveFile = "active-pack";

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::vector<std::string> error_lines(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::Error) lines.push_back(format_diagnostic(d));
  }
  return lines;
}

// The sync is what makes a browser's copy durable (IndexedDB); a failure to
// sync is reported like a failed write.
IoStatus write_and_sync(Storage& storage, const std::string& name, std::string_view bytes) {
  IoStatus st = storage.write_file_atomic(name, bytes);
  if (!st.ok()) return st;
  return storage.sync();
}

}  // namespace

std::string pack_file_name(const std::string& id) { return id + std::string(kPackSuffix); }

PackSummary summarize(const Course& course) {
  PackSummary s;
  s.id = course.info.id;
  s.title = course.info.title;
  s.version = version_string(course.info.version);
  s.author = course.info.author;
  s.modules = static_cast<int>(course.modules.size());
  for (const Module& m : course.modules) {
    s.lessons += static_cast<int>(m.lessons.size());
    s.questions += static_cast<int>(m.quiz.questions.size());
    s.activities += static_cast<int>(m.breathing.size() + m.rephrase.size());
  }
  return s;
}

PackLoad PackShelf::load(const std::string& id) {
  PackLoad load;
  const std::string name = pack_file_name(id);
  if (!is_valid_id(id)) {
    load.diagnostics.push_back({name, 1, 1, "'" + id + "' is not a pack id", Severity::Error});
    return load;
  }
  std::optional<std::string> bytes = storage_.read_file(name);
  if (!bytes) {
    load.diagnostics.push_back({name, 1, 1, "this pack is no longer installed", Severity::Error});
    return load;
  }
  return read_compiled_pack(name, *bytes);
}

std::vector<PackSummary> PackShelf::list() {
  std::vector<PackSummary> packs;
  for (const std::string& name : storage_.list()) {
    if (!ends_with(name, kPackSuffix)) continue;
    const std::string id = name.substr(0, name.size() - kPackSuffix.size());
    if (!is_valid_id(id)) continue;
    PackLoad pack = load(id);
    PackSummary s;
    if (pack.ok()) {
      s = summarize(pack.course);
    } else {
      s.id = id;
      s.title = id;
      const std::vector<std::string> lines = error_lines(pack.diagnostics);
      s.problem = lines.empty() ? "unreadable" : lines.front();
    }
    packs.push_back(std::move(s));
  }
  std::sort(packs.begin(), packs.end(), [](const PackSummary& a, const PackSummary& b) { return a.id < b.id; });
  return packs;
}

PackInstall PackShelf::install(const std::string& file_name, std::string_view bytes) {
  PackInstall result;
  if (bytes.size() > limits::kCompiledPackBytes) {
    result.problems.push_back(file_name + ":1:1: file is " + std::to_string(bytes.size()) + " bytes; the limit is " +
                              std::to_string(limits::kCompiledPackBytes));
    return result;
  }
  PackLoad pack = read_compiled_pack(file_name, bytes);
  result.problems = error_lines(pack.diagnostics);
  if (!result.ok()) return result;
  result.pack = summarize(pack.course);
  const std::string& id = pack.course.info.id;
  const std::string name = pack_file_name(id);

  if (std::optional<std::string> old_bytes = storage_.read_file(name)) {
    PackLoad old = read_compiled_pack(name, *old_bytes);
    if (old.ok()) {
      const int order = compare_versions(pack.course.info.version, old.course.info.version);
      result.replaced_version = version_string(old.course.info.version);
      if (order < 0) {
        result.problems.push_back(file_name + ":1:1: this is version " + result.pack.version + " of '" + id +
                                  "', older than the installed " + result.replaced_version +
                                  "; remove the installed one first to go back");
        return result;
      }
      result.kind = (order == 0 && *old_bytes == bytes) ? InstallKind::Unchanged : InstallKind::Update;
    } else {
      result.kind = InstallKind::Update;  // replacing a damaged copy
    }
  }
  if (result.kind != InstallKind::Unchanged) {
    const IoStatus st = write_and_sync(storage_, name, bytes);
    if (!st.ok()) {
      result.problems.push_back(file_name + ":1:1: could not be stored: " + st.error);
      return result;
    }
    // The previous copy is not needed once the new one is in place: a pack
    // can always be uploaded again, and browsers give each site little room.
    storage_.remove(name + std::string(kBackupSuffix));
  }
  const IoStatus st = set_active(id);
  if (!st.ok()) result.problems.push_back(file_name + ":1:1: installed, but could not be made the course in use: " + st.error);
  return result;
}

IoStatus PackShelf::remove(const std::string& id) {
  if (!is_valid_id(id)) return {"'" + id + "' is not a pack id"};
  if (active() == id) {
    IoStatus st = set_active("");
    if (!st.ok()) return st;
  }
  const std::string name = pack_file_name(id);
  IoStatus st = storage_.remove(name);
  if (!st.ok()) return st;
  storage_.remove(name + std::string(kBackupSuffix));
  return storage_.sync();
}

std::string PackShelf::active() {
  std::optional<std::string> id = storage_.read_file(kActiveFile);
  if (!id || !is_valid_id(*id)) return "";
  const std::vector<std::string> names = storage_.list();
  if (std::find(names.begin(), names.end(), pack_file_name(*id)) == names.end()) return "";
  return *id;
}

IoStatus PackShelf::set_active(const std::string& id) {
  if (!id.empty() && !is_valid_id(id)) return {"'" + id + "' is not a pack id"};
  return write_and_sync(storage_, kActiveFile, id);
}

}  // namespace warmline::ui
