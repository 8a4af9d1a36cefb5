#include "core/quiz/quiz_scoring.h"

#include <algorithm>
#include <cmath>

namespace warmline {

int speed_points(double seconds, double limit) {
  if (!(limit > 0.0)) return kFullSpeedPoints;
  const double t = seconds > 0.0 ? std::min(seconds, limit) : 0.0;  // NaN counts as 0
  // std::lround rounds halves away from zero the same way on every target.
  return static_cast<int>(std::lround(kFullSpeedPoints * (1.0 - (t / limit) / 2.0)));
}

int streak_bonus(int streak_before) {
  if (streak_before <= 0) return 0;
  return std::min(kStreakCap, kStreakStep * std::min(streak_before, kStreakCap / kStreakStep));
}

}  // namespace warmline
