#pragma once
#include <optional>
#include <string>
#include <string_view>

// Standard base64 (RFC 4648, with padding): how a save file travels as
// SCORM suspend_data, which only takes text.
namespace warmline::lms {

std::string base64_encode(std::string_view bytes);
// nullopt for anything that is not canonical padded base64.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace warmline::lms
