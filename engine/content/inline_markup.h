#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "content/diagnostic_sink.h"
#include "core/course/course.h"

namespace warmline {

struct BodyLine {
  int number = 0;  // line in the source file
  std::string text;
};

// Body text of a card: blank lines separate paragraphs, "- " starts a
// bullet (indented lines continue it), **bold** and *emphasis* work inside
// a line and must close on the same line; \* is a literal asterisk.
RichText parse_body_text(const std::vector<BodyLine>& lines, DiagnosticSink& sink);

// The runs of one line of text, for callers that format single lines.
std::vector<TextRun> parse_inline(std::string_view text, int line, int first_col, DiagnosticSink& sink);

}  // namespace warmline
