#include "content/module_lines.h"

#include "content/field_values.h"
#include "content/utf8.h"

namespace warmline {

const std::vector<HeadingKind>& heading_kinds() {
  static const std::vector<HeadingKind> kinds{
      {"Module", BlockKind::Module, 1, true},       {"Lesson", BlockKind::Lesson, 2, true},
      {"Quiz", BlockKind::Quiz, 2, false},          {"Breathing", BlockKind::Breathing, 2, true},
      {"Rephrase", BlockKind::Rephrase, 2, true},   {"Card", BlockKind::Card, 3, true},
      {"Example", BlockKind::Example, 3, true},     {"Say", BlockKind::Say, 3, true},
      {"Takeaways", BlockKind::Takeaways, 3, false}, {"Question", BlockKind::Question, 3, true}};
  return kinds;
}

const HeadingKind* find_heading_kind(std::string_view name) {
  for (const HeadingKind& k : heading_kinds()) {
    if (k.name == name) return &k;
  }
  return nullptr;
}

std::string heading_list() {
  return "'# Module:', '## Lesson:', '## Quiz', '## Breathing:', '## Rephrase:', '### Card:', '### Example:', "
         "'### Say:', '### Takeaways' and '### Question:'";
}

bool is_text_block(BlockKind k) {
  return k == BlockKind::Card || k == BlockKind::Example || k == BlockKind::Takeaways;
}

bool takes_options(BlockKind k) { return k == BlockKind::Question || k == BlockKind::Rephrase; }

bool is_known_field_name(std::string_view name) {
  for (const HeadingKind& h : heading_kinds()) {
    for (std::string_view f : block_fields(h.kind)) {
      if (f == name) return true;
    }
  }
  return name == "feedback";
}

std::optional<OptionLine> match_option(std::string_view line) {
  if (line.substr(0, 3) != "- [") return std::nullopt;
  OptionLine o;
  if (line.size() >= 5 && line[4] == ']' && (line[3] == ' ' || line[3] == 'x' || line[3] == 'X') &&
      (line.size() == 5 || line[5] == ' ' || line[5] == '\t')) {
    o.ok = true;
    o.correct = line[3] != ' ';
    o.text_at = line.size() == 5 ? 5 : line.find_first_not_of(" \t", 5);
    if (o.text_at == std::string_view::npos) o.text_at = line.size();
  }
  return o;
}

std::optional<RawStep> match_step(std::string_view line, int number) {
  std::size_t digits = 0;
  while (digits < line.size() && digits < 4 && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits == 0 || digits + 1 >= line.size() || line[digits] != '.' || line[digits + 1] != ' ') return std::nullopt;
  RawStep s;
  s.number = *parse_count(line.substr(0, digits));
  const std::size_t at = line.find_first_not_of(" \t", digits + 1);
  s.text = at == std::string_view::npos ? "" : std::string(trim(line.substr(at)));
  s.line = number;
  s.col = utf8::column(line, at == std::string_view::npos ? line.size() : at);
  return s;
}

}  // namespace warmline
