#pragma once
#include "content/diagnostic.h"
#include "core/course/course.h"

namespace warmline {

// The rules that hold for a whole course, whatever file it came from: id
// format and uniqueness across the pack, item counts and limits, each
// question type's answer key, `review:` references to lessons, gap markers,
// rephrasing tiles that spell the correct option. Compiled packs go through
// it again on load, so a tampered file cannot slip past the text checks.
// Messages are located by each module's source_file and the items' lines.
void validate_course(const Course& course, Diagnostics& out);

}  // namespace warmline
