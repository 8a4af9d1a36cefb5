#pragma once
#include "core/progress/learner_progress.h"

// The daily streak. A day counts once it has any activity. The next day
// extends the streak; a single missed day is bridged by a freeze if one is
// held (the missed day does not add to the count); a longer gap, or a missed
// day without a freeze, starts again at 1. A freeze is earned each time the
// streak reaches a multiple of `freeze_every_days`, up to `max_freezes` held.
// A day before the last active one (the clock or time zone moved back, e.g.
// flying west) counts as that last day: no reset, no double count.
namespace warmline {

struct StreakChange {
  bool counted = false;        // the day was new for the streak
  bool extended = false;       // current grew (a streak of 2 or more)
  bool freeze_used = false;
  bool freeze_earned = false;
  bool reset = false;          // an earlier streak of 2+ days was lost
};

StreakChange mark_active_day(Streak& streak, int day, int freeze_every_days, int max_freezes);

// The streak as it stands on `today`: 0 once it can no longer be continued
// (even a freeze could not bridge the gap any more).
int current_streak(const Streak& streak, int today);

}  // namespace warmline
