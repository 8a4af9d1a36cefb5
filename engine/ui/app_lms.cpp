// A SCORM launch: the LMS says who the learner is and what it kept for
// them; the app opens that learner at once and tells the LMS where they
// stand after every save.
#include "ui/app.h"

namespace warmline::ui {

void App::open_lms_learner() {
  if (options_.lms->standard == LmsStandard::Cmi5) return open_cmi5_learner();
  const LmsLearner& lms = *options_.lms;
  lms_notice_ = lms.problem.empty() ? "" : lms.problem + " Your progress is kept in this browser.";
  std::string problem;
  const std::optional<LearnerProgress> kept = progress_from_suspend_data(lms.suspend_data, problem);
  if (!problem.empty()) {
    lms_notice_ = "Warmline carried on with the progress saved in this browser: " + problem + ".";
  }
  const std::string name = lms.name.empty() ? std::string("Learner") : lms_display_name(lms.name);
  profile_message_ = learner_->open_for_lms(lms_profile_id(lms.id), name, kept, clock_.day());
  if (!profile_message_.empty()) {
    lms_notice_ = profile_message_;
    return;
  }
  // The LMS's learner is the only one here: the course is the first screen.
  nav_ = Navigator(Screen::Course);
  report_to_lms();
}

void App::report_to_lms() {
  if (records_ && course_ && learner_ && learner_->active()) {
    records_->progress_saved(*course_, learner_->progress(), clock_.unix_ms());
  }
  if (options_.lms && options_.lms->standard == LmsStandard::Cmi5) return;
  if (!options_.lms || !options_.report_to_lms || !course_ || !learner_ || !learner_->active()) return;
  const std::string location = module_index_ < course_->modules.size() ? course_->modules[module_index_].id : "";
  bool too_large = false;
  const LmsReport report =
      make_lms_report(options_.lms->standard, *course_, learner_->progress(), location, too_large);
  const bool delivered = options_.report_to_lms(lms_report_json(options_.lms->standard, report));
  if (too_large) {
    lms_notice_ = "Your progress has grown too large for this learning system to keep, so it is kept in this "
                  "browser; your score and status still reach the LMS.";
  } else if (!delivered && options_.lms->problem.empty()) {
    lms_notice_ = "Your learning system is not answering. Your progress is kept in this browser and goes to the "
                  "LMS with your next step.";
  } else if (lms_notice_.rfind("Your learning system is not answering", 0) == 0) {
    lms_notice_.clear();
  }
}

}  // namespace warmline::ui
