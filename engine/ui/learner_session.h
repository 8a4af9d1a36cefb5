#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/course/course.h"
#include "core/progress/gamification_rules.h"
#include "core/progress/progress_report.h"
#include "core/progress/progress_rules.h"
#include "save/save_store.h"

namespace warmline::ui {

// The badge the certificate hangs on (GamificationRules::default_badges).
inline constexpr std::string_view kCourseCompleteBadge = "course-complete";

// The signed-in learner: their progress, the rules applied to it and the
// save after every change, so closing the tab or pulling a kiosk's plug
// loses at most the answer being given. Screens call it and show what it
// returns; it never draws.
class LearnerSession {
 public:
  LearnerSession(Storage& storage, const GamificationRules& rules);

  void set_course(const Course* course);

  std::vector<ProfileSummary> profiles() { return store_.list(); }
  // Every profile that can be opened, for the staff's progress report.
  std::vector<LearnerRecord> all_progress();
  // Both return "" on success, else a sentence for the learner.
  std::string create(const std::string& name, int day);
  std::string open(const std::string& id);
  // Opens profile `id` for a learner an LMS launched, creating it if need
  // be, with `from_lms` (the progress the LMS kept) merged in: of the two
  // copies the one with more XP wins, since XP only ever grows, so a
  // session whose last report never reached the LMS is not lost either.
  std::string open_for_lms(const std::string& id, const std::string& name,
                           const std::optional<LearnerProgress>& from_lms, int day);
  void close();
  // The signed-in profile as one file, and a file from another device added
  // as a new profile and opened. Both return "" on success, else a sentence.
  std::string export_file(std::string& file_name, std::string& bytes);
  std::string import_file(const std::string& bytes);

  bool active() const { return progress_.has_value(); }
  const std::string& id() const { return id_; }
  const LearnerProgress& progress() const { return *progress_; }
  // Set when the profile came back from its backup file; shown once.
  const std::string& recovery_note() const { return recovery_note_; }
  void clear_recovery_note() { recovery_note_.clear(); }
  // The last save problem ("" when the last save worked).
  const std::string& save_error() const { return save_error_; }
  // Called after every save, whether or not it reached the disk: the LMS
  // report goes out from here.
  std::function<void()> on_saved;

  std::vector<ProgressEvent> lesson_read(const std::string& lesson_id, int day);
  std::vector<ProgressEvent> quiz_finished(const QuizResult& result, int day);
  std::vector<ProgressEvent> minigame_done(MiniGame kind, int day);
  std::vector<ProgressEvent> rephrase_solved(int streak, int day);
  // Both save at once; false (and nothing saved) for a check-in that is not one.
  bool calm_checked(const CalmCheck& check);
  void set_breathing_tone(ToneChoice choice);

  std::size_t reviews_due(int day) const;
  std::vector<std::string> review_ids(int day) const;
  DailyGoal daily_goal(int day) const;
  int mastery(const std::string& module_id) const;
  // The day `badge_id` was earned, if it was.
  std::optional<int> badge_day(std::string_view badge_id) const;

 private:
  void save();

  SaveStore store_;
  const GamificationRules& rules_;
  const Course* course_ = nullptr;
  std::string id_;
  std::optional<LearnerProgress> progress_;
  std::string recovery_note_;
  std::string save_error_;
};

}  // namespace warmline::ui
