#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace warmline {

// What one finished quiz attempt hands to progress, XP and the review queue.
// Plain data: the quiz session fills it, the progress rules read it.
struct AnswerOutcome {
  std::string question_id;
  bool correct = false;
  bool timed_out = false;
  double seconds = 0.0;        // time taken to answer (the limit when timed out)
  double limit_seconds = 0.0;  // the question's time limit
  int points = 0;              // speed points + streak bonus earned for it
};

struct QuizResult {
  std::string module_id;
  std::string quiz_id;  // may be empty: quizzes are keyed by their module
  std::vector<AnswerOutcome> answers;
  int points = 0;         // sum of answers' points
  int correct = 0;
  int pass_mark = 80;     // percent
  bool passed = false;    // correct * 100 >= pass_mark * answers.size(), and answers not empty
  bool review = false;    // a review session mixing due questions, not a module quiz
};

}  // namespace warmline
