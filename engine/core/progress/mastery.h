#pragma once
#include "core/progress/gamification_rules.h"
#include "core/progress/learner_progress.h"

// Mastery of a module, 0..5, from its quiz history alone (the rule is spelled
// out on MasteryRules). Levels 4 and 5 look at the latest attempts, so they
// drop again if recent scores do; a badge once earned stays.
namespace warmline {

inline constexpr int kMaxMastery = 5;

int mastery(const QuizHistory& history, const MasteryRules& rules = {});

// Mastery of `module_id` in `progress`: 0 if the quiz was never tried.
int module_mastery(const LearnerProgress& progress, const std::string& module_id,
                   const MasteryRules& rules = {});

}  // namespace warmline
