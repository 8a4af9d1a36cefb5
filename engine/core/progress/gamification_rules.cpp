#include "core/progress/gamification_rules.h"

#include <algorithm>
#include <climits>

namespace warmline {

std::vector<BadgeRule> GamificationRules::default_badges() {
  return {
      {"first-lesson", BadgeKind::FirstLesson, 0, "First steps", "Read your first lesson."},
      {"perfect-quiz", BadgeKind::PerfectQuiz, 0, "Perfect score", "Answer every question of a quiz correctly."},
      {"quick-thinker", BadgeKind::QuickThinker, 0, "Quick thinker",
       "Get a whole quiz right, each answer in under half its time."},
      {"mastered", BadgeKind::ModuleMastered, 0, "Mastered", "Reach mastery 5 in a module."},
      {"streak-3", BadgeKind::Streak, 3, "On a roll", "Learn on 3 days in a row."},
      {"streak-7", BadgeKind::Streak, 7, "A week of learning", "Learn on 7 days in a row."},
      {"streak-30", BadgeKind::Streak, 30, "Habit formed", "Learn on 30 days in a row."},
      {"calm-master", BadgeKind::CalmMaster, 10, "Calm master", "Complete 10 breathing sessions."},
      {"rephrasing-pro", BadgeKind::RephrasingPro, 30, "Rephrasing pro", "Solve 30 rephrase items."},
      {"course-complete", BadgeKind::CourseComplete, 0, "Course complete",
       "Read every lesson and pass every quiz of the course."},
  };
}

// Levels stop at a cap far above any real XP total so the arithmetic can
// never overflow, whatever a damaged save claims.
namespace {
constexpr int kMaxLevel = 9999;

long long total_for(int level, const LevelCurve& curve) {
  const long long step = std::max(1, curve.step);
  return step * (level - 1) * level / 2;
}
}  // namespace

int xp_for_level(int level, const LevelCurve& curve) {
  level = std::clamp(level, 1, kMaxLevel);
  return static_cast<int>(std::min<long long>(total_for(level, curve), INT_MAX));
}

int level_for_xp(int xp, const LevelCurve& curve) {
  // Binary search for the highest level whose total is within reach.
  int lo = 1, hi = kMaxLevel;
  while (lo < hi) {
    const int mid = lo + (hi - lo + 1) / 2;
    if (total_for(mid, curve) <= xp) lo = mid; else hi = mid - 1;
  }
  return lo;
}

LevelProgress xp_into_level(int xp, const LevelCurve& curve) {
  LevelProgress p;
  p.level = level_for_xp(xp, curve);
  const int start = xp_for_level(p.level, curve);
  p.into = std::max(0, xp - start);
  p.needed = xp_for_level(p.level + 1, curve) - start;
  return p;
}

int quiz_xp(int points, const GamificationRules& rules) {
  const int per = std::max(1, rules.quiz_points_per_xp);
  return points <= 0 ? 0 : static_cast<int>((static_cast<long long>(points) + per / 2) / per);
}

const BadgeRule* find_badge_rule(const GamificationRules& rules, std::string_view badge_id) {
  for (const BadgeRule& r : rules.badges) {
    if (badge_id == r.id) return &r;
    if (r.kind == BadgeKind::ModuleMastered && badge_id.size() > r.id.size() &&
        badge_id.substr(0, r.id.size()) == r.id && badge_id[r.id.size()] == ':') {
      return &r;
    }
  }
  return nullptr;
}

std::string module_badge_id(const BadgeRule& rule, std::string_view module_id) {
  return rule.id + ":" + std::string(module_id);
}

}  // namespace warmline
