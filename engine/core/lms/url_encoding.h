#pragma once
#include <optional>
#include <string>
#include <string_view>

// Percent-encoding for launch URLs (application/x-www-form-urlencoded, as
// LMSs write them) and for the ids and query values Warmline builds itself.
namespace warmline::lms {

// Decodes %XX escapes and '+' as a space. nullopt when a '%' is not followed
// by two hex digits: such a URL was mangled on its way here, and guessing
// what it meant could send statements to the wrong place.
std::optional<std::string> percent_decode(std::string_view text);

// Escapes every byte except the RFC 3986 unreserved characters
// (A-Z a-z 0-9 - . _ ~), so the result is safe as a path segment and as a
// query value alike. UTF-8 is escaped byte by byte, as RFC 3987 maps it.
std::string percent_encode(std::string_view text);

}  // namespace warmline::lms
