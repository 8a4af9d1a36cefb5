#pragma once
#include <string>
#include <string_view>

#include <rapidjson/document.h>

// The JSON that reaches Warmline from an LMS (a launch actor, a LaunchData
// document, a fetch response) is checked by hand-written sentences; this is
// the part they share.
namespace warmline::lms {

// Why `doc` failed to parse `text`, for the end of a sentence such as
// `"actor" is not valid JSON (at character 12: ...)`. The character is
// counted from 1 in code points, as a person reading the text would count.
std::string json_parse_problem(const rapidjson::Document& doc, std::string_view text);

// Parses `text` (which need not end in a NUL) into `doc`; false on error.
bool parse_json(rapidjson::Document& doc, std::string_view text);

// A string member, or nullptr when absent or not a string.
const rapidjson::Value* string_member(const rapidjson::Value& object, const char* name);

}  // namespace warmline::lms
