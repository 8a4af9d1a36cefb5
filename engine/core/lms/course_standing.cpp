#include "core/lms/course_standing.h"

namespace warmline::lms {

CourseStanding course_standing(const Course& course, const LearnerProgress& progress) {
  CourseStanding s;
  long score_sum = 0;
  for (const Module& m : course.modules) {
    for (const Lesson& l : m.lessons) {
      ++s.lessons_total;
      if (progress.lessons_read.count(l.id) != 0) ++s.lessons_read;
    }
    if (m.quiz.questions.empty()) continue;
    ++s.quizzes_total;
    const auto it = progress.quizzes.find(m.id);
    if (it == progress.quizzes.end() || it->second.attempts <= 0) continue;
    ++s.quizzes_taken;
    if (it->second.passes > 0) ++s.quizzes_passed;
    score_sum += it->second.best_percent;
  }
  if (s.quizzes_total > 0) s.score_percent = static_cast<int>(score_sum / s.quizzes_total);
  const int items = s.lessons_total + s.quizzes_total;
  s.completed = items > 0 && s.lessons_read == s.lessons_total && s.quizzes_taken == s.quizzes_total;
  if (s.quizzes_total == 0) {
    if (s.completed) s.success = CourseSuccess::Passed;  // nothing to pass but the reading
  } else if (s.quizzes_passed == s.quizzes_total) {
    s.success = CourseSuccess::Passed;
  } else if (s.quizzes_taken == s.quizzes_total) {
    s.success = CourseSuccess::Failed;
  }
  if (items > 0) s.progress = static_cast<double>(s.lessons_read + s.quizzes_taken) / items;
  return s;
}

std::string scorm12_lesson_status(const CourseStanding& standing) {
  if (standing.success == CourseSuccess::Passed && standing.completed) return "passed";
  if (standing.success == CourseSuccess::Failed) return "failed";
  return "incomplete";
}

}  // namespace warmline::lms
