#pragma once
#include <string>
#include <vector>

#include "content/diagnostic_sink.h"
#include "content/gift_lexer.h"
#include "core/course/course.h"

// Internal to the GIFT importer: one question block read the way Moodle's
// GIFT filter reads it (first '{' to first '}', type from the answer text),
// turned into a Warmline question or reported as not importable.
namespace warmline::gift {

enum class BlockKind { Question, Category, NotImported };

struct ParsedBlock {
  BlockKind kind = BlockKind::NotImported;
  std::string category;  // Category: the $CATEGORY path,
  Text rest;             // and any lines after it, to read as a question
  std::string name;      // ::name::, empty if none
  Question question;     // Question: everything but the id
  bool had_html = false;  // tags or entities were removed from [html] text
  std::string tf_wrong_feedback;  // true/false feedback, which the
  std::string tf_right_feedback;  // authoring format has no field for
  int line = 0;  // where the question text starts
  int col = 1;
};

// Reports every problem of the block to `sink`; an error always means
// kind == NotImported. `lines` are the file's lines, for columns.
ParsedBlock parse_block(const Text& text, const std::vector<std::string>& lines, DiagnosticSink& sink);

}  // namespace warmline::gift
