#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/quiz/review_queue.h"

// Everything Warmline remembers about one learner. Plain data: the rules in
// progress_rules.h change it, save/ stores it. Course items are referenced
// by their string ids only, so a new version of a pack keeps the progress
// for every id it still has (and ids it dropped are simply ignored).
// Days are local day numbers (core/progress/calendar.h).
namespace warmline {

struct QuizHistory {
  int best_percent = 0;  // best score of any attempt, 0..100
  int attempts = 0;
  int passes = 0;        // attempts that reached the quiz's pass mark
  std::vector<int> recent_percents;          // newest last, at most kRecentResults
  std::vector<std::string> last_questions;   // question ids of the last attempt, as asked
};

inline constexpr std::size_t kRecentResults = 5;

struct DayXp {
  int day = 0;
  int xp = 0;
};

// The log keeps this many days back from the newest day in it, enough for a
// "last 30 days" chart.
inline constexpr int kXpLogDays = 30;

struct Streak {
  int current = 0;           // consecutive active days ending at last_active_day
  int longest = 0;
  int last_active_day = 0;   // meaningless while current == 0
  int freezes = 0;           // held, each bridges one missed day
};

struct EarnedBadge {
  std::string id;
  int day = 0;
};

// How calm the learner felt around one breathing exercise, self-rated from
// 1 (tense) to 5 (calm); 0 when they skipped the question before starting.
struct CalmCheck {
  int day = 0;
  int before = 0;
  int after = 0;
};

// Enough check-ins for a trend without the file growing for ever.
inline constexpr std::size_t kCalmChecksKept = 30;

// The breathing tone, once the learner has chosen; until then the device
// decides (a kiosk in a break room starts silent).
enum class ToneChoice : std::uint8_t { DeviceDefault, On, Off };

struct MiniGameStats {
  int breathing_sessions = 0;    // breathing exercises completed
  int rephrase_solved = 0;       // rephrase items answered correctly
  int rephrase_best_streak = 0;  // most rounds right in a row in one sitting
  std::vector<CalmCheck> calm_checks;  // newest last, at most kCalmChecksKept
  ToneChoice breathing_tone = ToneChoice::DeviceDefault;
};

// The misses tally keeps the questions that trouble a learner most, for the
// trainers' report; a bound keeps the save file small (see progress_rules.cpp
// for which entry makes room when it is full).
inline constexpr std::size_t kQuestionMissesKept = 12;

struct LearnerProgress {
  std::string name;  // as the learner typed it
  int created_day = 0;
  std::set<std::string> lessons_read;
  std::map<std::string, QuizHistory> quizzes;  // by module id
  int xp = 0;
  std::vector<DayXp> xp_log;  // ascending days, only days with XP
  Streak streak;
  std::vector<EarnedBadge> badges;  // in the order earned
  MiniGameStats minigames;
  std::vector<ReviewItem> review;  // ReviewQueue::items, kept by the quiz code
  // By question id: answers that were wrong or timed out, module quizzes and
  // review sessions alike. Every count is at least 1; at most
  // kQuestionMissesKept entries.
  std::map<std::string, int> question_misses;
};

bool operator==(const QuizHistory& a, const QuizHistory& b);
bool operator==(const DayXp& a, const DayXp& b);
bool operator==(const Streak& a, const Streak& b);
bool operator==(const EarnedBadge& a, const EarnedBadge& b);
bool operator==(const CalmCheck& a, const CalmCheck& b);
bool operator==(const MiniGameStats& a, const MiniGameStats& b);
bool operator==(const LearnerProgress& a, const LearnerProgress& b);
inline bool operator!=(const LearnerProgress& a, const LearnerProgress& b) { return !(a == b); }

}  // namespace warmline
