#include "core/progress/mastery.h"

#include <algorithm>

namespace warmline {
namespace {

// The last `n` attempts all scored at least `percent` (false if fewer).
bool recent_at_least(const QuizHistory& h, std::size_t n, int percent) {
  if (h.recent_percents.size() < n) return false;
  return std::all_of(h.recent_percents.end() - static_cast<std::ptrdiff_t>(n), h.recent_percents.end(),
                     [&](int p) { return p >= percent; });
}

}  // namespace

int mastery(const QuizHistory& h, const MasteryRules& rules) {
  if (h.attempts <= 0) return 0;
  if (h.passes <= 0) return 1;
  if (h.passes >= rules.mastered_passes && recent_at_least(h, 3, rules.high_percent)) return 5;
  if (h.passes >= rules.solid_passes && recent_at_least(h, 2, rules.high_percent)) return 4;
  if (h.passes >= rules.solid_passes) return 3;
  return 2;
}

int module_mastery(const LearnerProgress& progress, const std::string& module_id, const MasteryRules& rules) {
  const auto it = progress.quizzes.find(module_id);
  return it == progress.quizzes.end() ? 0 : mastery(it->second, rules);
}

}  // namespace warmline
