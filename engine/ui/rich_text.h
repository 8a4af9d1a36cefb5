#pragma once
#include "core/course/course.h"
#include "ui/fonts.h"

namespace warmline::ui {

// Lesson text: paragraphs and (nested) bullets whose runs mix regular, bold
// and italic faces, word-wrapped to the current column. ImGui's own wrapped
// text takes one font per call, so words are laid out here instead.
void rich_text(const RichText& text, const Fonts& fonts);

// A single line of runs (a quoted "say this" line, a takeaway).
void rich_runs(const std::vector<TextRun>& runs, const Fonts& fonts);

}  // namespace warmline::ui
