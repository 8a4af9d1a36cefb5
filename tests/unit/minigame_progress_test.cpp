// The progress the mini-games keep: calm check-ins around breathing, the
// rephrasing sitting's score and streaks.
#include <doctest/doctest.h>

#include "core/games/rephrase_tally.h"
#include "core/progress/calm_log.h"
#include "core/progress/progress_rules.h"
#include "core/quiz/quiz_scoring.h"

using namespace warmline;

TEST_CASE("a calm check-in needs an after rating; before may be skipped") {
  MiniGameStats s;
  CHECK(record_calm_check(s, {10, 2, 4}));
  CHECK(record_calm_check(s, {10, 0, 3}));  // skipped the question before
  CHECK_FALSE(record_calm_check(s, {10, 2, 0}));
  CHECK_FALSE(record_calm_check(s, {10, 2, 6}));
  CHECK_FALSE(record_calm_check(s, {10, 6, 3}));
  CHECK_FALSE(record_calm_check(s, {10, -1, 3}));
  REQUIRE(s.calm_checks.size() == 2);
  CHECK(s.calm_checks[0] == CalmCheck{10, 2, 4});
  CHECK(s.calm_checks[1] == CalmCheck{10, 0, 3});
}

TEST_CASE("the calm log keeps the newest check-ins only") {
  MiniGameStats s;
  for (int i = 0; i < static_cast<int>(kCalmChecksKept) + 7; ++i) REQUIRE(record_calm_check(s, {i, 1, 2}));
  REQUIRE(s.calm_checks.size() == kCalmChecksKept);
  CHECK(s.calm_checks.front().day == 7);
  CHECK(s.calm_checks.back().day == static_cast<int>(kCalmChecksKept) + 6);
}

TEST_CASE("the calm trend averages the change over check-ins rated both times") {
  CHECK(calm_trend({}).rated == 0);
  CHECK(calm_trend({}).average_change == 0.0);
  const CalmTrend t = calm_trend({{1, 2, 4}, {2, 0, 5}, {3, 3, 4}, {4, 4, 3}});
  CHECK(t.rated == 3);
  CHECK(t.average_change == doctest::Approx((2 + 1 - 1) / 3.0));
}

TEST_CASE("a rephrasing sitting scores right rounds with the quiz's streak bonus") {
  RephraseTally tally;
  RoundScore r = tally.record(true, 800);
  CHECK(r.points == 800);
  CHECK(r.bonus == 0);
  CHECK(r.streak == 1);
  r = tally.record(true, RephraseTally::kBuildPoints);
  CHECK(r.bonus == 100);
  CHECK(r.points == 1100);
  CHECK(r.streak == 2);
  r = tally.record(true, RephraseTally::write_points(85));
  CHECK(r.points == 850 + 200);
  CHECK(tally.total() == 800 + 1100 + 1050);
  r = tally.record(false, 999);  // a miss scores nothing and ends the run
  CHECK(r.points == 0);
  CHECK(r.streak == 0);
  CHECK(tally.streak() == 0);
  r = tally.record(true, 500);
  CHECK(r.bonus == 0);
  CHECK(tally.best_streak() == 3);
  CHECK(tally.rounds() == 5);
  CHECK(tally.right() == 4);
  CHECK(tally.record(true, -50).points == 100);  // a negative base counts as 0
}

TEST_CASE("the streak bonus of a long sitting stops at the cap") {
  RephraseTally tally;
  int last = 0;
  for (int i = 0; i < 9; ++i) last = tally.record(true, 0).bonus;
  CHECK(last == kStreakCap);
  CHECK(tally.best_streak() == 9);
}

TEST_CASE("solving a rephrasing round keeps the learner's best streak and pays the mini-game XP") {
  LearnerProgress p;
  const GamificationRules rules;
  ProgressRules pr(p, rules);
  pr.on_rephrase_solved(1, 100);
  pr.on_rephrase_solved(2, 100);
  pr.on_rephrase_solved(3, 100);
  pr.on_rephrase_solved(1, 101);
  CHECK(p.minigames.rephrase_best_streak == 3);
  CHECK(p.minigames.rephrase_solved == 4);
  CHECK(p.xp == 4 * rules.xp_per_minigame);
}
