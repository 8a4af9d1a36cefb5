#pragma once
#include <cstddef>
#include <vector>

#include "core/course/course.h"
#include "core/lms/xapi_statement.h"
#include "core/quiz/quiz_session.h"

// A quiz answer as an xAPI cmi.interaction: the question's type, its
// options as choices, the right answer as a response pattern and what the
// learner gave. Options have no ids in a pack, so they are named by their
// place in the pack ("choice-2", "step-0"), which does not change with the
// shuffled order the learner saw.
namespace warmline::lms {

// `order` maps displayed option -> pack option (QuizSession::option_order).
QuestionAnswer question_interaction(const Question& question, const std::vector<std::size_t>& order,
                                    const QuestionOutcome& outcome);

}  // namespace warmline::lms
