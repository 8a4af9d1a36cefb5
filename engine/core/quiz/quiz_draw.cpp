#include "core/quiz/quiz_draw.h"

#include <algorithm>
#include <numeric>

namespace warmline {

namespace {

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool is_identity(const std::vector<std::size_t>& order) {
  for (std::size_t i = 0; i < order.size(); ++i)
    if (order[i] != i) return false;
  return true;
}

}  // namespace

std::vector<std::size_t> draw_questions(const Quiz& quiz, const std::vector<std::string>& previous,
                                        std::size_t count, SeededRandom& rng) {
  std::vector<std::size_t> fresh;
  std::vector<std::size_t> seen;
  for (std::size_t i = 0; i < quiz.questions.size(); ++i)
    (contains(previous, quiz.questions[i].id) ? seen : fresh).push_back(i);
  rng.shuffle(fresh);
  rng.shuffle(seen);

  count = std::min(count, quiz.questions.size());
  std::vector<std::size_t> picked;
  picked.reserve(count);
  for (std::size_t i : fresh)
    if (picked.size() < count) picked.push_back(i);
  for (std::size_t i : seen)
    if (picked.size() < count) picked.push_back(i);
  // Mixed again so repeats, when the bank is small, are not all at the end.
  rng.shuffle(picked);
  return picked;
}

std::vector<std::size_t> option_order(const Question& q, SeededRandom& rng) {
  std::vector<std::size_t> order(q.options.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  if (q.type == QuestionType::TrueFalse) return order;
  rng.shuffle(order);
  if (q.type == QuestionType::Order && order.size() >= 2 && is_identity(order)) std::swap(order[0], order[1]);
  return order;
}

}  // namespace warmline
