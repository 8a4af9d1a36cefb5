#include <doctest/doctest.h>

#include "core/lms/question_interaction.h"

using namespace warmline;

namespace {

Question choice_question(QuestionType type) {
  Question q;
  q.id = "q1";
  q.type = type;
  q.prompt = "Which line keeps the customer with you?";
  q.options = {{"Calm down.", false, "", 0}, {"I can see why that is frustrating.", true, "", 0},
               {"Let me check that for you now.", true, "", 0}};
  return q;
}

}  // namespace

TEST_CASE("question_interaction: choices are named by their place in the pack, not the shuffled one on screen") {
  const Question q = choice_question(QuestionType::Single);
  QuestionOutcome o;
  o.correct = false;
  o.seconds = 4.5;
  o.answer = Answer::pick(0);              // the first option on screen ...
  const std::vector<std::size_t> order{2, 0, 1};  // ... is the pack's third
  const lms::QuestionAnswer a = lms::question_interaction(q, order, o);
  CHECK(a.question_id == "q1");
  CHECK(a.type == lms::InteractionType::Choice);
  REQUIRE(a.choices.size() == 3);
  CHECK(a.choices[1].id == "choice-1");
  CHECK(a.choices[1].description == "I can see why that is frustrating.");
  CHECK(a.response == "choice-2");
  CHECK(a.correct_responses == std::vector<std::string>{"choice-1[,]choice-2"});
  CHECK(!a.success);
  CHECK(a.duration_seconds == doctest::Approx(4.5));
}

TEST_CASE("question_interaction: multi-select, true/false, order and a timeout") {
  const std::vector<std::size_t> order{1, 2, 0};
  SUBCASE("multi") {
    QuestionOutcome o;
    o.correct = true;
    o.answer = Answer::picks({0, 1});  // pack options 1 and 2
    const lms::QuestionAnswer a = lms::question_interaction(choice_question(QuestionType::Multi), order, o);
    CHECK(a.response == "choice-1[,]choice-2");
    CHECK(a.success);
  }
  SUBCASE("true/false") {
    Question q;
    q.id = "tf";
    q.type = QuestionType::TrueFalse;
    q.answer = false;
    QuestionOutcome o;
    o.answer = Answer::true_false(true);
    const lms::QuestionAnswer a = lms::question_interaction(q, {}, o);
    CHECK(a.type == lms::InteractionType::TrueFalse);
    CHECK(a.response == "true");
    CHECK(a.correct_responses == std::vector<std::string>{"false"});
    CHECK(a.choices.empty());
  }
  SUBCASE("order") {
    Question q = choice_question(QuestionType::Order);
    QuestionOutcome o;
    o.answer = Answer::sequence({2, 0, 1});  // on screen: pack steps 0, 1, 2
    const lms::QuestionAnswer a = lms::question_interaction(q, order, o);
    CHECK(a.type == lms::InteractionType::Sequencing);
    CHECK(a.response == "step-0[,]step-1[,]step-2");
    CHECK(a.correct_responses == std::vector<std::string>{"step-0[,]step-1[,]step-2"});
  }
  SUBCASE("timed out: no response") {
    QuestionOutcome o;
    o.timed_out = true;
    o.seconds = 20;
    const lms::QuestionAnswer a = lms::question_interaction(choice_question(QuestionType::Single), order, o);
    CHECK(a.response.empty());
    CHECK(!a.success);
    CHECK(a.duration_seconds == doctest::Approx(20));
  }
}
