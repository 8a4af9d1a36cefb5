#include "ui/learner_session.h"

#include <cctype>

#include "core/progress/calm_log.h"
#include "core/progress/mastery.h"
#include "core/quiz/review_queue.h"

namespace warmline::ui {

LearnerSession::LearnerSession(Storage& storage, const GamificationRules& rules) : store_(storage), rules_(rules) {}

void LearnerSession::set_course(const Course* course) {
  course_ = course;
  if (progress_ && course_) {
    // Questions a new pack version dropped must not stay due forever.
    ReviewQueue queue{progress_->review};
    queue.prune(*course_);
    progress_->review = std::move(queue.items);
  }
}

std::string LearnerSession::create(const std::string& name, int day) {
  LearnerProgress p;
  p.name = name;
  p.created_day = day;
  const std::string id = store_.new_id(name);
  const StoreResult saved = store_.store(id, p);
  if (!saved.ok()) return "Your profile could not be saved: " + saved.error;
  id_ = id;
  progress_ = std::move(p);
  recovery_note_.clear();
  save_error_.clear();
  return "";
}

std::vector<LearnerRecord> LearnerSession::all_progress() {
  std::vector<LearnerRecord> records;
  for (const ProfileSummary& p : store_.list()) {
    LoadResult loaded = store_.load(p.id);
    if (loaded.ok()) records.push_back({p.id, std::move(loaded.progress)});
  }
  return records;
}

std::string LearnerSession::open(const std::string& id) {
  LoadResult loaded = store_.load(id);
  if (!loaded.ok()) return "This profile cannot be opened: " + loaded.error;
  id_ = id;
  progress_ = std::move(loaded.progress);
  recovery_note_ = loaded.recovered_from_backup
                       ? "Your latest progress file was damaged (" + loaded.reason +
                             "), so Warmline opened the copy saved just before it."
                       : "";
  save_error_.clear();
  set_course(course_);
  return "";
}

std::string LearnerSession::open_for_lms(const std::string& id, const std::string& name,
                                         const std::optional<LearnerProgress>& from_lms, int day) {
  LoadResult local = store_.load(id);
  const bool have_local = local.found && local.ok();
  const bool take_lms = from_lms && (!have_local || from_lms->xp > local.progress.xp);
  LearnerProgress chosen = take_lms ? *from_lms : std::move(local.progress);
  if (!have_local && !from_lms) chosen.created_day = day;
  if (!have_local || take_lms || chosen.name != name) {
    chosen.name = name;
    // A damaged local file is set aside by the store, never overwritten.
    const StoreResult saved = store_.store(id, chosen);
    if (!saved.ok()) return "Your progress could not be saved in this browser: " + saved.error;
  }
  return open(id);
}

std::string LearnerSession::export_file(std::string& file_name, std::string& bytes) {
  if (!progress_) return "Nobody is signed in.";
  ExportResult r = store_.export_profile(id_);
  if (!r.ok()) return "Your progress could not be exported: " + r.error;
  file_name = r.file_name;
  bytes = std::move(r.bytes);
  return "";
}

std::string LearnerSession::import_file(const std::string& bytes) {
  ImportResult r = store_.import_profile(bytes);
  if (!r.ok()) {
    // The store's errors are clauses; the picker shows a sentence.
    std::string sentence = r.error + ".";
    sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
    return sentence;
  }
  return open(r.id);
}

void LearnerSession::close() {
  progress_.reset();
  id_.clear();
  recovery_note_.clear();
}

void LearnerSession::save() {
  const StoreResult r = store_.store(id_, *progress_);
  save_error_ = r.ok() ? "" : r.error;
  if (on_saved) on_saved();
}

std::optional<int> LearnerSession::badge_day(std::string_view badge_id) const {
  if (!progress_) return std::nullopt;
  for (const EarnedBadge& b : progress_->badges)
    if (b.id == badge_id) return b.day;
  return std::nullopt;
}

std::vector<ProgressEvent> LearnerSession::lesson_read(const std::string& lesson_id, int day) {
  if (!progress_) return {};
  auto events = ProgressRules(*progress_, rules_, course_).on_lesson_read(lesson_id, day);
  save();
  return events;
}

std::vector<ProgressEvent> LearnerSession::quiz_finished(const QuizResult& result, int day) {
  if (!progress_) return {};
  ReviewQueue queue{progress_->review};
  queue.record(result, day);
  progress_->review = std::move(queue.items);
  auto events = ProgressRules(*progress_, rules_, course_).on_quiz_finished(result, day);
  save();
  return events;
}

std::vector<ProgressEvent> LearnerSession::minigame_done(MiniGame kind, int day) {
  if (!progress_) return {};
  auto events = ProgressRules(*progress_, rules_, course_).on_minigame(kind, day);
  save();
  return events;
}

std::vector<ProgressEvent> LearnerSession::rephrase_solved(int streak, int day) {
  if (!progress_) return {};
  auto events = ProgressRules(*progress_, rules_, course_).on_rephrase_solved(streak, day);
  save();
  return events;
}

bool LearnerSession::calm_checked(const CalmCheck& check) {
  if (!progress_ || !record_calm_check(progress_->minigames, check)) return false;
  save();
  return true;
}

void LearnerSession::set_breathing_tone(ToneChoice choice) {
  if (!progress_ || progress_->minigames.breathing_tone == choice) return;
  progress_->minigames.breathing_tone = choice;
  save();
}

std::size_t LearnerSession::reviews_due(int day) const {
  return progress_ ? ReviewQueue{progress_->review}.due_count(day) : 0;
}

std::vector<std::string> LearnerSession::review_ids(int day) const {
  return progress_ ? ReviewQueue{progress_->review}.due(day) : std::vector<std::string>{};
}

DailyGoal LearnerSession::daily_goal(int day) const {
  DailyGoal goal;
  goal.goal = rules_.daily_goal_xp;
  if (progress_) goal.xp = xp_on_day(*progress_, day);
  return goal;
}

int LearnerSession::mastery(const std::string& module_id) const {
  return progress_ ? module_mastery(*progress_, module_id, rules_.mastery) : 0;
}

}  // namespace warmline::ui
