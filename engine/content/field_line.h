#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "content/diagnostic_sink.h"

namespace warmline {

// One `name: value` line as written.
struct FieldLine {
  std::string name;
  std::string value;
  int line = 0;
  int name_col = 1;
  int value_col = 1;
};

enum class FieldMatch { NotAField, Field, BadCase };

// Recognises `name: value` (name: a letter, then letters, digits or '-').
// BadCase when the name has capitals, which the format never uses, so
// "Type: single" gets a helpful message instead of being read as text.
FieldMatch match_field(std::string_view text, int line, FieldLine& out);

// Keyword-like fields (numbers, ids, names, lists) may end in a `//`
// comment after a space; prose fields keep `//` as written.
bool field_allows_trailing_comment(std::string_view name);

// The fields of one block, in source order, with lookups that report
// duplicates, unknown names (with a "did you mean") and empty values.
// A field is given once, except the names in `repeatable` (like a
// rephrasing item's `accept:`), which may appear any number of times.
class FieldSet {
 public:
  FieldSet() = default;
  explicit FieldSet(std::vector<std::string_view> repeatable) : repeatable_(std::move(repeatable)) {}

  // Adds `f` unless it is unknown or a repeat of a field that is not
  // repeatable; reports either case.
  void add(FieldLine f, const std::vector<std::string_view>& allowed, std::string_view block, DiagnosticSink& sink);
  // The first field called `name`, or null.
  const FieldLine* find(std::string_view name) const;
  // Every field called `name`, in source order.
  std::vector<const FieldLine*> find_all(std::string_view name) const;
  bool empty() const { return fields_.empty(); }

 private:
  bool repeatable(std::string_view name) const;

  std::vector<std::string_view> repeatable_;
  std::vector<FieldLine> fields_;
};

}  // namespace warmline
