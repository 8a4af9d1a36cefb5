#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/course/course.h"
#include "core/progress/gamification_rules.h"
#include "core/progress/learner_progress.h"
#include "core/quiz/quiz_result.h"

// What happens to a learner's progress when they read, quiz or play. Each
// operation takes the local day it happened on and returns what to
// celebrate, in the order to show it, so the UI can queue non-blocking toasts
// without knowing the rules.
namespace warmline {

enum class ProgressEventKind : std::uint8_t {
  XpGained,          // value: XP earned
  DailyGoalReached,  // value: the day's XP
  LevelUp,           // value: the new level
  StreakExtended,    // value: the streak in days (2 or more)
  FreezeUsed,        // value: freezes still held
  FreezeEarned,      // value: freezes now held
  BadgeEarned,       // badge_id
};

struct ProgressEvent {
  ProgressEventKind kind = ProgressEventKind::XpGained;
  int value = 0;
  std::string badge_id;
};

bool operator==(const ProgressEvent& a, const ProgressEvent& b);

enum class MiniGame : std::uint8_t { Breathing, Rephrase };

struct DailyGoal {
  int xp = 0;    // earned on the day
  int goal = 0;
  bool reached() const { return xp >= goal; }
};

// Applies the rules to one learner's progress. Holds references: keep the
// progress, rules and course alive while it is used. Without a course the
// course-complete badge is never awarded.
class ProgressRules {
 public:
  ProgressRules(LearnerProgress& progress, const GamificationRules& rules, const Course* course = nullptr);

  std::vector<ProgressEvent> on_lesson_read(std::string_view lesson_id, int day);
  // Review sessions (result.review) earn XP and keep the streak, but leave the
  // module's quiz history, mastery and quiz badges alone. Both count their
  // wrong and timed-out answers in `question_misses`.
  std::vector<ProgressEvent> on_quiz_finished(const QuizResult& result, int day);
  std::vector<ProgressEvent> on_minigame(MiniGame kind, int day);
  // A rephrasing round solved as the `streak`-th right round in a row.
  std::vector<ProgressEvent> on_rephrase_solved(int streak, int day);

  DailyGoal daily_goal(int day) const;
  int mastery(const std::string& module_id) const;
  bool has_badge(std::string_view badge_id) const;
  bool course_complete() const;

 private:
  void gain_xp(int amount, int day, std::vector<ProgressEvent>& events);
  void mark_active(int day, std::vector<ProgressEvent>& events);
  void award(std::string badge_id, int day, std::vector<ProgressEvent>& events);
  void award_counters(int day, std::vector<ProgressEvent>& events);

  LearnerProgress& p_;
  const GamificationRules& rules_;
  const Course* course_;
};

// XP earned on `day`, from the log (0 for days older than the log keeps).
int xp_on_day(const LearnerProgress& progress, int day);

}  // namespace warmline
