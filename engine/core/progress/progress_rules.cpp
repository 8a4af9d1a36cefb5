#include "core/progress/progress_rules.h"

#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <tuple>

#include "core/progress/mastery.h"
#include "core/progress/streak.h"

namespace warmline {

bool operator==(const ProgressEvent& a, const ProgressEvent& b) {
  return a.kind == b.kind && a.value == b.value && a.badge_id == b.badge_id;
}

int xp_on_day(const LearnerProgress& progress, int day) {
  for (const DayXp& d : progress.xp_log)
    if (d.day == day) return d.xp;
  return 0;
}

ProgressRules::ProgressRules(LearnerProgress& progress, const GamificationRules& rules, const Course* course)
    : p_(progress), rules_(rules), course_(course) {}

namespace {

int saturating_add(int a, int b) {
  const long long sum = static_cast<long long>(a) + b;
  return static_cast<int>(std::clamp<long long>(sum, 0, INT_MAX));
}

void log_xp(std::vector<DayXp>& log, int amount, int day) {
  auto it = std::lower_bound(log.begin(), log.end(), day, [](const DayXp& d, int v) { return d.day < v; });
  if (it != log.end() && it->day == day) {
    it->xp = saturating_add(it->xp, amount);
  } else {
    log.insert(it, DayXp{day, amount});
  }
  // Keep the kXpLogDays days up to the newest one logged; a day that is
  // already older than that (the clock went back a long way) drops out at once.
  const long long oldest = static_cast<long long>(log.back().day) - (kXpLogDays - 1);
  log.erase(log.begin(), std::find_if(log.begin(), log.end(), [&](const DayXp& d) { return d.day >= oldest; }));
}

int percent_of(const QuizResult& r) {
  if (r.answers.empty()) return 0;
  const long long correct = std::clamp<long long>(r.correct, 0, static_cast<long long>(r.answers.size()));
  return static_cast<int>(correct * 100 / static_cast<long long>(r.answers.size()));
}

bool all_quick(const QuizResult& r) {
  if (r.answers.empty()) return false;
  return std::all_of(r.answers.begin(), r.answers.end(), [](const AnswerOutcome& a) {
    return a.correct && !a.timed_out && a.limit_seconds > 0 && a.seconds < a.limit_seconds / 2;
  });
}

// Counts the wrong and timed-out answers of `r` in the learner's tally.
// When a question that is not in a full tally is missed, the entry with the
// fewest misses makes room; among equals, one not missed in this same result
// goes first, then the first by id. Why: the newcomer is never dropped, since
// it is the freshest sign of trouble and a trainer should see it rather than
// an old single miss; a single quiz that misses more new questions than the
// tally holds must not push out its own earlier ones in favour of stale ones.
// The id is only a deterministic last resort: the tally keeps no days,
// because a day per entry would cost 4 bytes each in every save file.
void record_misses(std::map<std::string, int>& tally, const QuizResult& r) {
  std::set<std::string> this_result;
  for (const AnswerOutcome& a : r.answers) {
    if ((a.correct && !a.timed_out) || a.question_id.empty()) continue;
    this_result.insert(a.question_id);
    const auto it = tally.find(a.question_id);
    if (it != tally.end()) {
      it->second = saturating_add(it->second, 1);
      continue;
    }
    while (!tally.empty() && tally.size() >= kQuestionMissesKept) {
      const auto key = [&](const std::pair<const std::string, int>& e) {
        return std::tuple<int, bool, const std::string&>(e.second, this_result.count(e.first) != 0, e.first);
      };
      // The map is in id order, so the first minimum is also the first by id.
      tally.erase(std::min_element(tally.begin(), tally.end(),
                                   [&](const auto& x, const auto& y) { return key(x) < key(y); }));
    }
    tally.emplace(a.question_id, 1);
  }
}

}  // namespace

void ProgressRules::gain_xp(int amount, int day, std::vector<ProgressEvent>& events) {
  if (amount <= 0) return;
  const int level_before = level_for_xp(p_.xp, rules_.levels);
  const int day_before = xp_on_day(p_, day);
  p_.xp = saturating_add(p_.xp, amount);
  log_xp(p_.xp_log, amount, day);
  events.push_back({ProgressEventKind::XpGained, amount, {}});
  const int day_after = xp_on_day(p_, day);
  if (day_before < rules_.daily_goal_xp && day_after >= rules_.daily_goal_xp) {
    events.push_back({ProgressEventKind::DailyGoalReached, day_after, {}});
  }
  const int level_after = level_for_xp(p_.xp, rules_.levels);
  if (level_after > level_before) events.push_back({ProgressEventKind::LevelUp, level_after, {}});
}

void ProgressRules::mark_active(int day, std::vector<ProgressEvent>& events) {
  const StreakChange c = mark_active_day(p_.streak, day, rules_.freeze_every_days, rules_.max_freezes);
  if (c.freeze_used) events.push_back({ProgressEventKind::FreezeUsed, p_.streak.freezes, {}});
  if (c.extended) events.push_back({ProgressEventKind::StreakExtended, p_.streak.current, {}});
  if (c.freeze_earned) events.push_back({ProgressEventKind::FreezeEarned, p_.streak.freezes, {}});
}

bool ProgressRules::has_badge(std::string_view badge_id) const {
  return std::any_of(p_.badges.begin(), p_.badges.end(), [&](const EarnedBadge& b) { return b.id == badge_id; });
}

void ProgressRules::award(std::string badge_id, int day, std::vector<ProgressEvent>& events) {
  if (has_badge(badge_id)) return;
  p_.badges.push_back({badge_id, day});
  events.push_back({ProgressEventKind::BadgeEarned, 0, std::move(badge_id)});
}

// Badges that depend only on running totals, checked after every activity.
void ProgressRules::award_counters(int day, std::vector<ProgressEvent>& events) {
  for (const BadgeRule& r : rules_.badges) {
    bool earned = false;
    switch (r.kind) {
      case BadgeKind::FirstLesson: earned = !p_.lessons_read.empty(); break;
      case BadgeKind::Streak: earned = p_.streak.current >= r.threshold; break;
      case BadgeKind::CalmMaster: earned = p_.minigames.breathing_sessions >= r.threshold; break;
      case BadgeKind::RephrasingPro: earned = p_.minigames.rephrase_solved >= r.threshold; break;
      case BadgeKind::CourseComplete: earned = course_complete(); break;
      case BadgeKind::PerfectQuiz:
      case BadgeKind::QuickThinker:
      case BadgeKind::ModuleMastered: break;  // awarded by the quiz itself
    }
    if (earned) award(r.id, day, events);
  }
}

std::vector<ProgressEvent> ProgressRules::on_lesson_read(std::string_view lesson_id, int day) {
  std::vector<ProgressEvent> events;
  const bool first_read = p_.lessons_read.insert(std::string(lesson_id)).second;
  if (first_read) gain_xp(rules_.xp_per_lesson, day, events);
  mark_active(day, events);
  award_counters(day, events);
  return events;
}

std::vector<ProgressEvent> ProgressRules::on_quiz_finished(const QuizResult& result, int day) {
  std::vector<ProgressEvent> events;
  gain_xp(quiz_xp(result.points, rules_), day, events);
  mark_active(day, events);
  record_misses(p_.question_misses, result);

  if (!result.review && !result.module_id.empty() && !result.answers.empty()) {
    QuizHistory& h = p_.quizzes[result.module_id];
    const int percent = percent_of(result);
    h.attempts = saturating_add(h.attempts, 1);
    if (result.passed) h.passes = saturating_add(h.passes, 1);
    h.best_percent = std::max(h.best_percent, percent);
    h.recent_percents.push_back(percent);
    if (h.recent_percents.size() > kRecentResults) {
      h.recent_percents.erase(h.recent_percents.begin(),
                              h.recent_percents.end() - static_cast<std::ptrdiff_t>(kRecentResults));
    }
    h.last_questions.clear();
    for (const AnswerOutcome& a : result.answers) h.last_questions.push_back(a.question_id);

    for (const BadgeRule& r : rules_.badges) {
      if (r.kind == BadgeKind::PerfectQuiz && percent == 100) award(r.id, day, events);
      if (r.kind == BadgeKind::QuickThinker && all_quick(result)) award(r.id, day, events);
      if (r.kind == BadgeKind::ModuleMastered && warmline::mastery(h, rules_.mastery) >= kMaxMastery) {
        award(module_badge_id(r, result.module_id), day, events);
      }
    }
  }
  award_counters(day, events);
  return events;
}

std::vector<ProgressEvent> ProgressRules::on_minigame(MiniGame kind, int day) {
  std::vector<ProgressEvent> events;
  int& count = kind == MiniGame::Breathing ? p_.minigames.breathing_sessions : p_.minigames.rephrase_solved;
  count = saturating_add(count, 1);
  gain_xp(rules_.xp_per_minigame, day, events);
  mark_active(day, events);
  award_counters(day, events);
  return events;
}

std::vector<ProgressEvent> ProgressRules::on_rephrase_solved(int streak, int day) {
  p_.minigames.rephrase_best_streak = std::max(p_.minigames.rephrase_best_streak, streak);
  return on_minigame(MiniGame::Rephrase, day);
}

DailyGoal ProgressRules::daily_goal(int day) const { return {xp_on_day(p_, day), rules_.daily_goal_xp}; }

int ProgressRules::mastery(const std::string& module_id) const {
  return module_mastery(p_, module_id, rules_.mastery);
}

bool ProgressRules::course_complete() const {
  if (course_ == nullptr || course_->modules.empty()) return false;
  for (const Module& m : course_->modules) {
    for (const Lesson& l : m.lessons)
      if (p_.lessons_read.count(l.id) == 0) return false;
    if (m.quiz.questions.empty()) continue;  // nothing to pass
    const auto it = p_.quizzes.find(m.id);
    if (it == p_.quizzes.end() || it->second.passes <= 0) return false;
  }
  return true;
}

}  // namespace warmline
