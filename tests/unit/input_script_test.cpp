#include "core/input_script.h"

#include <doctest/doctest.h>

using warmline::parse_input_script;
using warmline::ScriptKey;
using Kind = warmline::ScriptStep::Kind;

TEST_CASE("a script parses into steps with their line numbers") {
  auto s = parse_input_script(
      "# open help, then come back\n"
      "wait 0.25\n"
      "key tab\n"
      "key shift+tab\n"
      "\n"
      "type Hello, “world”\n"
      "click 640 400\n"
      "focus lost\n"
      "screenshot out/help.png\n"
      "state out/state.json\n"
      "quit\n"
      "advance 56\n"
      "scroll -3\n");
  REQUIRE(s.errors.empty());
  REQUIRE(s.steps.size() == 11);
  CHECK(s.steps[10].kind == Kind::Scroll);
  CHECK(s.steps[10].y == -3);
  CHECK(s.steps[9].kind == Kind::Advance);
  CHECK(s.steps[9].seconds == doctest::Approx(56.0));
  CHECK(s.steps[0].kind == Kind::Wait);
  CHECK(s.steps[0].seconds == doctest::Approx(0.25));
  CHECK(s.steps[0].line == 2);
  CHECK(s.steps[1].key == ScriptKey::Tab);
  CHECK_FALSE(s.steps[1].shift);
  CHECK(s.steps[2].shift);
  CHECK(s.steps[3].text == "Hello, “world”");
  CHECK(s.steps[3].line == 6);
  CHECK(s.steps[4].x == 640);
  CHECK(s.steps[4].y == 400);
  CHECK_FALSE(s.steps[5].focused);
  CHECK(s.steps[6].kind == Kind::Screenshot);
  CHECK(s.steps[6].text == "out/help.png");
  CHECK(s.steps[7].kind == Kind::State);
  CHECK(s.steps[8].kind == Kind::Quit);
}

TEST_CASE("every mistake is reported with its line, and good lines still parse") {
  auto s = parse_input_script(
      "key enter\n"
      "prss tab\n"
      "key hyper\n"
      "wait soon\n"
      "wait -1\n"
      "click 10\n"
      "click -5 4\n"
      "focus maybe\n"
      "type\n"
      "screenshot\n"
      "key escape\r\n");
  CHECK(s.steps.size() == 2);
  REQUIRE(s.errors.size() == 9);
  CHECK(s.errors[0].line == 2);
  CHECK(s.errors[0].message == "unknown command \"prss\"");
  CHECK(s.errors[1].message == "unknown key \"hyper\"");
  CHECK(s.errors[2].line == 4);
  CHECK(s.errors[3].line == 5);
  CHECK(s.errors[8].message == "screenshot needs a file name");
  CHECK(s.steps[1].key == ScriptKey::Escape);
}

TEST_CASE("absurd waits are refused rather than hanging a test for days") {
  CHECK(parse_input_script("wait 90000\n").errors.size() == 1);
  CHECK(parse_input_script("wait 86400\n").errors.empty());
  CHECK(parse_input_script("wait 1.2.3\n").errors.size() == 1);
  CHECK(parse_input_script("wait .\n").errors.size() == 1);
}
