#pragma once
#include <iosfwd>
#include <string>

#include "content/pack_loader.h"

namespace warmline::pack_tool {

// What `build` and `export-scorm` share before writing `output`: prints the
// load's diagnostics and, on errors, that `output` was not written; else
// compiles the course into `bytes`, refusing a pack over the size the app
// accepts. Returns whether `bytes` may be written.
bool compile_for_output(const PackLoad& load, const std::string& output, std::string& bytes, std::ostream& err);

}  // namespace warmline::pack_tool
