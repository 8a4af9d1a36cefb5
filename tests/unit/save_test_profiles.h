#pragma once
// Learner profiles shared by the save tests.
#include <string>
#include <vector>

#include "core/progress/learner_progress.h"

namespace warmline::test {

inline constexpr int kToday = 20780;  // 2026-11-23

// A learner who has finished the whole default course: its 15 modules, 47
// lessons and 165 questions (ids as in content/default), 30 review
// questions, 30 days of XP, every default badge and 10 questions missed
// 1 to 6 times each.
inline LearnerProgress full_course_learner() {
  struct M {
    const char* id;
    const char* prefix;
    std::vector<const char*> lessons;
  };
  const std::vector<M> modules = {
      {"communication", "com", {"com-speak-clearly", "com-nonverbal", "com-written"}},
      {"active-listening", "al", {"al-listening-is-action", "al-paraphrase-reflect", "al-pitfalls"}},
      {"empathy", "em", {"em-read-feelings", "em-show-it", "em-emotional-intelligence"}},
      {"problem-solving", "ps", {"ps-identify", "ps-creative", "ps-implement"}},
      {"patience", "pa", {"pa-why", "pa-breathing", "pa-mindfulness", "pa-scenarios"}},
      {"product-knowledge", "pk", {"pk-why", "pk-learn", "pk-explain"}},
      {"adaptability", "ad", {"ad-personalities", "ad-off-script", "ad-learning"}},
      {"time-management", "tm", {"tm-prioritise", "tm-blocks-batches", "tm-tools"}},
      {"positive-attitude", "pos", {"pos-why", "pos-keep-it-up", "pos-feedback-language"}},
      {"teamwork", "tw", {"tw-why", "tw-dynamics", "tw-conflict-knowledge"}},
      {"not-personal", "np", {"np-not-about-you", "np-dont-catch-mood", "np-limits"}},
      {"own-follow-up", "of", {"of-late-installer", "of-ownership", "of-follow-up"}},
      {"calm-deescalate", "cd", {"cd-stay-calm", "cd-deescalate", "cd-apologise"}},
      {"questions-options", "qo", {"qo-questions", "qo-options", "qo-follow-through"}},
      {"personal-touch", "pt", {"pt-personalise", "pt-extra-mile", "pt-improve", "pt-company"}},
  };
  LearnerProgress p;
  p.name = "María López-Fernández";
  p.created_day = kToday - 45;
  p.xp = 2745;
  p.streak = Streak{30, 30, kToday, 2};
  p.minigames = MiniGameStats{24, 61, 5, {}, ToneChoice::Off};
  for (int i = 0; i < static_cast<int>(kCalmChecksKept); ++i)  // a full log of check-ins
    p.minigames.calm_checks.push_back({kToday - 29 + i, 1 + i % 3, 3 + i % 3});
  p.badges.push_back({"first-lesson", kToday - 45});
  p.badges.push_back({"streak-3", kToday - 43});
  int m_index = 0;
  for (const M& m : modules) {
    for (const char* l : m.lessons) p.lessons_read.insert(l);
    QuizHistory h;
    h.best_percent = 100;
    h.attempts = 5;
    h.passes = 4;
    h.recent_percents = {72, 90, 100, 90, 100};
    // The last attempt asked all 11 questions, shuffled.
    for (int i = 0; i < 11; ++i) {
      const int q = (i * 7 + m_index) % 11 + 1;
      h.last_questions.push_back(std::string(m.prefix) + "-q" + (q < 10 ? "0" : "") + std::to_string(q));
    }
    p.quizzes[m.id] = h;
    p.badges.push_back({std::string("mastered:") + m.id, kToday - 30 + 2 * m_index});
    if (m_index == 1) p.badges.push_back({"perfect-quiz", kToday - 29});
    if (m_index == 4) p.badges.push_back({"quick-thinker", kToday - 22});
    if (m_index == 7) p.badges.push_back({"streak-7", kToday - 15});
    if (m_index == 9) p.badges.push_back({"calm-master", kToday - 11});
    if (m_index == 12) p.badges.push_back({"rephrasing-pro", kToday - 5});
    // Two review questions per module, in the order they went wrong.
    p.review.push_back({std::string(m.prefix) + "-q0" + std::to_string(m_index % 9 + 1), 1 + m_index % 5,
                        kToday + 1 + m_index % 7});
    p.review.push_back({std::string(m.prefix) + "-q1" + std::to_string(m_index % 2), 1 + (m_index + 2) % 5,
                        kToday + 3 + m_index % 16});
    ++m_index;
  }
  p.badges.push_back({"streak-30", kToday});
  p.badges.push_back({"course-complete", kToday});
  for (int d = 29; d >= 0; --d) p.xp_log.push_back({kToday - d, 50 + (d * 37) % 150});
  p.question_misses = {{"al-q04", 3}, {"cd-q02", 5}, {"cd-q09", 2}, {"com-q07", 1}, {"em-q11", 4},
                       {"np-q03", 2}, {"pa-q01", 6}, {"pa-q10", 2}, {"ps-q05", 1}, {"qo-q08", 3},
                       {"sc-q02", 2}, {"sq-q06", 1}};  // full: kQuestionMissesKept
  return p;
}

// Small, but with every field set.
inline LearnerProgress small_learner(const std::string& name = "Sam Tran") {
  LearnerProgress p;
  p.name = name;
  p.created_day = kToday - 3;
  p.lessons_read = {"com-speak-clearly", "com-nonverbal"};
  QuizHistory h;
  h.best_percent = 82;
  h.attempts = 2;
  h.passes = 1;
  h.recent_percents = {45, 82};
  h.last_questions = {"com-q03", "com-q01", "com-q11"};
  p.quizzes["communication"] = h;
  p.xp = 97;
  p.xp_log = {{kToday - 1, 40}, {kToday, 57}};
  p.streak = Streak{2, 2, kToday, 0};
  p.badges = {{"first-lesson", kToday - 1}, {"perfect-quiz", kToday}};
  p.minigames.breathing_sessions = 3;
  p.minigames.rephrase_solved = 1;
  p.review = {{"com-q03", 1, kToday + 1}};
  p.question_misses = {{"com-q03", 2}, {"com-q11", 1}};
  return p;
}

}  // namespace warmline::test
