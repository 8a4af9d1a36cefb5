#include "core/progress/progress_rules.h"

#include <doctest/doctest.h>

#include "core/progress/mastery.h"

using namespace warmline;

namespace {

constexpr int kDay = 20780;  // 2026-11-23

// "xp+20 goal=60 level=2 streak=3 freeze-used=0 freeze-earned=1 badge=first-lesson"
std::string describe(const std::vector<ProgressEvent>& events) {
  std::string s;
  for (const ProgressEvent& e : events) {
    if (!s.empty()) s += ' ';
    switch (e.kind) {
      case ProgressEventKind::XpGained: s += "xp+" + std::to_string(e.value); break;
      case ProgressEventKind::DailyGoalReached: s += "goal=" + std::to_string(e.value); break;
      case ProgressEventKind::LevelUp: s += "level=" + std::to_string(e.value); break;
      case ProgressEventKind::StreakExtended: s += "streak=" + std::to_string(e.value); break;
      case ProgressEventKind::FreezeUsed: s += "freeze-used=" + std::to_string(e.value); break;
      case ProgressEventKind::FreezeEarned: s += "freeze-earned=" + std::to_string(e.value); break;
      case ProgressEventKind::BadgeEarned: s += "badge=" + e.badge_id; break;
    }
  }
  return s;
}

// A module quiz of `n` answers, the first `right` of them correct; `quick`
// answers take 4 of 30 seconds, others 20.
QuizResult quiz(const std::string& module, int n, int right, int points, bool quick = false) {
  QuizResult r;
  r.module_id = module;
  for (int i = 0; i < n; ++i) {
    AnswerOutcome a;
    a.question_id = module.substr(0, 3) + "-q" + std::to_string(i + 1);
    a.correct = i < right;
    a.limit_seconds = 30;
    a.seconds = quick ? 4 : 20;
    r.answers.push_back(a);
  }
  r.correct = right;
  r.points = points;
  r.passed = right * 100 >= r.pass_mark * n;
  return r;
}

Course two_module_course() {
  Course c;
  Module a;
  a.id = "communication";
  a.lessons.resize(2);
  a.lessons[0].id = "com-speak-clearly";
  a.lessons[1].id = "com-written";
  a.quiz.questions.resize(1);
  Module b;
  b.id = "patience";
  b.lessons.resize(1);
  b.lessons[0].id = "pa-why";
  b.quiz.questions.resize(1);
  Module c3;  // a module with a lesson and no quiz: nothing to pass there
  c3.id = "extras";
  c3.lessons.resize(1);
  c3.lessons[0].id = "ex-more";
  c.modules = {a, b, c3};
  return c;
}

}  // namespace

TEST_CASE("the level curve: 50 * (L-1) * L XP to reach level L") {
  CHECK(xp_for_level(1) == 0);
  CHECK(xp_for_level(2) == 100);
  CHECK(xp_for_level(3) == 300);
  CHECK(xp_for_level(4) == 600);
  CHECK(xp_for_level(10) == 4500);
  CHECK(level_for_xp(-5) == 1);
  CHECK(level_for_xp(0) == 1);
  CHECK(level_for_xp(99) == 1);
  CHECK(level_for_xp(100) == 2);
  CHECK(level_for_xp(299) == 2);
  CHECK(level_for_xp(300) == 3);
  CHECK(level_for_xp(2147483647) == 6554);  // no overflow at the top
  const LevelProgress p = xp_into_level(250);
  CHECK(p.level == 2);
  CHECK(p.into == 150);
  CHECK(p.needed == 200);
  CHECK(xp_into_level(300).into == 0);
  CHECK(level_for_xp(150, LevelCurve{50}) == 3);  // a tuned curve: 0, 50, 150 ...
  CHECK(level_for_xp(149, LevelCurve{50}) == 2);
}

TEST_CASE("quiz XP is points / 50, rounded half up") {
  const GamificationRules rules;
  CHECK(quiz_xp(0, rules) == 0);
  CHECK(quiz_xp(-10, rules) == 0);
  CHECK(quiz_xp(24, rules) == 0);
  CHECK(quiz_xp(25, rules) == 1);
  CHECK(quiz_xp(74, rules) == 1);
  CHECK(quiz_xp(75, rules) == 2);
  CHECK(quiz_xp(1234, rules) == 25);
}

TEST_CASE("lessons earn XP once, reach the daily goal and level up, with events in order") {
  LearnerProgress p;
  const GamificationRules rules;
  ProgressRules r(p, rules);
  CHECK(describe(r.on_lesson_read("com-speak-clearly", kDay)) == "xp+20 badge=first-lesson");
  CHECK(describe(r.on_lesson_read("com-nonverbal", kDay)) == "xp+20");
  CHECK(describe(r.on_lesson_read("com-nonverbal", kDay)) == "");  // re-read: no XP, same day
  CHECK(r.daily_goal(kDay).xp == 40);
  CHECK_FALSE(r.daily_goal(kDay).reached());
  CHECK(describe(r.on_lesson_read("com-written", kDay)) == "xp+20 goal=60");
  CHECK(r.daily_goal(kDay).reached());
  CHECK(describe(r.on_lesson_read("al-pitfalls", kDay)) == "xp+20");  // the goal is told once a day
  CHECK(describe(r.on_lesson_read("al-paraphrase-reflect", kDay)) == "xp+20 level=2");
  CHECK(p.xp == 100);
  CHECK(p.lessons_read.size() == 5);
  // Next day: the streak grows, and re-reading alone keeps it alive.
  CHECK(describe(r.on_lesson_read("com-written", kDay + 1)) == "streak=2");
  CHECK(r.daily_goal(kDay + 1).xp == 0);
  CHECK(describe(r.on_lesson_read("em-show-it", kDay + 2)) == "xp+20 streak=3 badge=streak-3");
  CHECK(p.xp == 120);
  CHECK(p.xp_log.size() == 2);  // days with XP only
  CHECK(p.xp_log[0].day == kDay);
  CHECK(p.xp_log[0].xp == 100);
  CHECK(p.xp_log[1].day == kDay + 2);
  CHECK(p.xp_log[1].xp == 20);
}

TEST_CASE("a module quiz updates its history, and quiz badges are earned once") {
  LearnerProgress p;
  const GamificationRules rules;
  ProgressRules r(p, rules);
  // 9 of 10 is a pass, not perfect.
  CHECK(describe(r.on_quiz_finished(quiz("communication", 10, 9, 880), kDay)) == "xp+18");
  const QuizHistory& h = p.quizzes.at("communication");
  CHECK(h.attempts == 1);
  CHECK(h.passes == 1);
  CHECK(h.best_percent == 90);
  CHECK(h.last_questions.size() == 10);
  CHECK(h.last_questions.front() == "com-q1");
  // All right but slow: perfect, not quick.
  CHECK(describe(r.on_quiz_finished(quiz("communication", 10, 10, 1000), kDay)) == "xp+20 badge=perfect-quiz");
  // All right and quick: quick thinker; perfect is not awarded twice.
  CHECK(describe(r.on_quiz_finished(quiz("communication", 10, 10, 1500, true), kDay)) ==
        "xp+30 goal=68 badge=quick-thinker badge=mastered:communication");
  CHECK(describe(r.on_quiz_finished(quiz("patience", 4, 4, 400, true), kDay)) == "xp+8");
  CHECK(h.attempts == 3);
  CHECK(h.passes == 3);
  CHECK(h.best_percent == 100);
  CHECK(h.recent_percents == std::vector<int>{90, 100, 100});
  // A timed-out answer is never quick, even if marked correct.
  LearnerProgress q;
  ProgressRules r2(q, rules);
  QuizResult t = quiz("teamwork", 3, 3, 0, true);
  t.answers[1].timed_out = true;
  CHECK(describe(r2.on_quiz_finished(t, kDay)) == "badge=perfect-quiz");
}

TEST_CASE("a review session earns XP and keeps the streak but leaves quiz history and badges alone") {
  LearnerProgress p;
  const GamificationRules rules;
  ProgressRules r(p, rules);
  QuizResult review = quiz("communication", 3, 3, 300, true);
  review.review = true;
  CHECK(describe(r.on_quiz_finished(review, kDay)) == "xp+6");
  CHECK(p.quizzes.empty());
  CHECK(p.streak.current == 1);
  CHECK(p.badges.empty());
}

TEST_CASE("mastery climbs with passes and high recent scores, drops with poor ones; its badge stays, once") {
  LearnerProgress p;
  const GamificationRules rules;
  ProgressRules r(p, rules);
  const std::string m = "communication";
  CHECK(r.mastery(m) == 0);
  struct Step {
    int right;
    int mastery;
    const char* events;
  };
  // 10 questions, pass mark 80; points 0 so only badges show.
  const Step steps[] = {
      {5, 1, ""},   {8, 2, ""},  {8, 3, ""},  {9, 3, ""},                       // last two 80, 90
      {9, 4, ""},                                                              // last two >= 90
      {10, 5, "badge=perfect-quiz badge=mastered:communication"},             // 3 passes, last three >= 90
      {6, 3, ""},                                                              // a fail drops it
      {9, 3, ""},   {9, 4, ""},  {10, 5, ""},                                  // back to 5: no second badge
  };
  int n = 0;
  for (const Step& s : steps) {
    CAPTURE(n);
    CHECK(describe(r.on_quiz_finished(quiz(m, 10, s.right, 0), kDay)) == s.events);
    CHECK(r.mastery(m) == s.mastery);
    ++n;
  }
  const QuizHistory& h = p.quizzes.at(m);
  CHECK(h.attempts == 10);
  CHECK(h.passes == 8);
  CHECK(h.recent_percents == std::vector<int>{100, 60, 90, 90, 100});
  CHECK(mastery(QuizHistory{}) == 0);
  // The rule reads only the history: 3 passes but a recent 89 is mastery 4 at most.
  QuizHistory manual;
  manual.attempts = 3;
  manual.passes = 3;
  manual.recent_percents = {89, 95, 95};
  CHECK(mastery(manual) == 4);
  manual.recent_percents = {95, 95, 95};
  CHECK(mastery(manual) == 5);
  manual.passes = 2;
  CHECK(mastery(manual) == 4);
}

TEST_CASE("mini-games count, earn XP, and their badges come exactly at the threshold") {
  LearnerProgress p;
  const GamificationRules rules;
  ProgressRules r(p, rules);
  std::string tenth;
  for (int i = 1; i <= 12; ++i) {
    const std::string e = describe(r.on_minigame(MiniGame::Breathing, kDay));
    if (i == 10) tenth = e;
    else CHECK(e.find("calm-master") == std::string::npos);
  }
  CHECK(tenth == "xp+10 level=2 badge=calm-master");
  CHECK(p.minigames.breathing_sessions == 12);
  for (int i = 1; i <= 29; ++i) r.on_minigame(MiniGame::Rephrase, kDay);
  CHECK_FALSE(r.has_badge("rephrasing-pro"));
  CHECK(describe(r.on_minigame(MiniGame::Rephrase, kDay)) == "xp+10 badge=rephrasing-pro");
  CHECK(describe(r.on_minigame(MiniGame::Rephrase, kDay)) == "xp+10");
  CHECK(p.minigames.rephrase_solved == 31);
  CHECK(p.xp == 430);
  CHECK(p.badges.size() == 2);
  CHECK(p.badges[0].id == "calm-master");
  CHECK(p.badges[0].day == kDay);
}

TEST_CASE("streak badges, freezes and events over weeks of daily play") {
  LearnerProgress p;
  const GamificationRules rules;
  ProgressRules r(p, rules);
  std::vector<std::string> log;
  for (int d = 0; d < 7; ++d) log.push_back(describe(r.on_minigame(MiniGame::Breathing, kDay + d)));
  CHECK(log[0] == "xp+10");
  CHECK(log[1] == "xp+10 streak=2");
  CHECK(log[2] == "xp+10 streak=3 badge=streak-3");
  CHECK(log[6] == "xp+10 streak=7 freeze-earned=1 badge=streak-7");
  // Day kDay+7 missed: the freeze bridges it.
  CHECK(describe(r.on_minigame(MiniGame::Breathing, kDay + 8)) == "xp+10 freeze-used=0 streak=8");
  CHECK(p.streak.current == 8);
  for (int d = 9; d < 31; ++d) r.on_minigame(MiniGame::Breathing, kDay + d);
  CHECK(p.streak.current == 30);
  CHECK(r.has_badge("streak-30"));
  CHECK(p.badges.size() == 4);  // streak-3, streak-7, calm-master, streak-30
  CHECK(p.badges[2].id == "calm-master");
  CHECK(p.badges[2].day == kDay + 10);
  CHECK(p.badges[3].id == "streak-30");
  CHECK(p.streak.freezes == 2);  // earned at 14 and 21, capped at 28
  CHECK(p.badges[3].day == kDay + 30);
  // The XP log keeps only the last 30 days.
  CHECK(p.xp_log.size() == 29);  // kDay+1 .. kDay+30, minus the missed kDay+7
  CHECK(p.xp_log.front().day == kDay + 1);
  CHECK(xp_on_day(p, kDay) == 0);
  CHECK(p.xp == 300);
}

TEST_CASE("the daily goal is per local day and told once") {
  LearnerProgress p;
  GamificationRules rules;
  rules.daily_goal_xp = 30;
  ProgressRules r(p, rules);
  CHECK(describe(r.on_minigame(MiniGame::Rephrase, kDay)) == "xp+10");
  CHECK(describe(r.on_minigame(MiniGame::Rephrase, kDay)) == "xp+10");
  CHECK(describe(r.on_minigame(MiniGame::Rephrase, kDay)) == "xp+10 goal=30");
  CHECK(describe(r.on_minigame(MiniGame::Rephrase, kDay)) == "xp+10");
  CHECK(r.daily_goal(kDay).xp == 40);
  CHECK(r.daily_goal(kDay).goal == 30);
  CHECK(r.daily_goal(kDay + 1).xp == 0);
  CHECK(describe(r.on_lesson_read("l1", kDay + 1)) == "xp+20 streak=2 badge=first-lesson");
  CHECK(describe(r.on_lesson_read("l2", kDay + 1)) == "xp+20 goal=40");
}

TEST_CASE("course complete needs every lesson read and every quiz passed, and the course") {
  const Course course = two_module_course();
  LearnerProgress p;
  const GamificationRules rules;
  ProgressRules r(p, rules, &course);
  r.on_lesson_read("com-speak-clearly", kDay);
  r.on_lesson_read("com-written", kDay);
  r.on_lesson_read("pa-why", kDay);
  r.on_quiz_finished(quiz("communication", 5, 4, 0), kDay);
  r.on_quiz_finished(quiz("patience", 5, 3, 0), kDay);  // failed
  CHECK_FALSE(r.course_complete());
  r.on_quiz_finished(quiz("patience", 5, 4, 0), kDay);
  CHECK_FALSE(r.course_complete());  // ex-more is still unread
  CHECK(describe(r.on_lesson_read("ex-more", kDay)) == "xp+20 badge=course-complete");
  CHECK(r.course_complete());
  CHECK(describe(r.on_lesson_read("ex-more", kDay)) == "");

  // Without the course the badge is never awarded.
  LearnerProgress q = p;
  q.badges.clear();
  ProgressRules blind(q, rules);
  blind.on_lesson_read("another", kDay);
  CHECK_FALSE(blind.has_badge("course-complete"));
}

TEST_CASE("badge rules are data: a deployment can drop or retune them") {
  LearnerProgress p;
  GamificationRules rules;
  rules.badges = {{"streak-2", BadgeKind::Streak, 2, "Two days", ""}};
  rules.xp_per_lesson = 5;
  ProgressRules r(p, rules);
  CHECK(describe(r.on_lesson_read("a", kDay)) == "xp+5");
  CHECK(describe(r.on_lesson_read("b", kDay + 1)) == "xp+5 streak=2 badge=streak-2");
  CHECK(find_badge_rule(GamificationRules{}, "mastered:teamwork") != nullptr);
  CHECK(find_badge_rule(GamificationRules{}, "mastered") != nullptr);
  CHECK(find_badge_rule(GamificationRules{}, "masteredx") == nullptr);
  CHECK(find_badge_rule(GamificationRules{}, "calm-master")->threshold == 10);
}

namespace {

// "id:misses id:misses", in id order.
std::string misses_of(const LearnerProgress& p) {
  std::string s;
  for (const auto& [id, n] : p.question_misses) s += (s.empty() ? "" : " ") + id + ":" + std::to_string(n);
  return s;
}

AnswerOutcome answer(const std::string& id, bool correct, bool timed_out = false) {
  AnswerOutcome a;
  a.question_id = id;
  a.correct = correct;
  a.timed_out = timed_out;
  a.limit_seconds = 30;
  a.seconds = timed_out ? 30 : 10;
  return a;
}

}  // namespace

TEST_CASE("wrong and timed-out answers are tallied per question, in module quizzes and review sessions") {
  LearnerProgress p;
  GamificationRules rules;
  ProgressRules pr(p, rules);
  QuizResult r;
  r.module_id = "communication";
  r.answers = {answer("com-q1", true), answer("com-q2", false), answer("com-q3", false, true), answer("", false)};
  r.correct = 1;
  pr.on_quiz_finished(r, kDay);
  CHECK(misses_of(p) == "com-q2:1 com-q3:1");
  QuizResult review;
  review.review = true;
  review.answers = {answer("com-q2", false), answer("pa-q1", false), answer("com-q3", true)};
  pr.on_quiz_finished(review, kDay + 1);
  CHECK(misses_of(p) == "com-q2:2 com-q3:1 pa-q1:1");
  CHECK(p.quizzes.count("") == 0);  // the review still leaves quiz history alone
}

TEST_CASE("a full miss tally drops the fewest misses, sparing this result's, then the first id") {
  LearnerProgress p;
  for (std::size_t i = 0; i < kQuestionMissesKept; ++i) {
    p.question_misses["q" + std::to_string(100 + i)] = i <= 1 ? 1 : 2;  // q100 and q101 tie at 1
  }
  GamificationRules rules;
  ProgressRules pr(p, rules);
  QuizResult r;
  r.review = true;
  r.answers = {answer("a-new", false)};
  pr.on_quiz_finished(r, kDay);
  CHECK(p.question_misses.size() == kQuestionMissesKept);
  CHECK(p.question_misses.count("q100") == 0);  // fewest, first by id
  CHECK(p.question_misses.at("q101") == 1);
  CHECK(p.question_misses.at("a-new") == 1);    // the newcomer always gets in
  // Fewest misses now: q101 and a-new. a0-new takes a-new's place (first by
  // id); for a1-new, a0-new and q101 tie, and a0-new was missed in this very
  // result, so q101 makes room.
  r.answers = {answer("a0-new", false), answer("a1-new", false)};
  pr.on_quiz_finished(r, kDay);
  CHECK(p.question_misses.size() == kQuestionMissesKept);
  CHECK(p.question_misses.count("a-new") == 0);
  CHECK(p.question_misses.count("q101") == 0);
  CHECK(p.question_misses.at("a0-new") == 1);
  CHECK(p.question_misses.at("a1-new") == 1);
  // A miss of a question already kept only counts up.
  r.answers = {answer("q102", false, true)};
  pr.on_quiz_finished(r, kDay);
  CHECK(p.question_misses.at("q102") == 3);
  // In a later result neither a0-new nor a1-new is fresh: the first by id goes.
  r.answers = {answer("b-new", false)};
  pr.on_quiz_finished(r, kDay);
  CHECK(p.question_misses.count("a0-new") == 0);
  CHECK(p.question_misses.at("a1-new") == 1);
  CHECK(p.question_misses.at("b-new") == 1);
  // A result with more new misses than the tally holds never pushes out
  // questions missed more often; among its own newcomers the first by id goes.
  r.answers.clear();
  for (std::size_t i = 0; i < kQuestionMissesKept + 5; ++i) r.answers.push_back(answer("x" + std::to_string(100 + i), false));
  pr.on_quiz_finished(r, kDay);
  CHECK(p.question_misses.size() == kQuestionMissesKept);
  std::string kept;
  for (const auto& [id, n] : p.question_misses)
    if (n == 1) kept += id + " ";
  const std::size_t last = 100 + kQuestionMissesKept + 4;  // the result's last two newcomers stay
  CHECK(kept == "x" + std::to_string(last - 1) + " x" + std::to_string(last) + " ");
  CHECK(p.question_misses.count("q" + std::to_string(100 + kQuestionMissesKept - 1)) == 1);
}
