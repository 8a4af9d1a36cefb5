#pragma once
#include <cstddef>
#include <vector>

#include "core/course/course.h"

namespace warmline {

// Walking through one lesson a card at a time. It remembers the furthest card
// reached, so the progress dots show how much has been read even after the
// learner steps back to re-read something.
class LessonReader {
 public:
  explicit LessonReader(const Lesson& lesson);

  const Lesson& lesson() const { return *lesson_; }
  const LessonBlock* card() const;  // nullptr for a lesson without cards
  std::size_t index() const { return index_; }
  std::size_t count() const { return lesson_->blocks.size(); }
  std::size_t furthest() const { return furthest_; }

  bool at_first() const { return index_ == 0; }
  bool at_last() const { return count() == 0 || index_ + 1 == count(); }
  // The last card was reached at least once: the lesson counts as read.
  bool finished() const { return count() == 0 || furthest_ + 1 >= count(); }

  bool next();
  bool back();
  // Jumps to a card already seen (a tap on a progress dot); unseen cards stay
  // locked so nobody skips to the end by accident.
  bool jump(std::size_t card);

 private:
  const Lesson* lesson_;
  std::size_t index_ = 0;
  std::size_t furthest_ = 0;
};

// Whole minutes a new hire needs to read `lesson` (at least 1), from its word
// count at a relaxed on-screen reading pace.
int reading_minutes(const Lesson& lesson);

}  // namespace warmline
