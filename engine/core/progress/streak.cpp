#include "core/progress/streak.h"

#include <algorithm>

namespace warmline {

StreakChange mark_active_day(Streak& streak, int day, int freeze_every_days, int max_freezes) {
  StreakChange change;
  if (streak.current > 0 && day <= streak.last_active_day) return change;

  change.counted = true;
  const long long gap = streak.current > 0 ? static_cast<long long>(day) - streak.last_active_day : 0;
  if (gap == 1) {
    ++streak.current;
    change.extended = true;
  } else if (gap == 2 && streak.freezes > 0) {
    --streak.freezes;
    ++streak.current;
    change.extended = true;
    change.freeze_used = true;
  } else {
    change.reset = streak.current >= 2;
    streak.current = 1;
  }
  streak.last_active_day = day;
  streak.longest = std::max(streak.longest, streak.current);

  if (change.extended && freeze_every_days > 0 && streak.current % freeze_every_days == 0 &&
      streak.freezes < max_freezes) {
    ++streak.freezes;
    change.freeze_earned = true;
  }
  return change;
}

int current_streak(const Streak& streak, int today) {
  if (streak.current <= 0) return 0;
  const long long gap = static_cast<long long>(today) - streak.last_active_day;
  if (gap <= 1) return streak.current;
  if (gap == 2 && streak.freezes > 0) return streak.current;
  return 0;
}

}  // namespace warmline
