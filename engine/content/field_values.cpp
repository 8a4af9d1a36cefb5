#include "content/field_values.h"

#include "content/limits.h"

namespace warmline {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

template <class Enum>
std::optional<Enum> find_name(std::string_view s, const std::vector<std::string_view>& names) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == s) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<int> parse_count(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  int value = 0;
  for (char c : s) {
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<Version> parse_version(std::string_view s) {
  std::uint32_t parts[3];
  for (int i = 0; i < 3; ++i) {
    const std::size_t dot = i < 2 ? s.find('.') : s.size();
    if (dot == std::string_view::npos) return std::nullopt;
    const auto n = parse_count(s.substr(0, dot));
    if (!n) return std::nullopt;
    parts[i] = static_cast<std::uint32_t>(*n);
    s.remove_prefix(i < 2 ? dot + 1 : dot);
  }
  return Version{parts[0], parts[1], parts[2]};
}

bool is_valid_id(std::string_view s) {
  if (s.empty() || s.size() > limits::kIdChars) return false;
  for (char c : s) {
    if (!is_lower(c) && !is_digit(c) && c != '-') return false;
  }
  return true;
}

bool is_valid_language(std::string_view s) {
  const std::vector<std::string> parts = split_list(s, '-');
  if (parts[0].size() < 2 || parts[0].size() > 3) return false;
  for (char c : parts[0]) {
    if (!is_lower(c)) return false;
  }
  for (std::size_t i = 1; i < parts.size(); ++i) {
    if (parts[i].empty() || parts[i].size() > 8 || parts[i] != trim(parts[i])) return false;
    for (char c : parts[i]) {
      if (!is_digit(c) && !is_lower(c) && !(c >= 'A' && c <= 'Z')) return false;
    }
  }
  return true;
}

std::vector<std::string> split_list(std::string_view s, char separator) {
  std::vector<std::string> items;
  for (;;) {
    const std::size_t at = s.find(separator);
    items.emplace_back(trim(s.substr(0, at)));
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + 1);
  }
  return items;
}

const std::vector<std::string_view>& question_type_names() {
  static const std::vector<std::string_view> names{"single", "multi", "truefalse", "order", "scenario", "gap"};
  return names;
}
const std::vector<std::string_view>& difficulty_names() {
  static const std::vector<std::string_view> names{"easy", "medium", "hard"};
  return names;
}
const std::vector<std::string_view>& channel_names() {
  static const std::vector<std::string_view> names{"phone", "counter", "email", "chat"};
  return names;
}
const std::vector<std::string_view>& breath_phase_names() {
  static const std::vector<std::string_view> names{"inhale", "hold", "exhale"};
  return names;
}

// The name tables list the enumerators in declaration order.
std::optional<QuestionType> question_type_from_name(std::string_view s) {
  return find_name<QuestionType>(s, question_type_names());
}
std::optional<Difficulty> difficulty_from_name(std::string_view s) {
  return find_name<Difficulty>(s, difficulty_names());
}
std::optional<Channel> channel_from_name(std::string_view s) { return find_name<Channel>(s, channel_names()); }
std::optional<BreathPhaseKind> breath_phase_from_name(std::string_view s) {
  return find_name<BreathPhaseKind>(s, breath_phase_names());
}

}  // namespace warmline
