#pragma once
#include <string>
#include <string_view>

#include "content/diagnostic.h"
#include "core/course/course.h"

namespace warmline {

// A pack as read from disk: the course is only usable when ok(); otherwise
// `diagnostics` lists every problem found, and the caller keeps whatever
// pack it had before.
struct PackLoad {
  Course course;
  Diagnostics diagnostics;
  bool ok() const { return !has_errors(diagnostics); }
};

// Reads a pack folder (pack.txt + modules/*.md in name order), parses and
// validates it. Paths in messages are relative to `dir`'s parent as given.
PackLoad load_pack_dir(const std::string& dir);

// A compiled .wlpack file, read under the compiled-pack size cap and checked
// in full (read_compiled_pack).
PackLoad load_compiled_pack_file(const std::string& path);

// A pack folder or a compiled .wlpack file, told apart by what is on disk.
PackLoad load_pack(const std::string& path);

}  // namespace warmline
