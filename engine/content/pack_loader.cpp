#include "content/pack_loader.h"

#include "content/markers_parser.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>
#include <tuple>

#include "content/capped_file.h"
#include "content/compiled_pack.h"
#include "content/course_validator.h"
#include "content/limits.h"
#include "content/manifest_parser.h"
#include "content/module_parser.h"

namespace warmline {
namespace {

namespace fs = std::filesystem;

// Paths in messages are the caller's spelling plus the relative path, so
// they match what the trainer typed on the command line.
std::string display_path(const std::string& dir, const std::string& rel) {
  if (dir.empty()) return rel;
  return dir.back() == '/' ? dir + rel : dir + "/" + rel;
}

void error(Diagnostics& out, const std::string& file, std::string message) {
  out.push_back({file, 1, 1, std::move(message), Severity::Error});
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Reads a whole regular file of at most `cap` bytes (content/capped_file);
// reports and returns false otherwise.
bool read_file(const fs::path& path, const std::string& shown, std::size_t cap, std::string& bytes, Diagnostics& out) {
  CappedFile f = read_capped_file(path, cap);
  switch (f.problem) {
    case FileProblem::None: bytes = std::move(f.bytes); return true;
    case FileProblem::Missing:
    case FileProblem::StatFailed: error(out, shown, "cannot read this file: " + f.detail); break;
    case FileProblem::Folder: error(out, shown, "this is a folder, not a file"); break;
    case FileProblem::NotRegular: error(out, shown, "not a regular file"); break;
    case FileProblem::TooBig:
      error(out, shown, "file is " + std::to_string(f.size) + " bytes; the limit is " + std::to_string(cap));
      break;
    case FileProblem::Grew:
      error(out, shown, "file grew while being read; the limit is " + std::to_string(cap) + " bytes");
      break;
    case FileProblem::OpenFailed: error(out, shown, "cannot open this file for reading"); break;
    case FileProblem::ReadFailed: error(out, shown, "reading this file failed"); break;
  }
  return false;
}

struct ModuleFile {
  std::string name;
  fs::path path;
};

// The *.md entries of modules/, sorted by name; other entries are reported.
std::vector<ModuleFile> list_modules(const fs::path& dir, const std::string& shown, Diagnostics& out) {
  std::vector<ModuleFile> files;
  std::error_code ec;
  const fs::file_status st = fs::status(dir, ec);
  if (ec || !fs::exists(st)) {
    error(out, shown, "the pack has no modules/ folder; put one module file per skill in it, like "
                      "modules/01-first-skill.md");
    return files;
  }
  if (!fs::is_directory(st)) {
    error(out, shown, "modules must be a folder of .md files");
    return files;
  }
  fs::directory_iterator it(dir, ec);
  std::vector<std::pair<std::string, fs::path>> entries;
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    entries.emplace_back(it->path().filename().string(), it->path());
    if (entries.size() > limits::kModuleFiles * 4) break;  // the count is refused below anyway
  }
  if (ec) {
    error(out, shown, "cannot list this folder: " + ec.message());
    return files;
  }
  std::sort(entries.begin(), entries.end());
  for (auto& [name, path] : entries) {
    const std::string rel = display_path(shown, name);
    if (!ends_with(name, ".md")) {
      out.push_back({rel, 1, 1, "not a module file (only .md files in modules/ are read); ignored", Severity::Warning});
      continue;
    }
    if (files.size() == limits::kModuleFiles) {
      error(out, shown, "more than " + std::to_string(limits::kModuleFiles) + " module files; the limit is " +
                            std::to_string(limits::kModuleFiles));
      files.clear();
      return files;
    }
    files.push_back({name, path});
  }
  return files;
}

// The parser and validator report a missing manifest field in the same
// words and place; keep one copy of each message.
void drop_repeats(Diagnostics& ds) {
  std::set<std::tuple<std::string, int, int, std::string>> seen;
  Diagnostics kept;
  for (Diagnostic& d : ds) {
    if (seen.emplace(d.file, d.line, d.col, d.message).second) kept.push_back(std::move(d));
  }
  ds = std::move(kept);
}

PackLoad load_dir(const std::string& dir) {
  PackLoad load;
  Diagnostics& out = load.diagnostics;
  std::error_code ec;
  const fs::path root(dir);
  const fs::file_status st = fs::status(root, ec);
  if (ec || !fs::is_directory(st)) {
    error(out, dir, fs::exists(st) ? "not a pack folder (expected a folder holding pack.txt and modules/)"
                                   : "no such pack folder");
    return load;
  }
  const std::string manifest_name = display_path(dir, "pack.txt");
  std::string bytes;
  const bool have_manifest = fs::exists(root / "pack.txt", ec)
                                 ? read_file(root / "pack.txt", manifest_name, limits::kManifestBytes, bytes, out)
                                 : (error(out, manifest_name, "the pack has no pack.txt; every pack folder needs one "
                                                              "(see content/README.md)"),
                                    false);
  if (have_manifest) {
    load.course.info = parse_manifest_text(manifest_name, bytes, out);
  } else {
    load.course.info.source_file = manifest_name;
  }
  const PackInfo& info = load.course.info;
  QuizDefaults defaults;
  if (info.quiz_seconds >= limits::kMinSeconds && info.quiz_seconds <= limits::kMaxSeconds) {
    defaults.seconds_per_question = info.quiz_seconds;
  }
  if (info.pass_mark >= 1 && info.pass_mark <= 100) defaults.pass_mark = info.pass_mark;

  const std::string modules_name = display_path(dir, "modules");
  for (const ModuleFile& f : list_modules(root / "modules", modules_name, out)) {
    const std::string shown = display_path(modules_name, f.name);
    if (!read_file(f.path, shown, limits::kFileBytes, bytes, out)) continue;
    load.course.modules.push_back(parse_module_text(shown, bytes, out, defaults));
  }
  // Optional: the Write round's phrase list for this pack's language.
  const std::string markers_name = display_path(dir, "rephrase-markers.txt");
  if (fs::exists(root / "rephrase-markers.txt", ec) &&
      read_file(root / "rephrase-markers.txt", markers_name, kMarkerFileBytes, bytes, out)) {
    load.course.markers = parse_markers(markers_name, bytes, out);
  }
  Diagnostics checks;
  validate_course(load.course, checks);
  for (Diagnostic& d : checks) {
    // Without a manifest its fields are all missing; the message above says so once.
    if (!have_manifest && d.file == manifest_name) continue;
    out.push_back(std::move(d));
  }
  drop_repeats(out);
  return load;
}

}  // namespace

PackLoad load_pack_dir(const std::string& dir) {
  try {
    return load_dir(dir);
  } catch (const std::exception& e) {
    PackLoad load;
    error(load.diagnostics, dir, std::string("could not load the pack: ") + e.what());
    return load;
  }
}

PackLoad load_compiled_pack_file(const std::string& path) {
  PackLoad load;
  std::string bytes;
  if (!read_file(path, path, limits::kCompiledPackBytes, bytes, load.diagnostics)) return load;
  return read_compiled_pack(path, bytes);
}

PackLoad load_pack(const std::string& path) {
  try {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (!ec && fs::is_regular_file(st)) return load_compiled_pack_file(path);
    return load_pack_dir(path);
  } catch (const std::exception& e) {
    PackLoad load;
    error(load.diagnostics, path, std::string("could not load the pack: ") + e.what());
    return load;
  }
}

}  // namespace warmline
