#include "core/games/rephrase_tally.h"

#include <algorithm>

#include "core/quiz/quiz_scoring.h"

namespace warmline {

RoundScore RephraseTally::record(bool right, int base_points) {
  ++rounds_;
  RoundScore s;
  if (!right) {
    streak_ = 0;
    return s;
  }
  s.bonus = streak_bonus(streak_);
  s.points = std::max(0, base_points) + s.bonus;
  s.streak = ++streak_;
  ++right_;
  best_streak_ = std::max(best_streak_, streak_);
  total_ += s.points;
  return s;
}

}  // namespace warmline
