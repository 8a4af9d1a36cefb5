#pragma once
#include <string>
#include <string_view>

#include "content/diagnostic.h"
#include "core/course/course.h"

namespace warmline {

// Reads pack.txt: `name: value` fields and comments only.
PackInfo parse_manifest_text(const std::string& file, std::string_view text, Diagnostics& out);

}  // namespace warmline
