#include "core/quiz/review_queue.h"

#include <doctest/doctest.h>

#include <string>

using namespace warmline;

namespace {

// limit 30 s: slow is over 22.5 s.
AnswerOutcome outcome(const std::string& id, bool correct, double seconds = 5.0, bool timed_out = false) {
  AnswerOutcome a;
  a.question_id = id;
  a.correct = correct;
  a.timed_out = timed_out;
  a.seconds = seconds;
  a.limit_seconds = 30.0;
  a.points = correct ? 900 : 0;
  return a;
}

QuizResult result_of(std::vector<AnswerOutcome> answers) {
  QuizResult r;
  r.answers = std::move(answers);
  return r;
}

void check_item(const ReviewQueue& q, const std::string& id, int box, int due_day) {
  const ReviewItem* i = q.find(id);
  REQUIRE_MESSAGE(i != nullptr, id);
  CHECK(i->box == box);
  CHECK(i->due_day == due_day);
}

Question question(const std::string& id, int seconds = 0) {
  Question q;
  q.id = id;
  q.seconds = seconds;
  return q;
}

Course two_modules() {
  Course c;
  c.info.pass_mark = 70;
  c.info.quiz_seconds = 30;
  Module a;
  a.id = "m1";
  a.quiz.seconds_per_question = 20;
  a.quiz.questions = {question("a1"), question("a2", 45)};
  Module b;
  b.id = "m2";
  b.quiz.seconds_per_question = 40;
  b.quiz.questions = {question("b1")};
  c.modules = {a, b};
  return c;
}

}  // namespace

TEST_CASE("a wrong answer goes to box 1, due the next day; a quick right one is not queued") {
  ReviewQueue q;
  q.record(result_of({outcome("x", false), outcome("y", true)}), 100);
  REQUIRE(q.items.size() == 1);
  check_item(q, "x", 1, 101);
  CHECK(q.find("y") == nullptr);
  CHECK(q.due_count(100) == 0);
  CHECK(q.due(100).empty());
  CHECK(q.due_count(101) == 1);
  CHECK(q.due(105) == std::vector<std::string>{"x"});
}

TEST_CASE("right answers when due climb the boxes 1, 3, 7, 16, 35 days apart, then leave") {
  ReviewQueue q;
  q.record(result_of({outcome("x", false)}), 0);
  check_item(q, "x", 1, 1);
  q.record(result_of({outcome("x", true)}), 1);
  check_item(q, "x", 2, 4);
  q.record(result_of({outcome("x", true)}), 4);
  check_item(q, "x", 3, 11);
  q.record(result_of({outcome("x", true)}), 12);  // a day late still counts
  check_item(q, "x", 4, 28);
  q.record(result_of({outcome("x", true)}), 28);
  check_item(q, "x", 5, 63);
  q.record(result_of({outcome("x", true)}), 63);
  CHECK(q.items.empty());
}

TEST_CASE("a right answer before the item is due changes nothing") {
  ReviewQueue q;
  q.record(result_of({outcome("x", false)}), 10);
  q.record(result_of({outcome("x", true)}), 10);  // same day, retaking the quiz
  check_item(q, "x", 1, 11);
}

TEST_CASE("a wrong answer or a timeout sends any box back to box 1") {
  ReviewQueue q;
  q.items.push_back(ReviewItem{"x", 4, 50});
  q.items.push_back(ReviewItem{"y", 3, 50});
  q.record(result_of({outcome("x", false), outcome("y", false, 30.0, true)}), 20);
  check_item(q, "x", 1, 21);
  check_item(q, "y", 1, 21);
}

TEST_CASE("slow means over 75% of the limit: queued if new, kept in its box if due") {
  ReviewQueue q;
  q.record(result_of({outcome("edge", true, 22.5), outcome("slow", true, 22.6)}), 5);
  CHECK(q.find("edge") == nullptr);
  check_item(q, "slow", 1, 6);
  q.items.push_back(ReviewItem{"boxed", 3, 7});
  q.record(result_of({outcome("boxed", true, 25.0)}), 8);
  check_item(q, "boxed", 3, 15);
  q.record(result_of({outcome("slow", true, 29.0)}), 6);
  check_item(q, "slow", 1, 7);
  CHECK(answered_slowly(outcome("t", true, 23.0)));
  CHECK_FALSE(answered_slowly(outcome("t", true, 22.5)));
}

TEST_CASE("due lists the longest overdue first, ties in the order they were queued") {
  ReviewQueue q;
  q.items = {ReviewItem{"late", 2, 9}, ReviewItem{"p", 1, 7}, ReviewItem{"future", 1, 12},
             ReviewItem{"q", 3, 7}, ReviewItem{"today", 1, 10}};
  CHECK(q.due(10) == std::vector<std::string>{"p", "q", "late", "today"});
  CHECK(q.due_count(10) == 4);
  CHECK(q.due_count(6) == 0);
  CHECK(q.due_count(12) == 5);
}

TEST_CASE("prune drops questions a new pack version no longer has") {
  ReviewQueue q;
  q.items = {ReviewItem{"a1", 1, 3}, ReviewItem{"gone", 2, 4}, ReviewItem{"b1", 3, 5}};
  q.prune(two_modules());
  REQUIRE(q.items.size() == 2);
  CHECK(q.items[0].question_id == "a1");
  CHECK(q.items[1].question_id == "b1");
  CHECK(q.items[1].box == 3);
}

TEST_CASE("a review quiz gathers due questions across modules with their own time limits") {
  const Course c = two_modules();
  const Quiz r = review_quiz(c, {"b1", "gone", "a2", "a1", "b1"});
  REQUIRE(r.questions.size() == 3);
  CHECK(r.questions[0].id == "b1");
  CHECK(r.questions[1].id == "a2");
  CHECK(r.questions[2].id == "a1");
  CHECK(question_seconds(r.questions[0], r) == 40);
  CHECK(question_seconds(r.questions[1], r) == 45);
  CHECK(question_seconds(r.questions[2], r) == 20);
  CHECK(r.pass_mark == 70);
  CHECK(r.id == "review");
  CHECK(review_quiz(c, {}).questions.empty());
}
