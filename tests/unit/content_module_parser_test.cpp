#include <doctest/doctest.h>

#include "content_test_util.h"

// The module text format of content/README.md: block kinds, fields, body
// text and the located messages for each kind of mistake.
namespace {

using namespace warmline;
using warmline::test::parse;

TEST_CASE("a module with every lesson block kind parses into the model") {
  const auto p = parse(
      "// a comment line\n"
      "# Module: Active listening\n"
      "id: active-listening\n"
      "summary: Hear the whole problem.\n"
      "\n"
      "## Lesson: Why listening comes first\n"
      "id: al-why\n"
      "\n"
      "### Card: Listening is work\n"
      "Your job is to *understand*, not to\n"
      "wait for your **turn**.\n"
      "\n"
      "- Let them finish.\n"
      "  - Even when you know the fix.\n"
      "- Note the facts.\n"
      "### Example: The missed delivery\n"
      "The installer never came.\n"
      "### Say: Own the next step\n"
      "say: I'll call you back by 3.\n"
      "not: That's not our problem.\n"
      "why: A person and a time.\n"
      "### Takeaways\n"
      "- Listen to the end.\n");
  CHECK(p.messages.empty());
  const Module& m = p.module;
  CHECK(m.id == "active-listening");
  CHECK(m.title == "Active listening");
  CHECK(m.summary == "Hear the whole problem.");
  CHECK(m.source_file == "m.md");
  CHECK(m.line == 2);
  REQUIRE(m.lessons.size() == 1);
  const Lesson& l = m.lessons[0];
  CHECK(l.id == "al-why");
  CHECK(l.title == "Why listening comes first");
  CHECK(l.line == 6);
  REQUIRE(l.blocks.size() == 4);

  const LessonBlock& card = l.blocks[0];
  CHECK(card.kind == LessonBlockKind::Card);
  CHECK(card.title == "Listening is work");
  CHECK(card.line == 9);
  REQUIRE(card.body.size() == 4);
  CHECK(card.body[0].kind == TextBlockKind::Paragraph);
  REQUIRE(card.body[0].runs.size() == 5);
  CHECK(card.body[0].runs[0] == TextRun{"Your job is to ", false, false});
  CHECK(card.body[0].runs[1] == TextRun{"understand", false, true});
  CHECK(card.body[0].runs[2] == TextRun{", not to wait for your ", false, false});
  CHECK(card.body[0].runs[3] == TextRun{"turn", true, false});
  CHECK(card.body[0].runs[4] == TextRun{".", false, false});
  CHECK(card.body[1] == TextBlock{TextBlockKind::Bullet, {TextRun{"Let them finish.", false, false}}, 0});
  CHECK(card.body[2] == TextBlock{TextBlockKind::Bullet, {TextRun{"Even when you know the fix.", false, false}}, 1});
  CHECK(card.body[3].depth == 0);

  CHECK(l.blocks[1].kind == LessonBlockKind::Example);
  CHECK(l.blocks[1].title == "The missed delivery");
  REQUIRE(l.blocks[1].body.size() == 1);

  const LessonBlock& say = l.blocks[2];
  CHECK(say.kind == LessonBlockKind::Say);
  CHECK(say.say == "I'll call you back by 3.");
  CHECK(say.say_not == "That's not our problem.");
  CHECK(say.why == "A person and a time.");
  CHECK(say.body.empty());

  CHECK(l.blocks[3].kind == LessonBlockKind::Takeaways);
  CHECK(l.blocks[3].title.empty());
  CHECK(l.blocks[3].line == 22);
  REQUIRE(l.blocks[3].body.size() == 1);
  CHECK(l.blocks[3].body[0].kind == TextBlockKind::Bullet);
}

TEST_CASE("breathing patterns and rephrasing items parse") {
  const auto p = parse(
      "# Module: Calm\n"
      "id: calm\n"
      "## Breathing: Box breathing\n"
      "id: box-breathing\n"
      "phases: inhale 4, hold 4, exhale 6   // seconds\n"
      "cycles: 5\n"
      "about: Even counts steady you.\n"
      "## Rephrase: That's not my department.\n"
      "id: rp-dept\n"
      "context: counter\n"
      "- [x] I'll walk you over.\n"
      "- [ ] Ask someone else.\n"
      "- [ ] Not me, sorry.\n"
      "tiles: I'll | walk you | over.\n"
      "why: It offers a next step.\n");
  CHECK(p.messages.empty());
  REQUIRE(p.module.breathing.size() == 1);
  const BreathingPattern& b = p.module.breathing[0];
  CHECK(b.id == "box-breathing");
  CHECK(b.title == "Box breathing");
  REQUIRE(b.phases.size() == 3);
  CHECK(b.phases[0] == BreathPhase{BreathPhaseKind::Inhale, 4});
  CHECK(b.phases[1] == BreathPhase{BreathPhaseKind::Hold, 4});
  CHECK(b.phases[2] == BreathPhase{BreathPhaseKind::Exhale, 6});
  CHECK(b.cycles == 5);
  CHECK(b.about == "Even counts steady you.");
  CHECK(b.line == 3);
  REQUIRE(p.module.rephrase.size() == 1);
  const RephraseItem& r = p.module.rephrase[0];
  CHECK(r.id == "rp-dept");
  CHECK(r.negative == "That's not my department.");
  CHECK(r.context == Channel::Counter);
  REQUIRE(r.options.size() == 3);
  CHECK(r.options[0].correct);
  CHECK(r.options[0].text == "I'll walk you over.");
  CHECK(r.options[0].line == 11);
  CHECK_FALSE(r.options[1].correct);
  CHECK(r.tiles == std::vector<std::string>{"I'll", "walk you", "over."});
  CHECK(r.why == "It offers a next step.");
}

TEST_CASE("rephrasing items: 'accept' may repeat and keeps its line and column, other fields may not") {
  const auto p = parse(
      "# Module: Calm\n"                                                      // 1
      "id: calm\n"                                                            // 2
      "## Rephrase: I don't know.\n"                                          // 3
      "id: rp-know\n"                                                         // 4
      "context: phone\n"                                                      // 5
      "- [x] I'll check with my manager and call you back today.\n"           // 6
      "- [ ] No idea.\n"                                                      // 7
      "- [ ] Ask someone else.\n"                                             // 8
      "tiles: I'll check | with my manager | and call you back | today.\n"    // 9
      "accept: I'll check | today. | with my manager | and call you back\n"   // 10
      "accept:   with my manager|I'll check |and call you back|  today.\n"    // 11
      "accept: today. || I'll check\n"                                        // 12
      "accept:\n"                                                             // 13
      "why: It offers a next step.\n"                                         // 14
      "tiles: I'll | check\n"                                                 // 15
      "why: again\n"                                                          // 16
      "context: chat\n");                                                     // 17
  CHECK(p.messages == std::vector<std::string>{
                          "m.md:13:8: field 'accept' has no value",
                          "m.md:15:1: field 'tiles' given twice (first on line 9)",
                          "m.md:16:1: field 'why' given twice (first on line 14)",
                          "m.md:17:1: field 'context' given twice (first on line 5)",
                          "m.md:12:9: empty tile in 'accept'; separate tiles with single '|'",
                      });
  REQUIRE(p.module.rephrase.size() == 1);
  const RephraseItem& r = p.module.rephrase[0];
  CHECK(r.tiles == std::vector<std::string>{"I'll check", "with my manager", "and call you back", "today."});
  CHECK(r.why == "It offers a next step.");
  CHECK(r.context == Channel::Phone);
  REQUIRE(r.accepted.size() == 2);
  CHECK(r.accepted[0].tiles == std::vector<std::string>{"I'll check", "today.", "with my manager", "and call you back"});
  CHECK(r.accepted[0].line == 10);
  CHECK(r.accepted[0].col == 9);
  CHECK(r.accepted[1].tiles == std::vector<std::string>{"with my manager", "I'll check", "and call you back", "today."});
  CHECK(r.accepted[1].line == 11);
  CHECK(r.accepted[1].col == 11);
}

TEST_CASE("'accept' belongs to rephrasing items only") {
  const auto p = parse(
      "# Module: Calm\n"                 // 1
      "id: calm\n"                       // 2
      "accept: a | b\n"                  // 3
      "## Breathing: Box breathing\n"    // 4
      "id: box-breathing\n"              // 5
      "accept: a | b\n"                  // 6
      "phases: inhale 4\n"               // 7
      "cycles: 2\n");                    // 8
  CHECK(p.messages == std::vector<std::string>{
                          "m.md:3:1: unknown field 'accept' in Module; its fields are id or summary",
                          "m.md:6:1: unknown field 'accept' in Breathing; its fields are id, phases, cycles or about",
                      });
}

TEST_CASE("structural mistakes are located by line and column") {
  const auto p = parse(
      "# Module: Basics\n"             // 1
      "id: basics\n"                   // 2
      "## Lessen: First\n"             // 3: unknown kind, col 4
      "### Card: Orphan\n"             // 4: ignored with its parent
      "## Lesson First steps\n"        // 5: missing colon after 'Lesson', col 10
      "id: basics-first\n"             // 6
      "### Card: Listen\n"             // 7
      "Text here.\n"                   // 8
      "- [x] Not an option here\n"     // 9
      "why: after text\n"              // 10
      "#### Small print\n"             // 11
      "ignored line\n"                 // 12
      "## Card: Wrong level\n"         // 13
      "## Quiz\n"                      // 14
      "stray words\n");                // 15
  CHECK(p.messages == std::vector<std::string>{
                          "m.md:3:4: unknown heading kind 'Lessen' (did you mean 'Lesson'?)",
                          "m.md:5:10: missing ':' after 'Lesson' (write '## Lesson: TITLE')",
                          "m.md:9:1: option outside a question: '- [x]' and '- [ ]' lines belong under a "
                          "'### Question:' or '## Rephrase:' heading",
                          "m.md:10:1: field 'why' after body text; fields go directly under a heading, and Card "
                          "blocks take none",
                          "m.md:11:1: deep nesting: '####' headings are not part of the format; headings go at most "
                          "three levels deep (#, ##, ###)",
                          "m.md:13:1: 'Card' is a level-3 heading: write '### Card: TITLE'",
                          "m.md:15:1: text under '## Quiz' must belong to a '### Question:'",
                      });
  REQUIRE(p.module.lessons.size() == 1);
  CHECK(p.module.lessons[0].title == "First steps");
  CHECK(p.module.lessons[0].blocks.size() == 1);
}

TEST_CASE("fields: unknown names get a hint, repeats and missing colons are reported") {
  const auto p = parse(
      "# Module: Basics\n"             // 1
      "id: basics\n"                   // 2
      "sumary: typo\n"                 // 3
      "id: again\n"                    // 4
      "## Lesson: First\n"             // 5
      "id basics-first\n"              // 6
      "Summary: capital\n"             // 7
      "### Card: Listen\n"             // 8
      "colour: blue\n"                 // 9
      "Text.\n");                      // 10
  CHECK(p.messages == std::vector<std::string>{
                          "m.md:3:1: unknown field 'sumary' in Module (did you mean 'summary'?)",
                          "m.md:4:1: field 'id' given twice (first on line 2)",
                          "m.md:6:3: missing ':' after field name 'id' (write 'id: …')",
                          "m.md:7:1: field names are lower case: 'Summary'",
                          "m.md:7:1: unknown field 'summary' in Lesson; its fields are id",
                          "m.md:9:1: unknown field 'colour' in Card; Card blocks take no fields",
                      });
  CHECK(p.module.id == "basics");
  REQUIRE(p.module.lessons.size() == 1);
  CHECK(p.module.lessons[0].id == "basics-first");
}

TEST_CASE("module file framing: text before the heading, a second heading, no heading") {
  CHECK(parse("intro\n# Module: A\nid: a\n# Module: B\n").messages ==
        std::vector<std::string>{
            "m.md:1:1: text before the '# Module:' heading; a module file starts with '# Module: TITLE'",
            "m.md:4:1: a module file has one '# Module:' heading (the first is on line 2); put each module in its "
            "own file"});
  CHECK(parse("").messages ==
        std::vector<std::string>{"m.md:1:1: no '# Module:' heading; a module file starts with '# Module: TITLE'"});
  CHECK(parse("# Module:\nid: a\n").messages ==
        std::vector<std::string>{"m.md:1:10: '# Module:' needs a title after the colon"});
}

TEST_CASE("nested bullets: two levels, two spaces each, deeper is an error") {
  const auto p = parse(
      "# Module: A\n"          // 1
      "## Lesson: L\n"         // 2
      "### Card: C\n"          // 3
      "- one\n"                // 4
      "  - one.a\n"            // 5
      "    - one.a.i\n"        // 6
      "   - odd\n"             // 7
      "Para.\n"                // 8
      "\n"                     // 9
      "  - orphan\n");         // 10
  CHECK(p.messages == std::vector<std::string>{
                          "m.md:6:5: deep bullet nesting: bullets go at most 2 levels deep (a bullet and its "
                          "sub-bullets)",
                          "m.md:7:4: indent sub-bullets by 2 spaces per level",
                          "m.md:7:4: deep bullet nesting: bullets go at most 2 levels deep (a bullet and its "
                          "sub-bullets)",
                          "m.md:10:3: indented bullet with no bullet above it; start the list at the left margin",
                      });
  const RichText& body = p.module.lessons.at(0).blocks.at(0).body;
  REQUIRE(body.size() == 6);
  CHECK(body[0].depth == 0);
  CHECK(body[1].depth == 1);
  CHECK(body[2].depth == 1);  // clamped after the report
  CHECK(body[3].depth == 1);
  CHECK(body[4].kind == TextBlockKind::Paragraph);
  CHECK(body[5].depth == 0);
}

TEST_CASE("UTF-8 problems are reported with character columns and parsing goes on") {
  const auto p = parse(
      "# Module: Caf\xC3\xA9\n"               // 1: fine
      "id: cafe\n"                              // 2
      "summary: \xE2\x80\x9Cquoted\xE2\x80\x9D \xFF\n"  // 3: bad byte after curly quotes, col 19
      "## Lesson: L\xC0\xAF\n"                  // 4: overlong '/', col 13
      "id: l\x07x\n");                          // 5: control char, col 6
  CHECK(p.messages == std::vector<std::string>{
                          "m.md:3:19: invalid UTF-8 (byte 0xFF); save the file as UTF-8",
                          "m.md:4:13: invalid UTF-8 (byte 0xC0); save the file as UTF-8",
                          "m.md:5:6: control character 0x07 in text",
                      });
  CHECK(p.module.title == "Caf\xC3\xA9");
  CHECK(p.module.summary == "\xE2\x80\x9Cquoted\xE2\x80\x9D \xEF\xBF\xBD");
  REQUIRE(p.module.lessons.size() == 1);
  CHECK(p.module.lessons[0].title == "L\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("size caps: a file over 1 MiB is refused unread, long lines are reported") {
  std::string big = "# Module: Big\nid: big\n";
  big.resize(1024 * 1024 + 1, 'a');
  const auto p = parse(big);
  CHECK(p.messages == std::vector<std::string>{"m.md:1:1: file is 1048577 bytes; the limit is 1048576"});
  CHECK(p.module.title.empty());

  const auto q = parse("# Module: Long\nid: long\nsummary: " + std::string(2000, 'x') + "\n");
  CHECK(q.messages == std::vector<std::string>{"m.md:3:2001: line is 2009 characters long; the limit is 2000"});
}

TEST_CASE("the diagnostic list of one file is capped") {
  std::string text = "# Module: Noisy\nid: noisy\n";
  for (int i = 0; i < 300; ++i) text += "\x01\n";
  const auto p = parse(text);
  REQUIRE(p.messages.size() == 101);
  CHECK(p.messages[0] == "m.md:3:1: control character 0x01 in text");
  CHECK(p.messages[100] == "m.md:103:1: too many problems in this file; stopping the list here");
}

}  // namespace
