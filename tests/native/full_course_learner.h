#pragma once
// A learner who finished the whole course in a month: every lesson read,
// each quiz passed three times (two answers a module slow, so the review
// queue is filled), breathing and rephrasing played. The benchmark and the
// save stress tool both save this profile, so their figures are comparable.
#include "core/course/course.h"
#include "core/progress/gamification_rules.h"
#include "core/progress/learner_progress.h"
#include "core/progress/progress_rules.h"
#include "core/quiz/review_queue.h"

namespace warmline::test {

inline LearnerProgress full_course_learner(const Course& course) {
  const GamificationRules rules;
  LearnerProgress p;
  p.name = "Grace";
  int day = 20400;  // 2025-11-08; thirty days of learning up to 2025-12-07
  p.created_day = day;
  ProgressRules apply(p, rules, &course);
  ReviewQueue review;
  for (const Module& m : course.modules) {
    for (const Lesson& l : m.lessons) apply.on_lesson_read(l.id, day);
    for (int attempt = 0; attempt < 3; ++attempt) {
      QuizResult r;
      r.module_id = m.id;
      r.pass_mark = m.quiz.pass_mark;
      for (std::size_t i = 0; i < m.quiz.questions.size() && i < 10; ++i) {
        AnswerOutcome a;
        a.question_id = m.quiz.questions[i].id;
        a.correct = true;
        a.limit_seconds = 30;
        a.seconds = i < 2 ? 28 : 6;
        a.points = 900;
        r.answers.push_back(a);
        ++r.correct;
        r.points += a.points;
      }
      r.passed = true;
      review.record(r, day);
      apply.on_quiz_finished(r, day);
    }
    for (int g = 0; g < 2; ++g) apply.on_minigame(MiniGame::Breathing, day);
    for (int g = 0; g < 3; ++g) apply.on_minigame(MiniGame::Rephrase, day);
    day += 2;  // a module every other day
  }
  p.review = review.items;
  return p;
}

}  // namespace warmline::test
