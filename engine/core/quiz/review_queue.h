#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "core/course/course.h"
#include "core/quiz/quiz_result.h"

namespace warmline {

// One question waiting for review. Plain data with public fields: the save
// layer serializes it as it is.
struct ReviewItem {
  std::string question_id;
  int box = 1;      // 1..kReviewBoxes
  int due_day = 0;  // local calendar day number
};

// Leitner boxes: box k comes back kReviewIntervals[k - 1] days after it was
// filled. The rule, applied to every answer of every result (module quiz or
// review alike):
//   wrong or timed out      -> box 1, due the next day
//   right but slow (over 75% of the limit):
//     not queued            -> box 1, due the next day
//     queued and due        -> stays in its box, due again after its interval
//   right and quick, queued and due
//                           -> next box, due after that box's interval; right
//                              in the last box and it leaves the queue
//   right, queued, not yet due -> unchanged: cramming doesn't skip the spacing
// Days are whole local calendar days; the caller turns clock and time zone
// into `day`.
constexpr int kReviewBoxes = 5;
constexpr std::array<int, kReviewBoxes> kReviewIntervals = {1, 3, 7, 16, 35};
constexpr double kSlowFraction = 0.75;

bool answered_slowly(const AnswerOutcome& a);

struct ReviewQueue {
  std::vector<ReviewItem> items;  // at most one per question id

  void record(const QuizResult& result, int day);
  // Ids due on `day` (due_day <= day), longest overdue first; ties keep the
  // order they were queued in.
  std::vector<std::string> due(int day) const;
  std::size_t due_count(int day) const;
  const ReviewItem* find(const std::string& question_id) const;
  // Drops items whose question is gone from `course` (a new pack version).
  void prune(const Course& course);
};

// A quiz to run as a review session: copies of the questions with the ids in
// `ids` (in that order), found in any module's bank; ids no longer in the
// course, and repeats, are skipped. Each question keeps its own module's time
// limit, and the pass mark is the pack's.
Quiz review_quiz(const Course& course, const std::vector<std::string>& ids);

}  // namespace warmline
