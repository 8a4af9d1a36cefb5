#pragma once
#include <string>
#include <string_view>
#include <vector>

// Profile ids double as file names, on every file system Warmline runs on,
// so they are kept to [a-z0-9-]: a slug of the learner's name plus a short
// suffix that tells two learners of the same name apart ("maria-lopez-k3f9").
namespace warmline {

inline constexpr std::size_t kMaxProfileIdChars = 40;

// Lower-case ASCII letters and digits of `name`, other runs as one '-', at
// most 24 characters; "learner" when nothing is left (e.g. a name in a
// non-Latin script: the suffix still tells those apart).
std::string profile_slug(std::string_view name);

// slug + '-' + 4 base-36 characters derived from the name, retried until the
// id is not in `taken`. Deterministic: no clock, no randomness.
std::string new_profile_id(std::string_view name, const std::vector<std::string>& taken);

// 1..kMaxProfileIdChars of [a-z0-9-], starting with a letter or digit: safe
// to join to a directory path, never "." or "..".
bool is_valid_profile_id(std::string_view id);

}  // namespace warmline
