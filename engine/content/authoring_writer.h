#pragma once
#include <string>
#include <vector>

#include "core/course/course.h"

namespace warmline {

// One quiz question in the authoring format (content/README.md): the
// `### Question:` heading, id, type, the options or answer, and explain.
// `notes` become `//` comment lines just before `explain:`; an empty
// explain writes no `explain:` line at all, so the validator reports it
// instead of learners seeing a placeholder. Texts are written as they are:
// callers make sure they are single lines.
std::string write_question(const Question& q, const std::vector<std::string>& notes = {});

}  // namespace warmline
