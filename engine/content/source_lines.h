#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "content/diagnostic_sink.h"

namespace warmline {

// Splits a text file into lines (LF or CRLF, a leading BOM dropped) and
// reports what is wrong with the bytes themselves: the size cap, malformed
// UTF-8, control characters and overlong lines. Bad bytes come back as
// U+FFFD so parsing can go on and find the remaining problems. Returns no
// lines at all when the file is over the size cap.
std::vector<std::string> split_source_lines(std::string_view text, std::size_t max_bytes, DiagnosticSink& sink);

}  // namespace warmline
