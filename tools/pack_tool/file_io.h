#pragma once
#include <ostream>
#include <string>

// Whole-file reads and writes for the pack tool's commands. Both report
// failures on `err` as "warmline-pack: cannot ..." and return false.
namespace warmline::pack_tool {

bool read_file(const std::string& path, std::string& bytes, std::ostream& err);

// Write beside the target, then rename over it: a reader (or a crash) never
// sees half a file, and a failed write leaves the old file in place.
bool write_atomically(const std::string& path, const std::string& bytes, std::ostream& err);

}  // namespace warmline::pack_tool
