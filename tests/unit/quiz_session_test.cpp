#include "core/quiz/quiz_session.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "core/quiz/quiz_draw.h"
#include "core/quiz/quiz_scoring.h"
#include "core/quiz/seeded_random.h"

using namespace warmline;

namespace {

// Options "a".."d" with "b" the right one; the text finds it after a shuffle.
Question single(const std::string& id, QuestionType type = QuestionType::Single) {
  Question q;
  q.id = id;
  q.type = type;
  q.explain = "because " + id;
  for (const char* t : {"a", "b", "c", "d"}) {
    Option o;
    o.text = t;
    o.correct = o.text == "b";
    o.feedback = "fb " + o.text;
    q.options.push_back(o);
  }
  return q;
}

Quiz bank(int n, int seconds = 30, int pass_mark = 80) {
  Quiz quiz;
  quiz.id = "quiz";
  quiz.seconds_per_question = seconds;
  quiz.pass_mark = pass_mark;
  for (int i = 0; i < n; ++i) quiz.questions.push_back(single("q" + std::to_string(i)));
  return quiz;
}

std::size_t displayed(const QuizSession& s, const std::string& text) {
  for (std::size_t d = 0; d < s.option_count(); ++d)
    if (s.option(d)->text == text) return d;
  FAIL("no option " << text);
  return 0;
}

Answer right(const QuizSession& s) { return Answer::pick(displayed(s, "b")); }
Answer wrong(const QuizSession& s) { return Answer::pick(displayed(s, "c")); }

bool identity(const std::vector<std::size_t>& order) {
  for (std::size_t i = 0; i < order.size(); ++i)
    if (order[i] != i) return false;
  return true;
}

}  // namespace

TEST_CASE("speed points: 1000 at once, 750 at half time, 500 at the buzzer, rounded") {
  CHECK(speed_points(0.0, 30.0) == 1000);
  CHECK(speed_points(15.0, 30.0) == 750);
  CHECK(speed_points(30.0, 30.0) == 500);
  CHECK(speed_points(1.0, 30.0) == 983);   // 983.33 rounds down
  CHECK(speed_points(2.0, 30.0) == 967);   // 966.67 rounds up
  CHECK(speed_points(0.5, 20.0) == 988);   // 987.5: halves round up
  CHECK(speed_points(45.0, 30.0) == 500);  // clamped to the limit
  CHECK(speed_points(-3.0, 30.0) == 1000);
}

TEST_CASE("the streak bonus grows by 100 per right answer before this one, up to 500") {
  CHECK(streak_bonus(0) == 0);
  CHECK(streak_bonus(1) == 100);
  CHECK(streak_bonus(2) == 200);
  CHECK(streak_bonus(4) == 400);
  CHECK(streak_bonus(5) == 500);
  CHECK(streak_bonus(6) == 500);
  CHECK(streak_bonus(1000) == 500);
}

TEST_CASE("splitmix64 gives the reference sequence, so native and wasm draw alike") {
  SeededRandom r(0);
  CHECK(r.next() == 0xE220A8397B1DCDAFull);
  CHECK(r.next() == 0x6E789E6AA1B965F4ull);
  CHECK(r.next() == 0x06C45D188009454Full);
  SeededRandom b(7);
  for (int i = 0; i < 1000; ++i) REQUIRE(b.below(3) < 3);
  CHECK(b.below(0) == 0);
}

TEST_CASE("a session scores speed plus streak, capped, and a wrong answer resets the streak") {
  const Quiz quiz = bank(10);
  QuizSession s(quiz, 42);
  REQUIRE(s.count() == 10);
  REQUIRE(s.start(100.0));
  const int expected[] = {1000, 1100, 1200, 1300, 1400, 1500, 1500, 0, 750, 1100};
  int total = 0;
  for (int i = 0; i < 10; ++i) {
    const double now = 100.0 + 100.0 * i;
    if (i > 0) REQUIRE(s.next(now));
    REQUIRE(s.state() == QuizState::Asking);
    if (i == 7) {
      REQUIRE(s.answer(wrong(s), now + 3.0));
    } else {
      REQUIRE(s.answer(right(s), now + (i == 8 ? 15.0 : 0.0)));
    }
    REQUIRE(s.outcome() != nullptr);
    CHECK(s.outcome()->points == expected[i]);
    total += expected[i];
  }
  CHECK(s.outcomes()[6].speed_points == 1000);
  CHECK(s.outcomes()[6].streak_bonus == 500);
  CHECK(s.outcomes()[9].streak_bonus == 100);
  CHECK(s.points() == total);
  CHECK(s.correct() == 9);
  REQUIRE(s.next(1100.0));
  CHECK(s.state() == QuizState::Finished);
  const QuizResult r = s.result();
  CHECK(r.points == 10850);
  CHECK(r.correct == 9);
  CHECK(r.answers.size() == 10);
  CHECK(r.answers[8].seconds == 15.0);
  CHECK(r.answers[8].limit_seconds == 30.0);
  CHECK(r.answers[7].correct == false);
  CHECK(r.quiz_id == "quiz");
  CHECK(r.passed);
}

TEST_CASE("tick turns an expired question into a wrong answer worth nothing") {
  const Quiz quiz = bank(3, 20);
  QuizSession s(quiz, 1);
  s.start(0.0);
  REQUIRE(s.answer(right(s), 0.0));
  s.next(50.0);
  CHECK_FALSE(s.tick(69.9));
  CHECK(s.state() == QuizState::Asking);
  CHECK(s.tick(70.0));
  REQUIRE(s.state() == QuizState::Answered);
  CHECK(s.outcome()->timed_out);
  CHECK_FALSE(s.outcome()->correct);
  CHECK(s.outcome()->points == 0);
  CHECK(s.outcome()->seconds == 20.0);
  CHECK(s.streak() == 0);
  CHECK_FALSE(s.tick(200.0));  // already answered
  s.next(100.0);
  REQUIRE(s.answer(right(s), 100.0));
  CHECK(s.outcome()->points == 1000);  // the timeout broke the streak: no bonus
  const QuizResult r = s.result();
  CHECK(r.answers[1].timed_out);
  CHECK(r.answers[1].seconds == 20.0);
}

TEST_CASE("an answer arriving after the limit is refused and the question times out") {
  const Quiz quiz = bank(2, 10);
  QuizSession s(quiz, 3);
  s.start(0.0);
  CHECK_FALSE(s.answer(right(s), 10.5));
  REQUIRE(s.state() == QuizState::Answered);
  CHECK(s.outcome()->timed_out);
  CHECK(s.points() == 0);
  s.next(20.0);
  CHECK(s.answer(right(s), 30.0));  // exactly at the limit still counts: 500
  CHECK(s.outcome()->points == 500);
}

TEST_CASE("paused time does not count against the learner") {
  const Quiz quiz = bank(2, 30);
  QuizSession s(quiz, 5);
  s.start(100.0);
  CHECK(s.pause(105.0));
  CHECK_FALSE(s.pause(110.0));  // a second pause changes nothing
  CHECK(s.remaining(120.0) == 25.0);
  CHECK(s.next_deadline(120.0) == QuizSession::kNoDeadline);
  CHECK_FALSE(s.tick(200.0));  // frozen: 5 s used
  CHECK(s.resume(125.0));
  CHECK_FALSE(s.resume(126.0));
  CHECK(s.elapsed(130.0) == 10.0);
  CHECK(s.fraction_left(130.0) == doctest::Approx(2.0 / 3.0));
  REQUIRE(s.answer(right(s), 130.0));
  CHECK(s.outcome()->seconds == 10.0);
  CHECK(s.outcome()->points == 833);  // 1000 - 500 * 10/30
  CHECK(s.remaining(500.0) == 20.0);  // the bar stays where the answer stopped it

  // Paused before the next question appears: its clock waits for the resume.
  s.pause(140.0);
  s.next(150.0);
  CHECK(s.elapsed(170.0) == 0.0);
  s.resume(170.0);
  CHECK(s.elapsed(175.0) == 5.0);
  CHECK_FALSE(s.tick(199.0));
  CHECK(s.tick(200.0));
}

TEST_CASE("next_deadline is the next whole second of the countdown, then the limit") {
  const Quiz quiz = bank(1, 30);
  QuizSession s(quiz, 9);
  CHECK(s.next_deadline(0.0) == QuizSession::kNoDeadline);
  s.start(10.0);
  CHECK(s.next_deadline(10.0) == 11.0);
  CHECK(s.next_deadline(10.25) == 11.0);
  CHECK(s.next_deadline(11.0) == 12.0);
  CHECK(s.next_deadline(39.5) == 40.0);
  CHECK(s.next_deadline(41.0) == 41.0);  // overdue: tick now
  CHECK(s.fraction_left(25.0) == 0.5);
  s.tick(41.0);
  CHECK(s.next_deadline(42.0) == QuizSession::kNoDeadline);
}

TEST_CASE("the same seed draws the same attempt; another seed draws another") {
  const Quiz quiz = bank(20);
  QuizSession a(quiz, 1234);
  QuizSession b(quiz, 1234);
  QuizSession c(quiz, 1235);
  CHECK(a.question_ids() == b.question_ids());
  CHECK(a.question_ids() != c.question_ids());
  a.start(0.0);
  b.start(0.0);
  for (int i = 0; i < 10; ++i) {
    CHECK(a.option_order() == b.option_order());
    a.tick(100.0 * (i + 1));
    b.tick(100.0 * (i + 1));
    a.next(100.0 * (i + 1));
    b.next(100.0 * (i + 1));
  }
  CHECK(a.state() == QuizState::Finished);
  // Pinned so a change to the generator or the draw shows up here, and the
  // wasm run proves the browser draws the same questions.
  const Quiz six = bank(6);
  CHECK(QuizSession(six, 0, {}, 3).question_ids() == std::vector<std::string>{"q5", "q2", "q4"});
}

TEST_CASE("default count is 10, or the whole bank when smaller") {
  const Quiz big = bank(25);
  const Quiz small = bank(4);
  CHECK(QuizSession(big, 1).count() == 10);
  CHECK(QuizSession(small, 1).count() == 4);
  CHECK(QuizSession(big, 1, {}, 7).count() == 7);
  const QuizSession s(big, 1);
  const auto ids = s.question_ids();
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 10);  // no question twice
}

TEST_CASE("a bank twice the draw never repeats the previous attempt; a small one prefers unseen") {
  const Quiz big = bank(20);
  for (std::uint64_t seed = 0; seed < 50; ++seed) {
    const auto before = QuizSession(big, seed).question_ids();
    const auto after = QuizSession(big, seed + 1000, before).question_ids();
    REQUIRE(after.size() == 10);
    for (const std::string& id : after) CHECK(std::find(before.begin(), before.end(), id) == before.end());
  }
  const Quiz small = bank(13);
  const auto before = QuizSession(small, 8).question_ids();
  const auto after = QuizSession(small, 9, before).question_ids();
  REQUIRE(after.size() == 10);
  int unseen = 0;
  for (const std::string& id : after)
    if (std::find(before.begin(), before.end(), id) == before.end()) ++unseen;
  CHECK(unseen == 3);  // all three left out last time, then seven repeats
}

TEST_CASE("choice questions: shuffled options, correctness follows the option, not the slot") {
  for (QuestionType type : {QuestionType::Single, QuestionType::Scenario, QuestionType::Gap}) {
    Quiz quiz = bank(0);
    quiz.questions.push_back(single("x", type));
    int moved = 0;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
      for (const char* pick : {"a", "b", "c", "d"}) {
        QuizSession s(quiz, seed);
        s.start(0.0);
        if (!identity(s.option_order())) ++moved;
        const std::size_t d = displayed(s, pick);
        CHECK(s.option_order()[d] == static_cast<std::size_t>(pick[0] - 'a'));
        REQUIRE(s.answer(Answer::pick(d), 1.0));
        const QuestionOutcome& o = *s.outcome();
        CHECK(o.correct == (std::string(pick) == "b"));
        REQUIRE(o.feedback.size() == 1);
        CHECK(o.feedback[0] == std::string("fb ") + pick);
        CHECK(o.explain == "because x");
        REQUIRE(o.correct_options.size() == 4);
        for (std::size_t k = 0; k < 4; ++k) CHECK(o.correct_options[k] == (s.option(k)->text == "b"));
      }
    }
    CHECK(moved > 40);  // out of 80 attempts most are shuffled
  }
}

TEST_CASE("multi-select is right only for exactly the right set") {
  Quiz quiz = bank(0);
  Question q = single("m", QuestionType::Multi);
  q.options[3].correct = true;  // right: b and d
  quiz.questions.push_back(q);
  const std::vector<std::pair<std::vector<std::string>, bool>> cases = {
      {{"b", "d"}, true}, {{"d", "b"}, true}, {{"b"}, false}, {{"b", "c", "d"}, false}, {{}, false}};
  for (std::uint64_t seed = 0; seed < 10; ++seed) {
    for (const auto& [picks, ok] : cases) {
      QuizSession s(quiz, seed);
      s.start(0.0);
      std::vector<std::size_t> shown;
      for (const std::string& p : picks) shown.push_back(displayed(s, p));
      REQUIRE(s.answer(Answer::picks(shown), 0.0));
      CHECK(s.outcome()->correct == ok);
      CHECK(s.outcome()->feedback.size() == picks.size());
      int flagged = 0;
      for (bool f : s.outcome()->correct_options) flagged += f ? 1 : 0;
      CHECK(flagged == 2);
    }
  }
}

TEST_CASE("true/false compares the learner's truth with the question's") {
  Quiz quiz = bank(0);
  Question q;
  q.id = "tf";
  q.type = QuestionType::TrueFalse;
  q.answer = false;
  quiz.questions.push_back(q);
  QuizSession s(quiz, 0);
  s.start(0.0);
  CHECK_FALSE(s.answer(Answer::pick(0), 0.0));  // wrong kind
  REQUIRE(s.answer(Answer::true_false(false), 0.0));
  CHECK(s.outcome()->correct);
  QuizSession t(quiz, 0);
  t.start(0.0);
  REQUIRE(t.answer(Answer::true_false(true), 0.0));
  CHECK_FALSE(t.outcome()->correct);
  CHECK(t.outcome()->correct_options.empty());
}

TEST_CASE("order questions are never shown solved and need the whole sequence right") {
  for (int steps = 2; steps <= 5; ++steps) {
    Quiz quiz = bank(0);
    Question q;
    q.id = "o";
    q.type = QuestionType::Order;
    for (int i = 0; i < steps; ++i) {
      Option o;
      o.text = std::string(1, static_cast<char>('1' + i));
      q.options.push_back(o);
    }
    quiz.questions.push_back(q);
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
      QuizSession s(quiz, seed);
      s.start(0.0);
      REQUIRE_FALSE(identity(s.option_order()));
      std::vector<std::size_t> seq;
      for (int i = 0; i < steps; ++i) seq.push_back(displayed(s, std::string(1, static_cast<char>('1' + i))));
      std::vector<std::size_t> swapped = seq;
      std::swap(swapped[steps - 2], swapped[steps - 1]);
      QuizSession t(quiz, seed);
      t.start(0.0);
      REQUIRE(s.answer(Answer::sequence(seq), 0.0));
      CHECK(s.outcome()->correct);
      CHECK(s.outcome()->correct_sequence == seq);
      REQUIRE(t.answer(Answer::sequence(swapped), 0.0));
      CHECK_FALSE(t.outcome()->correct);
    }
  }
}

TEST_CASE("pass needs the pass mark exactly: 4 of 5 passes at 80%, not at 81%") {
  struct Case {
    int mark;
    int right_answers;
    bool pass;
  };
  for (const auto& [mark, right_answers, pass] :
       std::vector<Case>{{80, 4, true}, {80, 3, false}, {81, 4, false}, {80, 5, true}}) {
    const Quiz quiz = bank(5, 30, mark);
    QuizSession s(quiz, 11);
    s.start(0.0);
    for (int i = 0; i < 5; ++i) {
      if (i > 0) s.next(0.0);
      REQUIRE(s.answer(i < right_answers ? right(s) : wrong(s), 0.0));
    }
    s.next(0.0);
    REQUIRE(s.state() == QuizState::Finished);
    const QuizResult r = s.result();
    CHECK(r.correct == right_answers);
    CHECK(r.pass_mark == mark);
    CHECK(r.passed == pass);
  }
}

TEST_CASE("invalid calls and answers are refused and change nothing") {
  Quiz quiz = bank(2);
  quiz.questions[1].type = QuestionType::Multi;
  QuizSession s(quiz, 77, {}, 2);
  CHECK_FALSE(s.answer(Answer::pick(0), 0.0));  // not started
  CHECK_FALSE(s.next(0.0));
  CHECK(s.question() == nullptr);
  CHECK(s.option(0) == nullptr);
  CHECK(s.start(0.0));
  CHECK_FALSE(s.start(1.0));
  CHECK_FALSE(s.next(1.0));  // not answered yet
  const bool multi_first = s.question()->type == QuestionType::Multi;
  const Answer kind_wrong = multi_first ? Answer::pick(0) : Answer::picks({0});
  CHECK_FALSE(s.answer(kind_wrong, 1.0));
  CHECK_FALSE(s.answer(Answer::true_false(true), 1.0));
  CHECK_FALSE(s.answer(Answer::sequence({0, 1, 2, 3}), 1.0));
  if (multi_first) {
    CHECK_FALSE(s.answer(Answer::picks({0, 4}), 1.0));
    CHECK_FALSE(s.answer(Answer::picks({1, 1}), 1.0));
  } else {
    CHECK_FALSE(s.answer(Answer::pick(4), 1.0));
    CHECK_FALSE(s.answer(Answer::pick(static_cast<std::size_t>(-1)), 1.0));
  }
  CHECK(s.option(4) == nullptr);
  CHECK(s.state() == QuizState::Asking);
  CHECK(s.outcomes().empty());
  CHECK(s.elapsed(2.0) == 2.0);
  REQUIRE(s.answer(multi_first ? Answer::picks({0}) : Answer::pick(0), 2.0));
  CHECK_FALSE(s.answer(multi_first ? Answer::picks({0}) : Answer::pick(0), 2.0));  // twice
  CHECK(s.outcomes().size() == 1);
}

TEST_CASE("order answers must use every displayed step once") {
  Quiz quiz = bank(0);
  Question q;
  q.id = "o";
  q.type = QuestionType::Order;
  q.options.resize(3);
  quiz.questions.push_back(q);
  QuizSession s(quiz, 4);
  s.start(0.0);
  CHECK_FALSE(s.answer(Answer::sequence({0, 1}), 0.0));
  CHECK_FALSE(s.answer(Answer::sequence({0, 1, 1}), 0.0));
  CHECK_FALSE(s.answer(Answer::sequence({0, 1, 3}), 0.0));
  CHECK_FALSE(s.answer(Answer::sequence({0, 1, 2, 0}), 0.0));
  CHECK_FALSE(s.answer(Answer::picks({0, 1, 2}), 0.0));
  CHECK(s.state() == QuizState::Asking);
  CHECK(s.answer(Answer::sequence({2, 0, 1}), 0.0));
}

TEST_CASE("an empty quiz finishes at once and does not pass") {
  const Quiz quiz = bank(0);
  QuizSession s(quiz, 1);
  CHECK(s.count() == 0);
  CHECK(s.start(5.0));
  CHECK(s.state() == QuizState::Finished);
  CHECK(s.remaining(5.0) == 0.0);
  CHECK(s.result().answers.empty());
  CHECK_FALSE(s.result().passed);
}

TEST_CASE("a question's own time limit wins over the quiz's") {
  Quiz quiz = bank(1, 30);
  quiz.questions[0].seconds = 12;
  QuizSession s(quiz, 1);
  s.start(0.0);
  CHECK(s.limit() == 12.0);
  CHECK(s.answer(right(s), 6.0));
  CHECK(s.outcome()->points == 750);
  CHECK(s.result().answers[0].limit_seconds == 12.0);
}
