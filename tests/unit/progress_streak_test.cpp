#include "core/progress/calendar.h"
#include "core/progress/streak.h"

#include <doctest/doctest.h>

using namespace warmline;

namespace {
constexpr int kDay = 20780;  // 2026-11-23

StreakChange mark(Streak& s, int day) { return mark_active_day(s, day, 7, 2); }
}  // namespace

TEST_CASE("consecutive days extend the streak, and a repeat on the same day counts once") {
  Streak s;
  StreakChange c = mark(s, kDay);
  CHECK(c.counted);
  CHECK_FALSE(c.extended);  // a first day starts a streak, it does not extend one
  CHECK(s.current == 1);
  c = mark(s, kDay);
  CHECK_FALSE(c.counted);
  CHECK(s.current == 1);
  c = mark(s, kDay + 1);
  CHECK(c.extended);
  CHECK(s.current == 2);
  mark(s, kDay + 1);
  mark(s, kDay + 2);
  CHECK(s.current == 3);
  CHECK(s.longest == 3);
  CHECK(s.last_active_day == kDay + 2);
}

TEST_CASE("a gap without a freeze starts again at 1 but keeps the longest streak") {
  Streak s;
  for (int d = 0; d < 4; ++d) mark(s, kDay + d);
  CHECK(s.current == 4);
  const StreakChange c = mark(s, kDay + 5);  // kDay+4 missed, no freeze held
  CHECK(c.reset);
  CHECK(s.current == 1);
  CHECK(s.longest == 4);
  CHECK(current_streak(s, kDay + 5) == 1);
}

TEST_CASE("a freeze is earned every 7 days, held at most 2, and bridges one missed day") {
  Streak s;
  for (int d = 0; d < 6; ++d) CHECK_FALSE(mark(s, kDay + d).freeze_earned);
  CHECK(mark(s, kDay + 6).freeze_earned);  // day 7
  CHECK(s.freezes == 1);
  for (int d = 7; d < 13; ++d) mark(s, kDay + d);
  CHECK(mark(s, kDay + 13).freeze_earned);  // day 14
  CHECK(s.freezes == 2);
  for (int d = 14; d < 20; ++d) mark(s, kDay + d);
  const StreakChange at_cap = mark(s, kDay + 20);  // day 21: already holding 2
  CHECK_FALSE(at_cap.freeze_earned);
  CHECK(s.freezes == 2);
  CHECK(s.current == 21);

  // kDay+21 missed: a freeze bridges it; the missed day does not count.
  CHECK(current_streak(s, kDay + 22) == 21);
  const StreakChange bridged = mark(s, kDay + 22);
  CHECK(bridged.freeze_used);
  CHECK(bridged.extended);
  CHECK(s.freezes == 1);
  CHECK(s.current == 22);

  // Two missed days are more than a freeze bridges, even with one held.
  CHECK(current_streak(s, kDay + 25) == 0);
  const StreakChange lost = mark(s, kDay + 25);
  CHECK(lost.reset);
  CHECK_FALSE(lost.freeze_used);
  CHECK(s.freezes == 1);
  CHECK(s.current == 1);
  CHECK(s.longest == 22);
}

TEST_CASE("a missed day without a freeze held resets") {
  Streak s;
  mark(s, kDay);
  mark(s, kDay + 1);
  CHECK(s.freezes == 0);
  CHECK(current_streak(s, kDay + 3) == 0);
  mark(s, kDay + 3);
  CHECK(s.current == 1);
}

TEST_CASE("a time zone change mid-streak neither breaks nor double counts it") {
  Streak s;
  // Active in New York (UTC-5) in the evening of 2026-11-23 and -24 ...
  const std::int64_t evening = 1795482000;  // 2026-11-24 01:00 UTC = 23rd 20:00 in UTC-5
  mark(s, local_day(evening, -300));
  mark(s, local_day(evening + 86400, -300));
  CHECK(s.current == 2);
  CHECK(s.last_active_day == days_from_civil({2026, 11, 24}));
  // ... then flies to Hawaii (UTC-10): four hours later it is the 24th again there.
  const StreakChange west = mark(s, local_day(evening + 86400 + 4 * 3600, -600));
  CHECK(local_day(evening + 86400 + 4 * 3600, -600) == days_from_civil({2026, 11, 24}));
  CHECK_FALSE(west.counted);
  CHECK(s.current == 2);
  // Going back a day on the local calendar counts as the last day, not a reset.
  CHECK_FALSE(mark(s, days_from_civil({2026, 11, 23})).counted);
  CHECK(s.current == 2);
  CHECK(s.last_active_day == days_from_civil({2026, 11, 24}));
  // The next Hawaiian day extends it as usual.
  mark(s, days_from_civil({2026, 11, 25}));
  CHECK(s.current == 3);
}
