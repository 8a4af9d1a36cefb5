#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/course/course.h"
#include "core/progress/gamification_rules.h"
#include "core/progress/learner_progress.h"

// How a group of learners is doing on one course, for the trainers' admin
// screen and its CSV export. Pure: the caller loads the profiles and writes
// the file. Progress is matched to the course by id, so ids a newer pack
// dropped are left out and items it added show as untried.
namespace warmline {

struct LearnerRecord {
  std::string id;  // the profile id (save/profile_id.h)
  LearnerProgress progress;
};

struct ModuleReport {
  std::string id;
  std::string title;
  bool has_quiz = false;        // the module has quiz questions
  double average_mastery = 0;   // 0..5 over all learners, untried counting 0; 0 with no learners
  int learners_tried = 0;       // learners with at least one attempt at its quiz
};

struct MissedQuestion {
  std::string id;
  std::string module_id;
  std::string module_title;
  std::string prompt;           // Question::prompt, as written in the pack
  std::int64_t misses = 0;      // wrong or timed-out answers, all learners together
  int learners = 0;             // learners who missed it at least once
};

struct ProgressReport {
  std::size_t learners = 0;
  std::vector<ModuleReport> modules;         // in course order
  // At most `most_missed`: most misses first, then most learners, then course
  // order. Only questions someone missed.
  std::vector<MissedQuestion> most_missed;
};

ProgressReport make_progress_report(const Course& course, const std::vector<LearnerRecord>& learners,
                                    const MasteryRules& rules = {}, std::size_t most_missed = 10);

// RFC 4180 CSV in UTF-8, CRLF after every row. It starts with a UTF-8
// byte-order mark: without one, Excel on Windows reads the file as the local
// code page and garbles accented names. Then the header
//   learner,learner_id,module_id,module,mastery,best_score_percent,quiz_attempts,last_active
// then one row per learner and module: learners in the order given, modules
// in course order. mastery is 0..5; best_score_percent is empty while the
// quiz was never tried; last_active is the learner's latest active day as
// YYYY-MM-DD, empty if never active (or on a day outside years 0..9999).
// Text cells that a spreadsheet would read as a formula start with an
// apostrophe.
std::string progress_csv(const Course& course, const std::vector<LearnerRecord>& learners,
                         const MasteryRules& rules = {});

// The learner's latest active day: the streak's last day or the newest XP
// log day, whichever is later; nothing if never active.
std::optional<int> last_active_day(const LearnerProgress& progress);

}  // namespace warmline
