#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/course/course.h"

namespace warmline {

// What the learner chose, always in displayed positions (the session maps
// them back to the author's options). One kind per question type:
//   Choice   single, scenario, gap   one displayed option
//   Choices  multi                   a set of displayed options (no repeats)
//   Truth    truefalse               true or false
//   Sequence order                   every displayed step once, first to last
enum class AnswerKind : std::uint8_t { Choice, Choices, Truth, Sequence };

struct Answer {
  AnswerKind kind = AnswerKind::Choice;
  std::size_t choice = 0;            // Choice
  std::vector<std::size_t> choices;  // Choices and Sequence
  bool truth = false;                // Truth

  static Answer pick(std::size_t displayed);
  static Answer picks(std::vector<std::size_t> displayed);
  static Answer true_false(bool value);
  static Answer sequence(std::vector<std::size_t> displayed);
};

AnswerKind answer_kind(QuestionType t);

// `order` maps displayed option -> original option (see option_order).
// Whether `a` is a well-formed answer to `q`: right kind, indices in range,
// no repeats, and a Sequence uses every step.
bool answer_fits(const Question& q, const std::vector<std::size_t>& order, const Answer& a);
// Only meaningful for an answer that fits. Multi needs exactly the correct
// set, Order the whole sequence.
bool answer_correct(const Question& q, const std::vector<std::size_t>& order, const Answer& a);

// Per displayed option, whether it is a right one; empty for truefalse and
// order, where no single option is right.
std::vector<bool> correct_options(const Question& q, const std::vector<std::size_t>& order);
// Order only: the displayed steps in the right sequence (empty otherwise).
std::vector<std::size_t> correct_sequence(const Question& q, const std::vector<std::size_t>& order);

}  // namespace warmline
