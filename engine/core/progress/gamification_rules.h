#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The numbers behind XP, levels, streaks, mastery and badges, as data so a
// deployment can tune them without touching the rules' code. The defaults
// are what the shipped course is balanced for.
namespace warmline {

enum class BadgeKind : std::uint8_t {
  FirstLesson,     // the first lesson read
  PerfectQuiz,     // a module quiz with every answer right
  QuickThinker,    // ... and each answered in under half its time
  ModuleMastered,  // one badge per module, at mastery 5; id "<rule id>:<module id>"
  Streak,          // a streak of `threshold` days
  CalmMaster,      // `threshold` breathing sessions completed
  RephrasingPro,   // `threshold` rephrase items solved
  CourseComplete,  // every module's lessons read and quiz passed
};

struct BadgeRule {
  std::string id;
  BadgeKind kind = BadgeKind::FirstLesson;
  int threshold = 0;  // Streak, CalmMaster, RephrasingPro
  std::string title;
  std::string description;
};

// Reaching level L (L >= 1) takes step * (L - 1) * L / 2 XP in total: with the
// default step of 100 that is 0, 100, 300, 600, 1000, 1500 ... so each level
// costs `step` XP more than the one before, and a new hire levels up after a
// handful of lessons at first and more slowly later.
struct LevelCurve {
  int step = 100;
};

// Mastery of one module, 0..5, from its quiz history (see mastery.h):
//   0 never tried, 1 tried, 2 passed once, 3 passed `solid_passes` times,
//   4 ... and the last 2 attempts each scored >= `high_percent`,
//   5 passed `mastered_passes` times and the last 3 attempts each >= high_percent.
struct MasteryRules {
  int solid_passes = 2;
  int mastered_passes = 3;
  int high_percent = 90;
};

struct GamificationRules {
  int xp_per_lesson = 20;      // first read only; re-reading keeps the streak but earns nothing
  int quiz_points_per_xp = 50; // quiz XP = points / 50, rounded half up
  int xp_per_minigame = 10;
  int daily_goal_xp = 50;
  int freeze_every_days = 7;   // a streak freeze earned at 7, 14, 21 ... days
  int max_freezes = 2;
  LevelCurve levels;
  MasteryRules mastery;
  std::vector<BadgeRule> badges = default_badges();

  static std::vector<BadgeRule> default_badges();
};

// Total XP needed to reach `level` (level 1 needs 0).
int xp_for_level(int level, const LevelCurve& curve = {});
int level_for_xp(int xp, const LevelCurve& curve = {});

// For the XP bar: how far into the current level, out of how much.
struct LevelProgress {
  int level = 1;
  int into = 0;    // XP earned since reaching `level`
  int needed = 0;  // XP between `level` and the next
};
LevelProgress xp_into_level(int xp, const LevelCurve& curve = {});

int quiz_xp(int points, const GamificationRules& rules);

const BadgeRule* find_badge_rule(const GamificationRules& rules, std::string_view badge_id);
std::string module_badge_id(const BadgeRule& rule, std::string_view module_id);

}  // namespace warmline
