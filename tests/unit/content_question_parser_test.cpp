#include <doctest/doctest.h>

#include "content_test_util.h"

// Every question type as written in content/README.md, and the located
// messages for the fields and lines a question takes.
namespace {

using namespace warmline;
using warmline::test::kHead;
using warmline::test::parse;

const Question& only_question(const test::Parsed& p) {
  REQUIRE(p.module.quiz.questions.size() == 1);
  return p.module.quiz.questions[0];
}

TEST_CASE("quiz fields and a single question with feedback") {
  const auto p = parse(std::string(kHead) +
                       "time: 25   // seconds\n"                  // 9
                       "pass-mark: 70\n"                          // 10
                       "### Question: A caller is mid-story. What now?\n"  // 11
                       "id: al-q01\n"
                       "type: single\n"
                       "tags: phone, angry\n"
                       "difficulty: easy\n"
                       "time: 40\n"
                       "review: basics-first\n"
                       "- [ ] Cut in with the fix.\n"             // 18
                       "  feedback: They will feel unheard.\n"
                       "- [x] Let them finish.\n"                 // 20
                       "- [ ] Put them on hold.\n"
                       "explain: Letting someone finish saves the call.\n");
  CHECK(p.messages.empty());
  const Quiz& quiz = p.module.quiz;
  CHECK(quiz.title == "Check");
  CHECK(quiz.line == 8);
  CHECK(quiz.seconds_per_question == 25);
  CHECK(quiz.pass_mark == 70);
  const Question& q = only_question(p);
  CHECK(q.id == "al-q01");
  CHECK(q.type == QuestionType::Single);
  CHECK(q.prompt == "A caller is mid-story. What now?");
  CHECK(q.tags == std::vector<std::string>{"phone", "angry"});
  CHECK(q.difficulty == Difficulty::Easy);
  CHECK(q.seconds == 40);
  CHECK(q.review == "basics-first");
  CHECK(q.explain == "Letting someone finish saves the call.");
  CHECK(q.line == 11);
  REQUIRE(q.options.size() == 3);
  CHECK(q.options[0] == Option{"Cut in with the fix.", false, "They will feel unheard.", 18});
  CHECK(q.options[1] == Option{"Let them finish.", true, "", 20});
  CHECK(q.options[2].feedback.empty());
}

TEST_CASE("quiz defaults come from the pack when the quiz sets none") {
  Diagnostics ds;
  QuizDefaults d;
  d.seconds_per_question = 45;
  d.pass_mark = 60;
  const Module m = parse_module_text("m.md", std::string(kHead), ds, d);
  CHECK(m.quiz.seconds_per_question == 45);
  CHECK(m.quiz.pass_mark == 60);
}

TEST_CASE("multi, truefalse, order, scenario and gap questions") {
  const auto p = parse(std::string(kHead) +
                       "### Question: Which show you listen?\n"   // 9
                       "id: q-multi\n"
                       "type: multi\n"
                       "- [x] Nodding\n"
                       "- [X] Eye contact\n"
                       "- [ ] Typing\n"
                       "explain: Both show attention.\n"
                       "### Question: Staring is good.\n"         // 16
                       "id: q-tf\n"
                       "type: truefalse\n"
                       "answer: false\n"
                       "explain: Balance matters.\n"
                       "### Question: Put these in order.\n"      // 21
                       "id: q-order\n"
                       "type: order\n"
                       "1. Greet\n"
                       "2. Answer\n"
                       "3. Sign off\n"
                       "explain: Greeting first.\n"
                       "### Question: What do you reply?\n"       // 28
                       "id: q-scenario\n"
                       "type: scenario\n"
                       "customer: hello?? anyone there??\n"
                       "- [x] Hi, sorry for the wait.\n"
                       "- [ ] Please be patient.\n"
                       "explain: Own the wait.\n"
                       "### Question: Saved replies should be ___ first.\n"  // 35
                       "id: q-gap\n"
                       "type: gap\n"
                       "- [x] personalised\n"
                       "- [ ] shortened\n"
                       "explain: Keep it human.\n");
  CHECK(p.messages.empty());
  const auto& qs = p.module.quiz.questions;
  REQUIRE(qs.size() == 5);
  CHECK(qs[0].type == QuestionType::Multi);
  REQUIRE(qs[0].options.size() == 3);
  CHECK(qs[0].options[1].correct);
  CHECK(qs[1].type == QuestionType::TrueFalse);
  CHECK(qs[1].answer == false);
  CHECK(qs[1].options.empty());
  CHECK(qs[2].type == QuestionType::Order);
  REQUIRE(qs[2].options.size() == 3);
  CHECK(qs[2].options[0] == Option{"Greet", false, "", 24});
  CHECK(qs[2].options[2].text == "Sign off");
  CHECK(qs[3].type == QuestionType::Scenario);
  CHECK(qs[3].customer == "hello?? anyone there??");
  CHECK(qs[4].type == QuestionType::Gap);
  CHECK(qs[4].prompt == "Saved replies should be ___ first.");
  CHECK(qs[4].line == 35);
}

TEST_CASE("question field values are checked where they are written") {
  const auto p = parse(std::string(kHead) +
                       "### Question: Q?\n"            // 9
                       "id: q1\n"                      // 10
                       "type: singel\n"                // 11: col 7
                       "difficulty: extreme\n"         // 12: col 13
                       "time: 2\n"                     // 13: col 7
                       "answer: true\n"                // 14
                       "tags: a,, b\n"                 // 15
                       "- [x] Yes\n"                   // 16
                       "feedback: misplaced\n"         // 17
                       "- [y] Maybe\n"                 // 18
                       "1. a step\n"                   // 19
                       "  feedback: orphan\n"          // 20
                       "explain: Because.\n");
  CHECK(p.messages == std::vector<std::string>{
                          "m.md:17:1: indent a 'feedback:' line by two spaces, directly under the option it belongs to",
                          "m.md:18:1: an option is written '- [x] text' (correct) or '- [ ] text'",
                          "m.md:20:3: a 'feedback:' line goes directly under the option it belongs to, indented",
                          "m.md:11:7: unknown question type 'singel' (did you mean 'single'?)",
                          "m.md:13:7: 'time' is 2; it must be 5–600 seconds",
                          "m.md:12:13: unknown difficulty 'extreme'; use easy, medium or hard",
                          "m.md:15:7: empty tag in 'tags'; separate tags with single commas",
                          "m.md:14:1: 'answer' is only for truefalse questions; mark the right option with '- [x]' "
                          "instead",
                          "m.md:19:1: numbered steps are only for 'type: order' questions; write options as '- [x] "
                          "text' or '- [ ] text'",
                      });
  const Question& q = only_question(p);
  CHECK(q.seconds == 0);
  CHECK(q.tags == std::vector<std::string>{"a", "b"});
  CHECK(q.options.size() == 1);
}

TEST_CASE("truefalse needs an answer; order steps are numbered in order") {
  const auto p = parse(std::string(kHead) +
                       "### Question: True?\n"         // 9
                       "id: q1\n"
                       "type: truefalse\n"
                       "explain: x\n"
                       "### Question: Order?\n"        // 13
                       "id: q2\n"
                       "type: order\n"
                       "1. a\n"
                       "3. b\n"                        // 17
                       "- [ ] c\n"                     // 18
                       "explain: x\n"
                       "### Question: Answer?\n"       // 20
                       "id: q3\n"
                       "type: truefalse\n"
                       "answer: maybe\n"               // 23, col 9
                       "explain: x\n");
  CHECK(p.messages == std::vector<std::string>{
                          "m.md:9:1: truefalse question has no 'answer' field; add 'answer: true' or 'answer: false'",
                          "m.md:18:1: order questions list their steps as '1. step', '2. step', …, not as '- [ ]' "
                          "options",
                          "m.md:17:1: step numbered 3 should be 2; number the steps 1, 2, 3, … in the right order",
                          "m.md:23:9: 'answer' must be true or false, not 'maybe'",
                      });
  CHECK(p.module.quiz.questions.size() == 3);
}

TEST_CASE("question blocks outside a quiz and lesson blocks inside one are misplaced") {
  const auto p = parse(
      "# Module: A\n"
      "id: a\n"
      "### Question: Too early?\n"   // 3
      "## Quiz\n"                    // 4
      "### Card: Wrong place\n");    // 5
  CHECK(p.messages == std::vector<std::string>{
                          "m.md:3:1: '### Question' must be inside a '## Quiz' section",
                          "m.md:5:1: '### Card' must be inside a '## Lesson:' section",
                      });
}

TEST_CASE("breathing and rephrasing field mistakes") {
  const auto p = parse(
      "# Module: A\n"                              // 1
      "## Breathing: Slow\n"                       // 2
      "id: slow\n"
      "phases: inhale 30, puff 2\n"                // 4: col 9
      "cycles: 0\n"                                // 5: col 9
      "## Rephrase: No.\n"                         // 6
      "id: rp-no\n"
      "context: phon\n"                            // 8: col 10
      "tiles: a || b\n"                            // 9: col 8
      "1. step\n");                                // 10
  CHECK(p.messages == std::vector<std::string>{
                          "m.md:4:9: phase 'inhale 30' lasts 30 s; each phase is 1–20 seconds",
                          "m.md:4:9: phase 'puff 2' should be inhale, hold or exhale and whole seconds, like 'inhale 4'",
                          "m.md:5:9: 'cycles' is 0; it must be 1–20",
                          "m.md:8:10: unknown context 'phon' (did you mean 'phone'?)",
                          "m.md:9:8: empty tile in 'tiles'; separate tiles with single '|'",
                          "m.md:10:1: rephrasing items take options '- [x] text' / '- [ ] text', not numbered steps",
                      });
  REQUIRE(p.module.breathing.size() == 1);
  CHECK(p.module.breathing[0].phases.empty());
  CHECK(p.module.breathing[0].cycles == 1);
  REQUIRE(p.module.rephrase.size() == 1);
  CHECK(p.module.rephrase[0].tiles == std::vector<std::string>{"a", "b"});
}

}  // namespace
