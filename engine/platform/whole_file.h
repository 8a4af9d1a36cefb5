#pragma once
#include <string>
#include <string_view>

// Writes a whole file (reports, exports, state dumps) with C stdio rather
// than fstream: the web build must not pull in iostreams (see
// serial/byte_archive.h). Returns false if any byte failed to reach the file.
namespace warmline::platform {

bool write_whole_file(const std::string& path, std::string_view bytes);

}  // namespace warmline::platform
