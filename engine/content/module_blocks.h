#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "content/diagnostic_sink.h"
#include "content/field_line.h"
#include "content/inline_markup.h"
#include "core/course/course.h"

// The module parser in two steps: module_parser.cpp sorts the lines of a
// file into blocks (one per heading) and reports misplaced lines; the
// builders below turn one block into a model item and report bad fields.
namespace warmline {

enum class BlockKind { Module, Lesson, Quiz, Breathing, Rephrase, Card, Example, Say, Takeaways, Question, Ignored };

struct RawOption {
  bool correct = false;
  std::string text;
  int line = 0;
  int col = 1;
  std::string feedback;
  int feedback_line = 0;
};

struct RawStep {
  int number = 0;
  std::string text;
  int line = 0;
  int col = 1;
};

struct RawBlock {
  BlockKind kind = BlockKind::Ignored;
  std::string title;
  int line = 0;
  int title_col = 1;
  std::vector<FieldLine> fields;
  std::vector<BodyLine> body;
  std::vector<RawOption> options;
  std::vector<RawStep> steps;
};

std::string_view block_kind_name(BlockKind k);

// The field names each kind of block accepts (empty for text blocks).
const std::vector<std::string_view>& block_fields(BlockKind k);

// Checks the block's fields against block_fields() and reports unknown,
// repeated and empty ones.
FieldSet collect_fields(const RawBlock& b, DiagnosticSink& sink);

// A whole number field within [lo, hi]; reports and returns `fallback` when
// the value is missing a number or out of range.
int read_number_field(const FieldLine& f, int lo, int hi, int fallback, std::string_view unit, DiagnosticSink& sink);

LessonBlock build_lesson_block(const RawBlock& b, DiagnosticSink& sink);
Question build_question(const RawBlock& b, DiagnosticSink& sink);
BreathingPattern build_breathing(const RawBlock& b, DiagnosticSink& sink);
RephraseItem build_rephrase(const RawBlock& b, DiagnosticSink& sink);

}  // namespace warmline
