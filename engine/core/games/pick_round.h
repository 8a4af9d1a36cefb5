#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/course/course.h"

namespace warmline {

// How a Pick round went.
struct PickOutcome {
  bool correct = false;
  bool timed_out = false;
  double seconds = 0.0;  // time counted (the limit when timed out)
  int points = 0;        // speed_points when correct, else 0
  std::size_t chosen = 0;          // displayed option; meaningless when timed out
  std::size_t correct_option = 0;  // displayed position of the right answer
};

// The Pick round of the rephrasing game: the learner picks the best rewrite
// of the negative line against a countdown, scored like a quiz question.
// Time is passed in (seconds on a monotonic clock); the clock starts when
// the round is built. Calls after the round is settled return false.
class PickRound {
 public:
  static constexpr double kDefaultSeconds = 20.0;

  // `item` must outlive the round. Options are shuffled by `seed` alone.
  PickRound(const RephraseItem& item, std::uint64_t seed, double now, double limit = kDefaultSeconds);
  PickRound(RephraseItem&&, std::uint64_t, double, double = kDefaultSeconds) = delete;

  const RephraseItem& item() const { return *item_; }
  std::size_t option_count() const { return order_.size(); }
  const Option* option(std::size_t displayed) const;  // nullptr when out of range
  // Displayed position -> the author's option index.
  const std::vector<std::size_t>& order() const { return order_; }

  // An answer arriving at or after the limit (before tick() noticed) is not
  // taken: the round times out instead and this returns false.
  bool answer(std::size_t displayed, double now);
  bool tick(double now);  // settles the round as a timeout once the limit is reached

  bool settled() const { return settled_; }
  const PickOutcome* outcome() const { return settled_ ? &outcome_ : nullptr; }

  double limit() const { return limit_; }
  double remaining(double now) const;      // frozen once settled
  double fraction_left(double now) const;  // 1 -> 0

 private:
  void time_out();

  const RephraseItem* item_;
  std::vector<std::size_t> order_;
  double started_at_;
  double limit_;
  bool settled_ = false;
  PickOutcome outcome_;
};

}  // namespace warmline
