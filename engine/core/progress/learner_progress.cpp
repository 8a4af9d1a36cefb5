#include "core/progress/learner_progress.h"

#include <algorithm>

namespace warmline {

bool operator==(const QuizHistory& a, const QuizHistory& b) {
  return a.best_percent == b.best_percent && a.attempts == b.attempts && a.passes == b.passes &&
         a.recent_percents == b.recent_percents && a.last_questions == b.last_questions;
}

bool operator==(const DayXp& a, const DayXp& b) { return a.day == b.day && a.xp == b.xp; }

bool operator==(const Streak& a, const Streak& b) {
  return a.current == b.current && a.longest == b.longest && a.last_active_day == b.last_active_day &&
         a.freezes == b.freezes;
}

bool operator==(const EarnedBadge& a, const EarnedBadge& b) { return a.id == b.id && a.day == b.day; }

bool operator==(const CalmCheck& a, const CalmCheck& b) {
  return a.day == b.day && a.before == b.before && a.after == b.after;
}

bool operator==(const MiniGameStats& a, const MiniGameStats& b) {
  return a.breathing_sessions == b.breathing_sessions && a.rephrase_solved == b.rephrase_solved &&
         a.rephrase_best_streak == b.rephrase_best_streak && a.calm_checks == b.calm_checks &&
         a.breathing_tone == b.breathing_tone;
}

namespace {
// ReviewItem belongs to the quiz code, which declares no equality for it.
bool same_review(const std::vector<ReviewItem>& a, const std::vector<ReviewItem>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const ReviewItem& x, const ReviewItem& y) {
    return x.question_id == y.question_id && x.box == y.box && x.due_day == y.due_day;
  });
}
}  // namespace

bool operator==(const LearnerProgress& a, const LearnerProgress& b) {
  return a.name == b.name && a.created_day == b.created_day && a.lessons_read == b.lessons_read &&
         a.quizzes == b.quizzes && a.xp == b.xp && a.xp_log == b.xp_log && a.streak == b.streak &&
         a.badges == b.badges && a.minigames == b.minigames && same_review(a.review, b.review) &&
         a.question_misses == b.question_misses;
}

}  // namespace warmline
