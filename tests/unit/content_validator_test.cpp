#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>

#include "content/course_validator.h"
#include "content/limits.h"
#include "content/manifest_parser.h"
#include "content_test_util.h"

// validate_course on models: the rules of the README tables, the limits,
// and safety on models no parser would produce (they come from untrusted
// compiled packs too).
namespace {

using namespace warmline;
using warmline::test::formatted;

const char* kModule =
    "# Module: Basics\n"                  // 1
    "id: basics\n"                        // 2
    "## Lesson: First\n"                  // 3
    "id: basics-first\n"                  // 4
    "### Card: Listen\n"                  // 5
    "Let them finish.\n"                  // 6
    "## Quiz: Check\n"                    // 7
    "### Question: What first?\n"         // 8
    "id: basics-q1\n"
    "type: single\n"
    "- [x] Listen.\n"                     // 11
    "- [ ] Interrupt.\n"
    "explain: Listening comes first.\n"
    "## Rephrase: Not my job.\n"          // 14
    "id: rp-job\n"
    "context: phone\n"
    "- [x] I'll find the right person.\n"
    "- [ ] Ask someone else.\n"
    "- [ ] Not sure.\n"
    "tiles: I'll | find the | right person.\n"
    "why: It offers a next step.\n"
    "## Breathing: Box\n"                 // 22
    "id: box\n"
    "phases: inhale 4, hold 4\n"
    "cycles: 4\n";

Course good_course() {
  Diagnostics ds;
  Course c;
  c.info = parse_manifest_text("p/pack.txt",
                               "id: p\ntitle: P\nversion: 1.0.0\nlanguage: en\nauthor: A\nmin-engine: 0.1.0\n", ds);
  c.modules.push_back(parse_module_text("p/modules/01.md", kModule, ds));
  REQUIRE(ds.empty());
  return c;
}

std::vector<std::string> check(const Course& c) {
  Diagnostics ds;
  validate_course(c, ds);
  return formatted(ds);
}

Question& question(Course& c) { return c.modules.at(0).quiz.questions.at(0); }

TEST_CASE("a correct course validates clean") { CHECK(check(good_course()).empty()); }

TEST_CASE("duplicate ids across modules name the first use") {
  Course c = good_course();
  c.modules.push_back(c.modules[0]);
  c.modules[1].source_file = "p/modules/02.md";
  c.modules[1].id = "more";
  c.modules[1].quiz.questions[0].id = "more-q1";
  c.modules[1].rephrase.clear();
  c.modules[1].breathing.clear();
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/02.md:3:1: duplicate id 'basics-first': the lesson at p/modules/01.md:3 already "
                        "uses it; ids must be unique in the whole pack"});
}

TEST_CASE("id format") {
  Course c = good_course();
  c.modules[0].lessons[0].id = "First_Lesson";
  question(c).id = "";
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:3:1: lesson id 'First_Lesson' must be lower case letters, digits and '-', at "
                        "most 48 characters",
                        "p/modules/01.md:8:1: this question has no 'id' field"});
}

TEST_CASE("single, scenario and gap: 2–6 options, exactly one correct") {
  Course c = good_course();
  question(c).options[1].correct = true;
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:8:1: single question 'basics-q1' has 2 options marked '- [x]'; exactly one "
                        "must be"});
  question(c).options.resize(1);
  question(c).type = QuestionType::Scenario;
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:8:1: scenario question 'basics-q1' has no 'customer' field (what the customer "
                        "says)",
                        "p/modules/01.md:8:1: scenario question 'basics-q1' has 1 option; give 2–6, exactly one marked "
                        "'- [x]'"});
  c = good_course();
  question(c).type = QuestionType::Gap;
  question(c).options.assign(7, Option{"x", false, "", 11});
  question(c).options[0].correct = true;
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:8:1: gap question 'basics-q1' must hold the blank '___' exactly once in its "
                        "question text",
                        "p/modules/01.md:8:1: gap question 'basics-q1' has 7 options; give 2–6, exactly one marked "
                        "'- [x]'"});
  question(c).prompt = "Fill ___ and ___.";
  question(c).options.resize(2);
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:8:1: gap question 'basics-q1' must hold the blank '___' exactly once in its "
                        "question text"});
}

TEST_CASE("multi, truefalse and order answer keys") {
  Course c = good_course();
  question(c).type = QuestionType::Multi;
  question(c).options[0].correct = false;
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:8:1: multi question 'basics-q1' has no option marked '- [x]'; mark every "
                        "right answer"});
  question(c).type = QuestionType::TrueFalse;
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:8:1: truefalse question 'basics-q1' takes no options; write 'answer: true' or "
                        "'answer: false'"});
  question(c).type = QuestionType::Order;
  question(c).options.assign(9, Option{"step", false, "", 11});
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:8:1: order question 'basics-q1' has 9 options; the limit is 8"});
}

TEST_CASE("explain, time, tags, customer and review") {
  Course c = good_course();
  Question& q = question(c);
  q.explain.clear();
  q.seconds = 601;
  q.tags.assign(limits::kTagsPerQuestion + 1, "t");
  q.customer = "hi";
  q.review = "basics-frist";
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:8:1: single question 'basics-q1' has no 'explain' field; say why the right "
                        "answer is right",
                        "p/modules/01.md:8:1: single question 'basics-q1' has 'time' 601; it must be 5–600 seconds",
                        "p/modules/01.md:8:1: single question 'basics-q1' has 13 tags; the limit is 12",
                        "p/modules/01.md:8:1: 'customer' is only for scenario questions; remove it or set 'type: "
                        "scenario'",
                        "p/modules/01.md:8:1: single question 'basics-q1': 'review' names lesson 'basics-frist', "
                        "which is not in this pack (did you mean 'basics-first'?)"});
  c = good_course();
  question(c).review = "basics-first";
  CHECK(check(c).empty());
}

TEST_CASE("rephrasing items: options, tiles and why") {
  Course c = good_course();
  RephraseItem& r = c.modules[0].rephrase.at(0);
  r.tiles = {"I'll", "find", "the person."};
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:14:1: rephrasing item 'rp-job': the tiles spell 'I'll find the person.' but "
                        "the correct option is 'I'll find the right person.'; joined with single spaces they must "
                        "match it exactly"});
  r.tiles = {"I'll", "find the right person."};
  r.why.clear();
  r.options.resize(2);
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:14:1: rephrasing item 'rp-job' has no 'why' field",
                        "p/modules/01.md:14:1: rephrasing item 'rp-job' has 2 options; give 3–4, exactly one marked "
                        "'- [x]'",
                        "p/modules/01.md:14:1: rephrasing item 'rp-job' has 2 tiles; split the correct option into 3–8 "
                        "pieces with 'tiles: a | b | c'"});
}

namespace {

// A course whose rephrasing item (line 14) has `tiles_line` on line 20 and
// the given lines after it, from line 21 on: parsed, then validated, with
// every message of both steps.
std::vector<std::string> check_accept(const std::vector<std::string>& lines,
                                      const std::string& tiles_line =
                                          "tiles: I'll check | with my manager | and call you back | today.") {
  std::string text =
      "# Module: Basics\n"                                               // 1
      "id: basics\n"                                                     // 2
      "## Lesson: First\n"                                               // 3
      "id: basics-first\n"                                               // 4
      "### Card: Listen\n"                                               // 5
      "Let them finish.\n"                                               // 6
      "## Quiz: Check\n"                                                 // 7
      "### Question: What first?\n"                                      // 8
      "id: basics-q1\n"                                                  // 9
      "type: single\n"                                                   // 10
      "- [x] Listen.\n"                                                  // 11
      "- [ ] Interrupt.\n"                                               // 12
      "explain: Listening comes first.\n"                                // 13
      "## Rephrase: I don't know.\n"                                     // 14
      "id: rp-know\n"                                                    // 15
      "context: phone\n"                                                 // 16
      "- [x] I'll check with my manager and call you back today.\n"      // 17
      "- [ ] No idea.\n"                                                 // 18
      "- [ ] Not sure.\n";                                               // 19
  text += tiles_line + "\n";                                             // 20
  for (const std::string& l : lines) text += l + "\n";                   // 21…
  text += "why: It offers a next step.\n";
  Diagnostics ds;
  Course c;
  c.info = parse_manifest_text("p/pack.txt",
                               "id: p\ntitle: P\nversion: 1.0.0\nlanguage: en\nauthor: A\nmin-engine: 0.1.0\n", ds);
  c.modules.push_back(parse_module_text("p/modules/01.md", text, ds));
  validate_course(c, ds);
  return formatted(ds);
}

}  // namespace

TEST_CASE("rephrasing items: 'accept' lines list the same tiles in another order") {
  CHECK(check_accept({"accept: I'll check | today. | with my manager | and call you back",
                      "accept: with my manager | I'll check | and call you back | today."})
            .empty());
  // A typo in a tile, with the closest tile as a hint, at the accept line's value.
  CHECK(check_accept({"accept: I'll check | today. | with my manger | and call you back"}) ==
        std::vector<std::string>{"p/modules/01.md:21:9: tile 'with my manger' in 'accept' is not one of the item's "
                                 "tiles (did you mean 'with my manager'?)"});
  // Nothing close: the message says what to do instead; the other lines are checked too.
  CHECK(check_accept({"accept: I'll check | today. | with my manager | and call you back",
                      "accept:  today. | I'll check | with my boss and call you back"}) ==
        std::vector<std::string>{"p/modules/01.md:22:10: tile 'with my boss and call you back' in 'accept' is not "
                                 "one of the item's tiles; copy each tile from 'tiles' exactly"});
  CHECK(check_accept({"accept: today. | I'll check | with my manager"}) ==
        std::vector<std::string>{"p/modules/01.md:21:9: 'accept' leaves out tile 'and call you back'; list every "
                                 "tile of 'tiles', in another order"});
  CHECK(check_accept({"accept: today. | today. | I'll check | with my manager | and call you back"}) ==
        std::vector<std::string>{"p/modules/01.md:21:9: tile 'today.' is in 'accept' 2 times but in 'tiles' once; "
                                 "use each tile as often as 'tiles' does"});
  CHECK(check_accept({"accept: I'll check | with my manager | and call you back | today."}) ==
        std::vector<std::string>{"p/modules/01.md:21:9: 'accept' gives the same order as 'tiles'; list a different "
                                 "order, or remove the line"});
  CHECK(check_accept({"accept: I'll check | today. | with my manager | and call you back",
                      "accept: I'll check | today. | with my manager | and call you back"}) ==
        std::vector<std::string>{
            "p/modules/01.md:22:9: 'accept' repeats the order given on line 21; remove one of them"});
}

TEST_CASE("rephrasing items: 'accept' needs 'tiles', and at most 8 'accept' lines") {
  CHECK(check_accept({"accept: I'll check | today. | with my manager | and call you back"}, "// no tiles") ==
        std::vector<std::string>{
            "p/modules/01.md:21:9: 'accept' without 'tiles': write the correct order as 'tiles: a | b | c'; 'accept' "
            "lists other orders of those tiles",
            "p/modules/01.md:14:1: rephrasing item 'rp-know' has 0 tiles; split the correct option into 3–8 pieces "
            "with 'tiles: a | b | c'"});
  const std::vector<std::string> nine(limits::kAcceptedOrdersPerItem + 1,
                                      "accept: I'll check | today. | with my manager | and call you back");
  CHECK(check_accept(nine) == std::vector<std::string>{
                                  "p/modules/01.md:29:9: rephrasing item 'rp-know' has 9 'accept' lines; the limit "
                                  "is 8"});
  // Repeated tiles: either copy counts, and the counts must match.
  // Repeated tiles: each text as often as in 'tiles' (line 22 is fine).
  CHECK(check_accept({"accept: yes, | yes | and | and", "accept: yes, | yes | and | yes"},
                     "tiles: yes | and | yes, | yes") ==
        std::vector<std::string>{
            "p/modules/01.md:21:9: tile 'yes' is in 'accept' once but in 'tiles' 2 times; use each tile as "
            "often as 'tiles' does",
            "p/modules/01.md:21:9: tile 'and' is in 'accept' 2 times but in 'tiles' once; use each tile as often "
            "as 'tiles' does",
            "p/modules/01.md:14:1: rephrasing item 'rp-know': the tiles spell 'yes and yes, yes' but the correct "
            "option is 'I'll check with my manager and call you back today.'; joined with single spaces they must "
            "match it exactly"});
}

TEST_CASE("rephrasing items: accepted orders a compiled pack could forge are checked on the model") {
  Course c = good_course();
  RephraseItem& r = c.modules[0].rephrase.at(0);
  r.accepted = {AcceptedOrder{{"right person.", "I'll", "find the"}, 21, 9},
                AcceptedOrder{{"", "I'll", "find the"}, 22, 9},
                AcceptedOrder{{"right person.", "bad \xFF", "find the"}, -3, -7},
                AcceptedOrder{{}, 24, 9}};
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:22:1: empty tile in 'accept'",
                        "p/modules/01.md:1:1: tile in 'accept' is not valid UTF-8",
                        "p/modules/01.md:24:9: 'accept' leaves out tile 'I'll'; list every tile of 'tiles', in "
                        "another order",
                        "p/modules/01.md:24:9: 'accept' leaves out tile 'find the'; list every tile of 'tiles', in "
                        "another order",
                        "p/modules/01.md:24:9: 'accept' leaves out tile 'right person.'; list every tile of 'tiles', "
                        "in another order"});
}

TEST_CASE("breathing ranges") {
  Course c = good_course();
  BreathingPattern& b = c.modules[0].breathing.at(0);
  b.phases[1].seconds = 21;
  b.cycles = 0;
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:22:1: breathing pattern 'box' has a hold of 21 s; each phase is 1–20 seconds",
                        "p/modules/01.md:22:1: breathing pattern 'box' has 'cycles' 0; it must be 1–20"});
}

TEST_CASE("pack-level rules: manifest values, engine version, module structure") {
  Course c = good_course();
  c.info.quiz_seconds = 4;
  c.info.pass_mark = 101;
  c.info.min_engine = {0, 2, 0};
  c.info.author.clear();
  c.modules[0].lessons[0].blocks.clear();
  c.modules[0].quiz.questions.clear();
  CHECK(check(c) == std::vector<std::string>{
                        "p/pack.txt:1:1: pack.txt has no 'author' field",
                        "p/pack.txt:1:1: 'quiz-time' is 4; it must be 5–600 seconds",
                        "p/pack.txt:1:1: 'pass-mark' is 101; it must be 1–100 percent",
                        "p/pack.txt:1:1: 'min-engine' is 0.2.0 but this is Warmline 0.1.0; lower 'min-engine' or use a "
                        "newer Warmline",
                        "p/modules/01.md:3:1: lesson 'basics-first' has no blocks; add a '### Card:' under it",
                        "p/modules/01.md:7:1: this quiz has no questions; add '### Question:' blocks under it"});
  c.modules.clear();
  CHECK(check(c).back() == "p/pack.txt:1:1: the pack has no modules; add module files like modules/01-first-skill.md");
}

TEST_CASE("string caps and text a compiled pack could smuggle in") {
  Course c = good_course();
  c.modules[0].lessons[0].title = std::string(limits::kTitleChars + 1, 'x');
  question(c).explain = "bad \xFF byte";
  question(c).options[0].text = "tab\tok but bell \x07";
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:3:1: lesson title is 201 characters long; the limit is 200",
                        "p/modules/01.md:8:1: 'explain' is not valid UTF-8",
                        "p/modules/01.md:11:1: option text contains control characters"});
}

TEST_CASE("enum values out of range and odd lines are reported, never trusted") {
  Course c = good_course();
  question(c).type = static_cast<QuestionType>(42);
  c.modules[0].lessons[0].blocks[0].kind = static_cast<LessonBlockKind>(9);
  c.modules[0].rephrase[0].context = static_cast<Channel>(200);
  c.modules[0].breathing[0].phases[0].kind = static_cast<BreathPhaseKind>(7);
  c.modules[0].breathing[0].line = -5;
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:5:1: lesson block of an unknown kind",
                        "p/modules/01.md:8:1: question of an unknown type",
                        "p/modules/01.md:1:1: breathing pattern 'box' has a phase of an unknown kind",
                        "p/modules/01.md:14:1: rephrasing item 'rp-job' has an unknown context"});
}

TEST_CASE("nested bullet depth beyond the cap is refused on the model") {
  Course c = good_course();
  TextBlock deep{TextBlockKind::Bullet, {TextRun{"deep", false, false}}, 5};
  c.modules[0].lessons[0].blocks[0].body.push_back(deep);
  CHECK(check(c) == std::vector<std::string>{
                        "p/modules/01.md:5:1: deep bullet nesting in Card 'Listen': bullets go at most 2 levels deep"});
}

TEST_CASE("mangled module text never crashes and every message has a real location") {
  // A fixed pseudo-random sequence, so a failure reproduces.
  std::uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  const std::string original = kModule;
  for (int round = 0; round < 300; ++round) {
    std::string text = original;
    const int edits = 1 + static_cast<int>(next() % 8);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = next() % text.size();
      switch (next() % 4) {
        case 0: text[at] = static_cast<char>(next() & 0xFF); break;
        case 1: text.erase(at, 1 + next() % 20); break;
        case 2: text.insert(at, "\n  - [x] ###\n"); break;
        default: text.insert(at, text.substr(next() % text.size(), 40)); break;
      }
      if (text.empty()) text = "#";
    }
    Diagnostics ds;
    Course c = good_course();
    c.modules[0] = parse_module_text("p/modules/01.md", text, ds);
    validate_course(c, ds);
    const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    for (const Diagnostic& d : ds) {
      CHECK(d.line >= 1);
      CHECK(d.line <= lines);
      CHECK(d.col >= 1);
      CHECK(d.col <= 2001);
      CHECK_FALSE(d.message.empty());
    }
  }
}

}  // namespace
