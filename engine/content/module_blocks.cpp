#include "content/module_blocks.h"

#include "content/field_values.h"

namespace warmline {

std::string_view block_kind_name(BlockKind k) {
  switch (k) {
    case BlockKind::Module: return "Module";
    case BlockKind::Lesson: return "Lesson";
    case BlockKind::Quiz: return "Quiz";
    case BlockKind::Breathing: return "Breathing";
    case BlockKind::Rephrase: return "Rephrase";
    case BlockKind::Card: return "Card";
    case BlockKind::Example: return "Example";
    case BlockKind::Say: return "Say";
    case BlockKind::Takeaways: return "Takeaways";
    case BlockKind::Question: return "Question";
    case BlockKind::Ignored: break;
  }
  return "?";
}

const std::vector<std::string_view>& block_fields(BlockKind k) {
  static const std::vector<std::string_view> none;
  static const std::vector<std::string_view> module{"id", "summary"};
  static const std::vector<std::string_view> lesson{"id"};
  static const std::vector<std::string_view> quiz{"time", "pass-mark"};
  static const std::vector<std::string_view> say{"say", "not", "why"};
  static const std::vector<std::string_view> question{"id",      "type",   "tags",     "difficulty", "time",
                                                      "explain", "answer", "customer", "review"};
  static const std::vector<std::string_view> breathing{"id", "phases", "cycles", "about"};
  static const std::vector<std::string_view> rephrase{"id", "context", "tiles", "accept", "why"};
  switch (k) {
    case BlockKind::Module: return module;
    case BlockKind::Lesson: return lesson;
    case BlockKind::Quiz: return quiz;
    case BlockKind::Say: return say;
    case BlockKind::Question: return question;
    case BlockKind::Breathing: return breathing;
    case BlockKind::Rephrase: return rephrase;
    default: return none;
  }
}

namespace {

// Fields that may be given more than once in one block: every other field
// is reported as "given twice". A rephrasing item lists each other order of
// its tiles that counts on its own `accept:` line.
std::vector<std::string_view> repeatable_fields(BlockKind k) {
  if (k == BlockKind::Rephrase) return {"accept"};
  return {};
}

}  // namespace

FieldSet collect_fields(const RawBlock& b, DiagnosticSink& sink) {
  FieldSet set(repeatable_fields(b.kind));
  for (const FieldLine& f : b.fields) set.add(f, block_fields(b.kind), block_kind_name(b.kind), sink);
  return set;
}

int read_number_field(const FieldLine& f, int lo, int hi, int fallback, std::string_view unit, DiagnosticSink& sink) {
  const std::string range = std::to_string(lo) + "–" + std::to_string(hi) + std::string(unit);
  const auto n = parse_count(f.value);
  if (!n) {
    sink.error(f.line, f.value_col, "'" + f.name + "' must be a whole number (" + range + "), not '" + f.value + "'");
    return fallback;
  }
  if (*n < lo || *n > hi) {
    sink.error(f.line, f.value_col, "'" + f.name + "' is " + f.value + "; it must be " + range);
    return fallback;
  }
  return *n;
}

}  // namespace warmline
