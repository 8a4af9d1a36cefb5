#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace warmline::utf8 {

// Length in bytes of the well-formed UTF-8 sequence at s[i], or 0 when the
// bytes there are not one (overlong forms, surrogates and values above
// U+10FFFF count as malformed, as the Unicode standard requires).
std::size_t sequence_length(std::string_view s, std::size_t i);

bool is_valid(std::string_view s);

// Byte offset of the first malformed sequence, or npos.
std::size_t first_invalid(std::string_view s);

// Characters (code points) in s; each malformed byte counts as one.
std::size_t length(std::string_view s);

// 1-based character column of byte offset `byte` in `line`.
int column(std::string_view line, std::size_t byte);

// s with every malformed byte replaced by U+FFFD, so later stages can keep
// going and report more than the first problem.
std::string repaired(std::string_view s);

}  // namespace warmline::utf8
