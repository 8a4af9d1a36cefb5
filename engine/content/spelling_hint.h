#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace warmline {

// Levenshtein distance, counted in bytes (names compared here are ASCII).
std::size_t edit_distance(std::string_view a, std::string_view b);

// " (did you mean 'x'?)" for the closest candidate within a small distance,
// or "" when nothing is close enough to be a likely typo.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

// "a, b or c" for messages that list what is allowed.
std::string one_of(const std::vector<std::string_view>& names);

}  // namespace warmline
