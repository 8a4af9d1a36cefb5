#include "content/field_line.h"

#include "content/field_values.h"
#include "content/spelling_hint.h"
#include "content/utf8.h"

namespace warmline {
namespace {

bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-'; }

}  // namespace

FieldMatch match_field(std::string_view text, int line, FieldLine& out) {
  std::size_t start = 0;
  while (start < text.size() && (text[start] == ' ' || text[start] == '\t')) ++start;
  std::size_t end = start;
  if (end >= text.size() || !is_name_start(text[end])) return FieldMatch::NotAField;
  bool capitals = false;
  while (end < text.size() && is_name_char(text[end])) {
    capitals = capitals || (text[end] >= 'A' && text[end] <= 'Z');
    ++end;
  }
  if (end >= text.size() || text[end] != ':') return FieldMatch::NotAField;
  if (end + 1 < text.size() && text[end + 1] != ' ' && text[end + 1] != '\t') return FieldMatch::NotAField;
  out.name = std::string(text.substr(start, end - start));
  out.line = line;
  out.name_col = utf8::column(text, start);
  std::size_t value_start = end + 1;
  while (value_start < text.size() && (text[value_start] == ' ' || text[value_start] == '\t')) ++value_start;
  std::string_view value = text.substr(value_start);
  if (field_allows_trailing_comment(out.name)) {
    for (std::size_t i = 0; i + 1 < value.size(); ++i) {
      if (value[i] == '/' && value[i + 1] == '/' && (i == 0 || value[i - 1] == ' ' || value[i - 1] == '\t')) {
        value = value.substr(0, i);
        break;
      }
    }
  }
  out.value = std::string(trim(value));
  out.value_col = utf8::column(text, value_start);
  return capitals ? FieldMatch::BadCase : FieldMatch::Field;
}

bool field_allows_trailing_comment(std::string_view name) {
  static const std::vector<std::string_view> keyword_fields{
      "id",   "type",      "tags",   "difficulty", "time",    "answer",     "pass-mark",
      "cycles", "phases", "context", "version",    "min-engine", "language", "quiz-time", "review"};
  for (std::string_view k : keyword_fields) {
    if (k == name) return true;
  }
  return false;
}

void FieldSet::add(FieldLine f, const std::vector<std::string_view>& allowed, std::string_view block,
                   DiagnosticSink& sink) {
  bool known = false;
  for (std::string_view a : allowed) known = known || a == f.name;
  if (!known) {
    std::string message = "unknown field '" + f.name + "' in " + std::string(block);
    const std::string hint = did_you_mean(f.name, allowed);
    if (!hint.empty()) {
      message += hint;
    } else if (allowed.empty()) {
      message += "; " + std::string(block) + " blocks take no fields";
    } else {
      message += "; its fields are " + one_of(allowed);
    }
    sink.error(f.line, f.name_col, message);
    return;
  }
  const FieldLine* first = repeatable(f.name) ? nullptr : find(f.name);
  if (first) {
    sink.error(f.line, f.name_col,
               "field '" + f.name + "' given twice (first on line " + std::to_string(first->line) + ")");
    return;
  }
  if (f.value.empty()) {
    sink.error(f.line, f.value_col, "field '" + f.name + "' has no value");
    return;
  }
  fields_.push_back(std::move(f));
}

const FieldLine* FieldSet::find(std::string_view name) const {
  for (const FieldLine& f : fields_) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::vector<const FieldLine*> FieldSet::find_all(std::string_view name) const {
  std::vector<const FieldLine*> out;
  for (const FieldLine& f : fields_) {
    if (f.name == name) out.push_back(&f);
  }
  return out;
}

bool FieldSet::repeatable(std::string_view name) const {
  for (std::string_view r : repeatable_) {
    if (r == name) return true;
  }
  return false;
}

}  // namespace warmline
