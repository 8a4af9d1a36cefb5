#include "core/progress/progress_report.h"

#include <doctest/doctest.h>

#include <climits>

using namespace warmline;

namespace {

constexpr int kToday = 20780;  // 2026-11-23

// Starting with the UTF-8 byte-order mark Excel needs to read accents.
const char* const kHeader =
    "\xEF\xBB\xBF"
    "learner,learner_id,module_id,module,mastery,best_score_percent,quiz_attempts,last_active\r\n";

Question question(const std::string& id, const std::string& prompt) {
  Question q;
  q.id = id;
  q.prompt = prompt;
  return q;
}

// Three modules: a quiz of three, a quiz of two, and one with no quiz.
Course report_course() {
  Course c;
  Module com;
  com.id = "communication";
  com.title = "Communication";
  com.quiz.questions = {question("com-q1", "Which greeting?"), question("com-q2", "Say it plainly"),
                        question("com-q3", "Pick the summary")};
  Module pa;
  pa.id = "patience";
  pa.title = "Patience";
  pa.quiz.questions = {question("pa-q1", "Breathe how long?"), question("pa-q2", "The ___ pause")};
  Module intro;
  intro.id = "intro";
  intro.title = "Welcome";
  c.modules = {com, pa, intro};
  return c;
}

QuizHistory history(int best, int attempts, int passes, std::vector<int> recent) {
  QuizHistory h;
  h.best_percent = best;
  h.attempts = attempts;
  h.passes = passes;
  h.recent_percents = std::move(recent);
  return h;
}

// Ann: communication at mastery 4, patience tried (1); Bob: nothing; Cy:
// communication at mastery 2.
std::vector<LearnerRecord> three_learners() {
  LearnerRecord ann{"ann-0001", {}};
  ann.progress.name = "Ann";
  ann.progress.quizzes["communication"] = history(95, 3, 2, {70, 95, 92});
  ann.progress.quizzes["patience"] = history(40, 1, 0, {40});
  ann.progress.question_misses = {{"com-q2", 3}, {"pa-q1", 2}, {"gone-q9", 50}, {"com-q1", 1}};
  LearnerRecord bob{"bob-0002", {}};
  bob.progress.name = "Bob";
  bob.progress.question_misses = {{"com-q1", 2}, {"pa-q2", 1}};
  LearnerRecord cy{"cy-0003", {}};
  cy.progress.name = "Cy";
  cy.progress.quizzes["communication"] = history(85, 1, 1, {85});
  cy.progress.question_misses = {{"pa-q1", 1}, {"com-q3", 1}, {"com-q2", 0}};
  return {ann, bob, cy};
}

// "id misses/learners module_title" per entry, "; " between.
std::string describe(const std::vector<MissedQuestion>& v) {
  std::string s;
  for (const MissedQuestion& q : v) {
    if (!s.empty()) s += "; ";
    s += q.id + " " + std::to_string(q.misses) + "/" + std::to_string(q.learners) + " " + q.module_title;
  }
  return s;
}

LearnerRecord named(const std::string& id, const std::string& name) {
  LearnerRecord r{id, {}};
  r.progress.name = name;
  return r;
}

// One module, no quiz: the CSV is one row per learner.
Course one_module(const std::string& id, const std::string& title) {
  Course c;
  c.modules.resize(1);
  c.modules[0].id = id;
  c.modules[0].title = title;
  return c;
}

}  // namespace

TEST_CASE("module averages count learners who never tried the quiz as mastery 0") {
  const ProgressReport r = make_progress_report(report_course(), three_learners());
  CHECK(r.learners == 3);
  REQUIRE(r.modules.size() == 3);
  CHECK(r.modules[0].id == "communication");
  CHECK(r.modules[0].title == "Communication");
  CHECK(r.modules[0].has_quiz);
  CHECK(r.modules[0].average_mastery == doctest::Approx(2.0));  // (4 + 0 + 2) / 3
  CHECK(r.modules[0].learners_tried == 2);
  CHECK(r.modules[1].id == "patience");
  CHECK(r.modules[1].average_mastery == doctest::Approx(1.0 / 3));  // (1 + 0 + 0) / 3
  CHECK(r.modules[1].learners_tried == 1);
  CHECK(r.modules[2].id == "intro");
  CHECK_FALSE(r.modules[2].has_quiz);
  CHECK(r.modules[2].average_mastery == 0.0);
  CHECK(r.modules[2].learners_tried == 0);
  // The mastery rules are the caller's: with 3 passes needed for "solid", Ann
  // has 2 in communication: (2 + 0 + 2) / 3.
  MasteryRules strict;
  strict.solid_passes = 3;
  strict.mastered_passes = 4;
  CHECK(make_progress_report(report_course(), three_learners(), strict).modules[0].average_mastery ==
        doctest::Approx(4.0 / 3));
}

TEST_CASE("most-missed questions: total misses, then learners, then course order; unknown ids skipped") {
  const ProgressReport r = make_progress_report(report_course(), three_learners());
  // com-q1, pa-q1 and com-q2 all have 3 misses; com-q1 and pa-q1 from two
  // learners each (course order decides), com-q2 from one. gone-q9's 50
  // misses are for a question no longer in the course.
  CHECK(describe(r.most_missed) ==
        "com-q1 3/2 Communication; pa-q1 3/2 Patience; com-q2 3/1 Communication; "
        "com-q3 1/1 Communication; pa-q2 1/1 Patience");
  REQUIRE(r.most_missed.size() == 5);
  CHECK(r.most_missed[1].module_id == "patience");
  CHECK(r.most_missed[1].prompt == "Breathe how long?");
  CHECK(describe(make_progress_report(report_course(), three_learners(), {}, 2).most_missed) ==
        "com-q1 3/2 Communication; pa-q1 3/2 Patience");
  CHECK(make_progress_report(report_course(), three_learners(), {}, 0).most_missed.empty());
}

TEST_CASE("a report with no learners has its modules at 0 and nothing missed") {
  const ProgressReport r = make_progress_report(report_course(), {});
  CHECK(r.learners == 0);
  REQUIRE(r.modules.size() == 3);
  for (const ModuleReport& m : r.modules) {
    CHECK(m.average_mastery == 0.0);
    CHECK(m.learners_tried == 0);
  }
  CHECK(r.most_missed.empty());
  CHECK(make_progress_report(Course{}, three_learners()).modules.empty());
  CHECK(make_progress_report(Course{}, three_learners()).most_missed.empty());
}

TEST_CASE("the CSV has a row per learner and module, in the order given and in course order") {
  std::vector<LearnerRecord> learners = three_learners();
  learners[0].progress.streak = Streak{2, 2, kToday - 1, 0};
  learners[0].progress.xp_log = {{kToday - 3, 20}, {kToday, 40}};  // the log is newer than the streak
  learners[2].progress.streak = Streak{1, 4, kToday - 400, 0};
  CHECK(progress_csv(report_course(), learners) ==
        std::string(kHeader) +
            "Ann,ann-0001,communication,Communication,4,95,3,2026-11-23\r\n"
            "Ann,ann-0001,patience,Patience,1,40,1,2026-11-23\r\n"
            "Ann,ann-0001,intro,Welcome,0,,0,2026-11-23\r\n"
            "Bob,bob-0002,communication,Communication,0,,0,\r\n"
            "Bob,bob-0002,patience,Patience,0,,0,\r\n"
            "Bob,bob-0002,intro,Welcome,0,,0,\r\n"
            "Cy,cy-0003,communication,Communication,2,85,1,2025-10-19\r\n"
            "Cy,cy-0003,patience,Patience,0,,0,2025-10-19\r\n"
            "Cy,cy-0003,intro,Welcome,0,,0,2025-10-19\r\n");
}

TEST_CASE("an empty learner list gives the header row alone") {
  CHECK(progress_csv(report_course(), {}) == kHeader);
  CHECK(progress_csv(Course{}, three_learners()) == kHeader);
}

TEST_CASE("CSV fields with commas, quotes, CR or LF are quoted with quotes doubled") {
  const Course c = one_module("talk", "Talk, \"clearly\"");
  const std::vector<LearnerRecord> learners = {
      named("zoe-ab12", "Zoë \"Z\" O'Brien, Jr."),
      named("li-9z9z", "Li\r\nWei"),
      named("mo-1234", "Mo\nLine"),
      named("plain", "Plain 'name' with apostrophes; semicolons"),
  };
  CHECK(progress_csv(c, learners) ==
        std::string(kHeader) +
            "\"Zoë \"\"Z\"\" O'Brien, Jr.\",zoe-ab12,talk,\"Talk, \"\"clearly\"\"\",0,,0,\r\n"
            "\"Li\r\nWei\",li-9z9z,talk,\"Talk, \"\"clearly\"\"\",0,,0,\r\n"
            "\"Mo\nLine\",mo-1234,talk,\"Talk, \"\"clearly\"\"\",0,,0,\r\n"
            "Plain 'name' with apostrophes; semicolons,plain,talk,\"Talk, \"\"clearly\"\"\",0,,0,\r\n");
}

TEST_CASE("text cells a spreadsheet would run as a formula start with an apostrophe") {
  const Course c = one_module("@mod", "-Minus title");
  const std::vector<LearnerRecord> learners = {
      named("=cmd-0000", "=HYPERLINK(\"http://x\",\"y\")"),
      named("p1", "+1 555 0100"),
      named("m1", "-Dash"),
      named("a1", "@SUM(A1)"),
      named("t1", "\tTabbed"),
      named("r1", "\rReturned"),
      named("ok", "Ann=Bob+1"),  // only the first character matters
  };
  CHECK(progress_csv(c, learners) ==
        std::string(kHeader) +
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'=cmd-0000,'@mod,'-Minus title,0,,0,\r\n"
            "'+1 555 0100,p1,'@mod,'-Minus title,0,,0,\r\n"
            "'-Dash,m1,'@mod,'-Minus title,0,,0,\r\n"
            "'@SUM(A1),a1,'@mod,'-Minus title,0,,0,\r\n"
            "'\tTabbed,t1,'@mod,'-Minus title,0,,0,\r\n"
            "\"'\rReturned\",r1,'@mod,'-Minus title,0,,0,\r\n"
            "Ann=Bob+1,ok,'@mod,'-Minus title,0,,0,\r\n");
}

TEST_CASE("last active is the later of the streak's day and the XP log's, as an ISO date") {
  LearnerProgress p;
  CHECK_FALSE(last_active_day(p).has_value());
  p.streak.last_active_day = kToday;  // ignored while the streak was never started
  CHECK_FALSE(last_active_day(p).has_value());
  p.streak.current = 1;
  CHECK(last_active_day(p) == kToday);
  p.xp_log = {{kToday + 2, 10}};
  CHECK(last_active_day(p) == kToday + 2);
  p.streak.current = 0;
  p.xp_log = {{kToday - 9, 10}, {kToday - 8, 10}};
  CHECK(last_active_day(p) == kToday - 8);

  const Course c = one_module("m", "M");
  auto date_of = [&](int day) {
    LearnerRecord r = named("x", "X");
    r.progress.streak = Streak{1, 1, day, 0};
    const std::string csv = progress_csv(c, {r});
    const std::string row = csv.substr(std::string(kHeader).size());
    return row.substr(row.rfind(',') + 1);
  };
  CHECK(date_of(0) == "1970-01-01\r\n");
  CHECK(date_of(-1) == "1969-12-31\r\n");
  CHECK(date_of(11016) == "2000-02-29\r\n");
  CHECK(date_of(kToday) == "2026-11-23\r\n");
  CHECK(date_of(2932896) == "9999-12-31\r\n");
  CHECK(date_of(-719528) == "0000-01-01\r\n");
  // Days a damaged or hand-edited save might hold are left empty.
  CHECK(date_of(2932897) == "\r\n");
  CHECK(date_of(-719529) == "\r\n");
  CHECK(date_of(INT_MAX) == "\r\n");
  CHECK(date_of(INT_MIN) == "\r\n");
}
