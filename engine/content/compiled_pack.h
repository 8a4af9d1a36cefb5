#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "content/pack_loader.h"

namespace warmline {

// A .wlpack file: a fixed header (magic, format version, payload size,
// content hash of the payload) followed by the course in cereal's portable
// binary form. Readers check every header field and then run the full
// validator again: the file is never trusted. Only files of exactly this
// format are read; any change to the payload (content/course_archive.h)
// bumps it. 2: rephrasing items store their accepted tile orders.
inline constexpr std::uint32_t kCompiledPackFormat = 2;

std::string write_compiled_pack(const Course& course);

// `file` names the pack in messages ("default.wlpack:0:0: ..." style
// locations are not available for binary data, so errors use line 1).
PackLoad read_compiled_pack(const std::string& file, std::string_view bytes);

}  // namespace warmline
