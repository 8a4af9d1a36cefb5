#include "core/games/pick_round.h"

#include <algorithm>
#include <numeric>

#include "core/quiz/quiz_scoring.h"
#include "core/quiz/seeded_random.h"

namespace warmline {

PickRound::PickRound(const RephraseItem& item, std::uint64_t seed, double now, double limit)
    : item_(&item), order_(item.options.size()), started_at_(now), limit_(limit > 0.0 ? limit : kDefaultSeconds) {
  std::iota(order_.begin(), order_.end(), std::size_t{0});
  SeededRandom random(seed);
  random.shuffle(order_);
  for (std::size_t d = 0; d < order_.size(); ++d) {
    if (item.options[order_[d]].correct) outcome_.correct_option = d;
  }
}

const Option* PickRound::option(std::size_t displayed) const {
  return displayed < order_.size() ? &item_->options[order_[displayed]] : nullptr;
}

bool PickRound::answer(std::size_t displayed, double now) {
  if (settled_ || displayed >= order_.size()) return false;
  const double seconds = std::max(0.0, now - started_at_);
  if (seconds >= limit_) {
    time_out();
    return false;
  }
  settled_ = true;
  outcome_.seconds = seconds;
  outcome_.chosen = displayed;
  outcome_.correct = item_->options[order_[displayed]].correct;
  outcome_.points = outcome_.correct ? speed_points(seconds, limit_) : 0;
  return true;
}

bool PickRound::tick(double now) {
  if (settled_ || now - started_at_ < limit_) return false;
  time_out();
  return true;
}

void PickRound::time_out() {
  settled_ = true;
  outcome_.timed_out = true;
  outcome_.seconds = limit_;
}

double PickRound::remaining(double now) const {
  const double used = settled_ ? outcome_.seconds : now - started_at_;
  return std::clamp(limit_ - used, 0.0, limit_);
}

double PickRound::fraction_left(double now) const { return remaining(now) / limit_; }

}  // namespace warmline
