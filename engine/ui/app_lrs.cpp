// Learning records (ui/learning_records.h): a cmi5 launch, where the LMS
// says who the learner is and where to report, or a kiosk's own LRS. What
// the learner does is handed on as it happens.
#include "ui/app.h"

namespace warmline::ui {
namespace {
const std::string kNobody;
}  // namespace

// A cmi5 launch: the actor is the learner, kept in a profile of their own.
void App::open_cmi5_learner() {
  LmsLearner& lms = *options_.lms;
  Cmi5Opening opening;
  if (!options_.records.open_cmi5) {
    opening.error = "this copy of Warmline cannot report to a learning system; use the course package your LMS has";
  } else {
    opening = options_.records.open_cmi5(lms.launch_query, *storage_, clock_.unix_ms());
  }
  lms.id = opening.learner_key;
  lms.name = opening.learner_name;
  profile_message_ = learner_->open_for_lms(lms_profile_id(lms.id),
                                            lms.name.empty() ? std::string("Learner") : lms.name, std::nullopt,
                                            clock_.day());
  lms_notice_ = opening.error.empty() ? profile_message_
                                      : "Your learning system's launch cannot be used (" + opening.error +
                                            "), so this session is not reported. Your progress is kept in this "
                                            "browser.";
  nav_ = Navigator(Screen::Course);
  records_ = std::move(opening.records);
  report_to_lms();
}

void App::start_kiosk_records() {
  if (options_.records.open_kiosk_lrs && storage_) records_ = options_.records.open_kiosk_lrs(*storage_, clock_.unix_ms());
}

void App::follow_learner_in_records() {
  if (!records_) return;
  // Runs every frame: compares, and builds nothing, until someone else signs in.
  const bool signed_in = learner_ && learner_->active() && course_;
  const std::string& id = signed_in ? learner_->id() : kNobody;
  const std::string& course = signed_in ? course_->info.id : kNobody;
  if (id == records_learner_ && course == records_course_) return;
  records_learner_ = id;
  records_course_ = course;
  records_->learner_changed(id, signed_in ? learner_->progress().name : kNobody, course_.get());
}

double App::background(double /*now*/) {
  if (!records_) return -1.0;
  const std::int64_t wait_ms = records_->pump(clock_.unix_ms());
  if (options_.lms && lms_notice_ != records_->notice()) {
    lms_notice_ = records_->notice();
    scheduler_.wake();
  }
  return wait_ms < 0 ? -1.0 : wait_ms / 1000.0;
}

void App::page_closing() {
  if (records_) records_->closing(clock_.unix_ms());
}

// Called after every frame with a quiz on screen: each answer (or timeout)
// is recorded once, as it settles.
void App::record_new_answers() {
  if (!records_ || !quiz_ || quiz_->outcomes().size() <= answers_recorded_) return;
  answers_recorded_ = quiz_->outcomes().size();
  const Question* question = quiz_->question();
  if (question == nullptr || quiz_->state() != QuizState::Answered) return;
  records_->question_answered(*question, quiz_->option_order(), quiz_->outcomes().back(), clock_.unix_ms());
}

}  // namespace warmline::ui
