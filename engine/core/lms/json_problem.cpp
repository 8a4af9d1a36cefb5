#include "core/lms/json_problem.h"

#include <algorithm>

#include <rapidjson/error/en.h>

namespace warmline::lms {

std::string json_parse_problem(const rapidjson::Document& doc, std::string_view text) {
  const std::size_t offset = std::min(doc.GetErrorOffset(), text.size());
  std::size_t character = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    // UTF-8 continuation bytes do not start a character.
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++character;
  }
  return "at character " + std::to_string(character) + ": " + rapidjson::GetParseError_En(doc.GetParseError());
}

bool parse_json(rapidjson::Document& doc, std::string_view text) {
  doc.Parse(text.data(), text.size());
  return !doc.HasParseError();
}

const rapidjson::Value* string_member(const rapidjson::Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd() || !it->value.IsString()) return nullptr;
  return &it->value;
}

}  // namespace warmline::lms
