#pragma once
#include <string>
#include <string_view>

#include "content/diagnostic.h"
#include "core/course/course.h"

namespace warmline {

// What a quiz gets when it does not set its own `time` / `pass-mark`: the
// pack's values from pack.txt.
struct QuizDefaults {
  int seconds_per_question = 30;
  int pass_mark = 80;
};

// Reads one module file (`# Module:` with its lessons, quiz, breathing
// patterns and rephrasing items) and appends every syntax problem to `out`,
// located in `file`. The module is always returned, filled as far as the
// text allowed; rules that hold for a whole model (counts, ids, the answer
// key) are checked afterwards by validate_course, also for compiled packs.
Module parse_module_text(const std::string& file, std::string_view text, Diagnostics& out,
                         const QuizDefaults& defaults = {});

}  // namespace warmline
