#pragma once
#include <string>

#include "core/course/course.h"
#include "core/progress/learner_progress.h"

// Where a learner stands in the whole course, in the terms an LMS records
// (SCORM's completion, success and score): one course, one result.
namespace warmline::lms {

enum class CourseSuccess { Unknown, Passed, Failed };

struct CourseStanding {
  int lessons_total = 0;
  int lessons_read = 0;
  int quizzes_total = 0;   // modules with a quiz
  int quizzes_taken = 0;
  int quizzes_passed = 0;
  // The mean of the best score of every module quiz, untaken ones as 0:
  // the LMS's score for the course, 0..100.
  int score_percent = 0;
  // Every lesson read and every quiz taken.
  bool completed = false;
  // Passed once every quiz is passed (a course without quizzes: once it is
  // read); failed while every quiz has been taken and one is still short of
  // its pass mark (another try can still pass).
  CourseSuccess success = CourseSuccess::Unknown;
  // Share of lessons and quizzes done, 0..1 (SCORM 2004 progress_measure).
  double progress = 0.0;
};

CourseStanding course_standing(const Course& course, const LearnerProgress& progress);

// SCORM 1.2 has one status for both questions: "passed" once the course is
// complete and passed (the certificate's rule), "failed" as above, else
// "incomplete".
std::string scorm12_lesson_status(const CourseStanding& standing);

}  // namespace warmline::lms
