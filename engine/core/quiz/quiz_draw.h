#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/course/course.h"
#include "core/quiz/seeded_random.h"

namespace warmline {

// Picks `count` questions (at most the bank's size) from `quiz`, as indices
// into quiz.questions in the order they will be asked. Questions whose ids
// are in `previous` (the last attempt) are taken only once the others run
// out, so a bank of at least twice `count` never repeats the last attempt.
std::vector<std::size_t> draw_questions(const Quiz& quiz, const std::vector<std::string>& previous,
                                        std::size_t count, SeededRandom& rng);

// The order `q`'s options are shown in: element d is the original index of
// displayed option d. Order questions never start already solved (two steps
// or more), or the learner could submit without thinking; true/false keeps
// its options where they are.
std::vector<std::size_t> option_order(const Question& q, SeededRandom& rng);

}  // namespace warmline
