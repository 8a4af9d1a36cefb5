#include "core/lms/cmi5_launch_data.h"

#include <array>
#include <cmath>
#include <utility>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/lms/json_problem.h"

namespace warmline::lms {
namespace {

constexpr std::array<std::pair<const char*, LaunchMode>, 3> kLaunchModes = {{
    {"Normal", LaunchMode::Normal},
    {"Browse", LaunchMode::Browse},
    {"Review", LaunchMode::Review},
}};

constexpr std::array<std::pair<const char*, MoveOn>, 5> kMoveOns = {{
    {"Passed", MoveOn::Passed},
    {"Completed", MoveOn::Completed},
    {"CompletedAndPassed", MoveOn::CompletedAndPassed},
    {"CompletedOrPassed", MoveOn::CompletedOrPassed},
    {"NotApplicable", MoveOn::NotApplicable},
}};

template <class T, std::size_t N>
std::optional<T> lookup(const std::array<std::pair<const char*, T>, N>& table, std::string_view value) {
  for (const auto& [name, v] : table) {
    if (value == name) return v;
  }
  return std::nullopt;
}

template <class T, std::size_t N>
std::string choices(const std::array<std::pair<const char*, T>, N>& table) {
  std::string out;
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) out += i + 1 == N ? " or " : ", ";
    out += table[i].first;
  }
  return out;
}

template <class T, std::size_t N>
const char* name_of(const std::array<std::pair<const char*, T>, N>& table, T value) {
  for (const auto& [name, v] : table) {
    if (v == value) return name;
  }
  return "?";
}

std::string compact(const rapidjson::Value& value) {
  rapidjson::StringBuffer out;
  rapidjson::Writer<rapidjson::StringBuffer> writer(out);
  value.Accept(writer);
  return std::string(out.GetString(), out.GetSize());
}

}  // namespace

Cmi5LaunchDataParse parse_cmi5_launch_data(std::string_view json) {
  Cmi5LaunchDataParse result;
  auto fail = [&](const std::string& message) {
    result.data = Cmi5LaunchData{};
    result.error = "cmi5 LaunchData: " + message;
    return result;
  };
  rapidjson::Document doc;
  if (!parse_json(doc, json)) return fail("the document is not valid JSON (" + json_parse_problem(doc, json) + ")");
  if (!doc.IsObject()) return fail("the document is not a JSON object");

  const auto context = doc.FindMember("contextTemplate");
  if (context == doc.MemberEnd()) return fail("\"contextTemplate\" is missing");
  if (!context->value.IsObject()) return fail("\"contextTemplate\" is not a JSON object");
  result.data.context_template_json = compact(context->value);

  const rapidjson::Value* mode = string_member(doc, "launchMode");
  if (mode == nullptr) return fail("\"launchMode\" is missing or not a string");
  const auto launch_mode = lookup(kLaunchModes, mode->GetString());
  if (!launch_mode) {
    return fail("\"launchMode\" is \"" + std::string(mode->GetString()) + "\"; expected " + choices(kLaunchModes));
  }
  result.data.launch_mode = *launch_mode;

  const rapidjson::Value* move_on = string_member(doc, "moveOn");
  if (move_on == nullptr) return fail("\"moveOn\" is missing or not a string");
  const auto parsed_move_on = lookup(kMoveOns, move_on->GetString());
  if (!parsed_move_on) {
    return fail("\"moveOn\" is \"" + std::string(move_on->GetString()) + "\"; expected " + choices(kMoveOns));
  }
  result.data.move_on = *parsed_move_on;

  if (const auto mastery = doc.FindMember("masteryScore"); mastery != doc.MemberEnd()) {
    if (!mastery->value.IsNumber()) return fail("\"masteryScore\" is not a number");
    const double score = mastery->value.GetDouble();
    if (!(score >= 0.0 && score <= 1.0)) {
      return fail("\"masteryScore\" is " + compact(mastery->value) + "; it must be between 0 and 1");
    }
    result.data.mastery_score = score;
  }

  if (const auto ret = doc.FindMember("returnURL"); ret != doc.MemberEnd()) {
    if (!ret->value.IsString()) return fail("\"returnURL\" is not a string");
    result.data.return_url = ret->value.GetString();
  }
  return result;
}

Cmi5TokenParse parse_cmi5_fetch_response(std::string_view body) {
  Cmi5TokenParse result;
  rapidjson::Document doc;
  if (!parse_json(doc, body)) {
    result.error = "cmi5 fetch: the answer is not valid JSON (" + json_parse_problem(doc, body) + ")";
    return result;
  }
  if (!doc.IsObject()) {
    result.error = "cmi5 fetch: the answer is not a JSON object";
    return result;
  }
  if (const rapidjson::Value* token = string_member(doc, "auth-token"); token != nullptr && token->GetStringLength() > 0) {
    result.token.assign(token->GetString(), token->GetStringLength());
    return result;
  }
  if (doc.HasMember("error-code")) {
    const rapidjson::Value* text = string_member(doc, "error-text");
    const rapidjson::Value& code = doc["error-code"];
    const std::string code_text = code.IsString() ? code.GetString() : code.IsInt() ? std::to_string(code.GetInt()) : "?";
    result.error = "cmi5 fetch: the LMS refused the token (error " + code_text + ": " +
                   (text != nullptr ? text->GetString() : "no reason given") + ")";
    return result;
  }
  result.error = "cmi5 fetch: the answer has no \"auth-token\"";
  return result;
}

const char* to_string(LaunchMode mode) { return name_of(kLaunchModes, mode); }
const char* to_string(MoveOn move_on) { return name_of(kMoveOns, move_on); }

}  // namespace warmline::lms
