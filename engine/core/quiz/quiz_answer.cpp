#include "core/quiz/quiz_answer.h"

#include <algorithm>
#include <utility>

namespace warmline {

Answer Answer::pick(std::size_t displayed) {
  Answer a;
  a.kind = AnswerKind::Choice;
  a.choice = displayed;
  return a;
}

Answer Answer::picks(std::vector<std::size_t> displayed) {
  Answer a;
  a.kind = AnswerKind::Choices;
  a.choices = std::move(displayed);
  return a;
}

Answer Answer::true_false(bool value) {
  Answer a;
  a.kind = AnswerKind::Truth;
  a.truth = value;
  return a;
}

Answer Answer::sequence(std::vector<std::size_t> displayed) {
  Answer a;
  a.kind = AnswerKind::Sequence;
  a.choices = std::move(displayed);
  return a;
}

AnswerKind answer_kind(QuestionType t) {
  switch (t) {
    case QuestionType::Multi:
      return AnswerKind::Choices;
    case QuestionType::TrueFalse:
      return AnswerKind::Truth;
    case QuestionType::Order:
      return AnswerKind::Sequence;
    case QuestionType::Single:
    case QuestionType::Scenario:
    case QuestionType::Gap:
      break;
  }
  return AnswerKind::Choice;
}

namespace {

// Every index below n and none twice.
bool distinct_in_range(const std::vector<std::size_t>& picks, std::size_t n) {
  std::vector<bool> used(n, false);
  for (std::size_t i : picks) {
    if (i >= n || used[i]) return false;
    used[i] = true;
  }
  return true;
}

}  // namespace

bool answer_fits(const Question& q, const std::vector<std::size_t>& order, const Answer& a) {
  if (a.kind != answer_kind(q.type) || order.size() != q.options.size()) return false;
  const std::size_t n = order.size();
  switch (a.kind) {
    case AnswerKind::Choice:
      return a.choice < n;
    case AnswerKind::Choices:
      return distinct_in_range(a.choices, n);
    case AnswerKind::Truth:
      return true;
    case AnswerKind::Sequence:
      return a.choices.size() == n && distinct_in_range(a.choices, n);
  }
  return false;
}

bool answer_correct(const Question& q, const std::vector<std::size_t>& order, const Answer& a) {
  if (!answer_fits(q, order, a)) return false;
  switch (a.kind) {
    case AnswerKind::Choice:
      return q.options[order[a.choice]].correct;
    case AnswerKind::Choices: {
      std::size_t right = 0;
      for (std::size_t d : a.choices) {
        if (!q.options[order[d]].correct) return false;
        ++right;
      }
      const auto all =
          std::count_if(q.options.begin(), q.options.end(), [](const Option& o) { return o.correct; });
      return right == static_cast<std::size_t>(all);
    }
    case AnswerKind::Truth:
      return a.truth == q.answer;
    case AnswerKind::Sequence:
      for (std::size_t k = 0; k < a.choices.size(); ++k)
        if (order[a.choices[k]] != k) return false;
      return true;
  }
  return false;
}

std::vector<bool> correct_options(const Question& q, const std::vector<std::size_t>& order) {
  std::vector<bool> right;
  if (q.type == QuestionType::TrueFalse || q.type == QuestionType::Order) return right;
  for (std::size_t original : order)
    right.push_back(original < q.options.size() && q.options[original].correct);
  return right;
}

std::vector<std::size_t> correct_sequence(const Question& q, const std::vector<std::size_t>& order) {
  std::vector<std::size_t> seq;
  if (q.type != QuestionType::Order) return seq;
  seq.assign(order.size(), 0);
  // Displayed step d is original step order[d], which belongs at position order[d].
  for (std::size_t d = 0; d < order.size(); ++d)
    if (order[d] < seq.size()) seq[order[d]] = d;
  return seq;
}

}  // namespace warmline
