#include "content/gift_import.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "content/limits.h"
#include "content/module_parser.h"

using warmline::GiftImport;
using warmline::GiftImportOptions;
using warmline::import_gift;

namespace {

std::vector<std::string> messages(const GiftImport& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) out.push_back(warmline::format_diagnostic(d));
  return out;
}

// The module text from the quiz heading on: the questions only.
std::string questions_of(const GiftImport& r) {
  const std::string marker = "## Quiz: ";
  const std::size_t at = r.module_text.find(marker);
  REQUIRE(at != std::string::npos);
  const std::size_t body = r.module_text.find("\n\n", at);
  REQUIRE(body != std::string::npos);
  return r.module_text.substr(body + 2);
}

}  // namespace

TEST_CASE("gift: multiple choice with answer and general feedback becomes a single question") {
  const auto r = import_gift("quiz.gift",
                             "::Angry caller::A caller shouts. First step?{\n"
                             "  =Let them finish.#They feel heard.\n"
                             "  ~Interrupt with facts.#Sounds like an excuse.\n"
                             "  ####Listening first saves the call.\n"
                             "}\n");
  CHECK(messages(r).empty());
  CHECK(r.questions == 1);
  CHECK(r.not_imported == 0);
  CHECK(questions_of(r) ==
        "### Question: A caller shouts. First step?\n"
        "id: quiz-angry-caller\n"
        "type: single\n"
        "- [x] Let them finish.\n"
        "  feedback: They feel heard.\n"
        "- [ ] Interrupt with facts.\n"
        "  feedback: Sounds like an excuse.\n"
        "explain: Listening first saves the call.\n");
}

TEST_CASE("gift: weighted answers become a multi question, positive weight = right") {
  const auto r = import_gift("w.gift", "Which show listening?{~%50%Repeat back ~%50%Sum up ~%-100%Type loudly####Both.}");
  CHECK(messages(r).empty());
  CHECK(questions_of(r) ==
        "### Question: Which show listening?\n"
        "id: w-q-001\n"
        "type: multi\n"
        "- [x] Repeat back\n"
        "- [x] Sum up\n"
        "- [ ] Type loudly\n"
        "explain: Both.\n");
}

TEST_CASE("gift: true/false in all four spellings, feedback kept as comments") {
  const auto r = import_gift("tf.gift",
                             "A {T####g1}\n\nB {TRUE####g2}\n\nC {F####g3}\n\n"
                             "D {FALSE#wrong fb#right fb####g4}\n");
  CHECK(r.questions == 4);
  CHECK(messages(r) == std::vector<std::string>{
                           "tf.gift:7:1: warning: Warmline has no feedback for true/false answers; it is kept as a "
                           "comment in the module"});
  const std::string q = questions_of(r);
  CHECK(q.find("### Question: A\nid: tf-q-001\ntype: truefalse\nanswer: true\nexplain: g1\n") != std::string::npos);
  CHECK(q.find("### Question: B\nid: tf-q-002\ntype: truefalse\nanswer: true\nexplain: g2\n") != std::string::npos);
  CHECK(q.find("### Question: C\nid: tf-q-003\ntype: truefalse\nanswer: false\nexplain: g3\n") != std::string::npos);
  CHECK(q.find("### Question: D\nid: tf-q-004\ntype: truefalse\nanswer: false\n"
               "// GIFT feedback for a wrong answer: wrong fb\n"
               "// GIFT feedback for a right answer: right fb\n"
               "explain: g4\n") != std::string::npos);
}

TEST_CASE("gift: unsupported kinds are reported by name and line, never dropped silently") {
  const auto r = import_gift("quiz.gift",
                             "// kinds Warmline cannot show\n"
                             "Year?{#1822:5}\n"
                             "\n"
                             "Match.{=Canada -> Ottawa =Italy -> Rome}\n"
                             "\n"
                             "Tell us.{}\n"
                             "\n"
                             "  Name it.{=nobody =no one}\n"
                             "\n"
                             "Just some text.\n"
                             "\n"
                             "Ok?{=yes ~no####g}\n");
  CHECK(messages(r) ==
        std::vector<std::string>{
            "quiz.gift:2:1: numeric questions are not supported by Warmline; this question was not imported",
            "quiz.gift:4:1: matching questions are not supported by Warmline; this question was not imported",
            "quiz.gift:6:1: essay questions are not supported by Warmline (an empty { } block); this question was not "
            "imported",
            "quiz.gift:8:3: short answer questions are not supported by Warmline (only = answers, no ~ wrong ones); "
            "this question was not imported",
            "quiz.gift:10:1: description items (text with no { } answer block) are not supported by Warmline; this "
            "question was not imported"});
  CHECK(r.questions == 1);
  CHECK(r.not_imported == 5);
}

TEST_CASE("gift: escapes are literal text and \\n is a space") {
  const auto r = import_gift("e.gift", "Say 1\\=1 \\{ok\\} \\~ \\#1\\: yes\\nnow?{=a\\~b ~c\\#d####x\\\\y}");
  CHECK(messages(r).empty());
  CHECK(questions_of(r) ==
        "### Question: Say 1=1 {ok} ~ #1: yes now?\n"
        "id: e-q-001\n"
        "type: single\n"
        "- [x] a~b\n"
        "- [ ] c#d\n"
        "explain: x\\y\n");
}

TEST_CASE("gift: an answer block in the middle of the text makes a gap question") {
  const auto r = import_gift("g.gift", "Start with a sincere {=apology ~excuse####Own it.} and then fix it.");
  CHECK(messages(r).empty());
  CHECK(questions_of(r) ==
        "### Question: Start with a sincere ___ and then fix it.\n"
        "id: g-q-001\n"
        "type: gap\n"
        "- [x] apology\n"
        "- [ ] excuse\n"
        "explain: Own it.\n");
}

TEST_CASE("gift: ids come from titles, are prefixed, unique and at most 48 characters") {
  GiftImportOptions options;
  options.module_id = "phone-basics";
  const auto r = import_gift("x.gift",
                             "::Hold Music!::Q1{T####e}\n\n"
                             "::hold music::Q2{T####e}\n\n"
                             "::An extremely long question title that keeps going and going::Q3{T####e}\n\n"
                             "::***::Q4{T####e}\n",
                             options);
  const std::string q = questions_of(r);
  CHECK(q.find("id: phone-basics-hold-music\n") != std::string::npos);
  CHECK(q.find("id: phone-basics-hold-music-2\n") != std::string::npos);
  CHECK(q.find("id: phone-basics-an-extremely-long-question-title\n") != std::string::npos);
  CHECK(std::string("phone-basics-an-extremely-long-question-title").size() <= warmline::limits::kIdChars);
  CHECK(q.find("id: phone-basics-q-004\n") != std::string::npos);
  CHECK(r.module_text.find("\nid: phone-basics\n") != std::string::npos);
}

TEST_CASE("gift: category names the module, formats are stripped, html is removed with a warning") {
  const auto r = import_gift("c.gift",
                             "$CATEGORY: $course$/top/Service/Phone skills\n\n"
                             "[markdown]Plain?{=a ~b####c}\n\n"
                             "[html]<p>Which <b>closing</b> line?</p>{=Call by 3 &amp; confirm ~Bye####Name a time.}\n");
  CHECK(r.module_text.find("# Module: Phone skills\nid: c\nsummary: Practice questions: Phone skills.\n") !=
        std::string::npos);
  CHECK(r.module_text.find("## Quiz: Phone skills\n") != std::string::npos);
  CHECK(r.module_text.find("### Question: Plain?\n") != std::string::npos);
  CHECK(r.module_text.find("### Question: Which closing line?\n") != std::string::npos);
  CHECK(r.module_text.find("- [x] Call by 3 & confirm\n") != std::string::npos);
  CHECK(messages(r) == std::vector<std::string>{"c.gift:5:1: warning: HTML tags were removed from this [html] "
                                                "question; check that the text reads well"});
}

TEST_CASE("gift: a question without general feedback gets a TODO comment, no placeholder explain") {
  const auto r = import_gift("n.gift", "Q?{=a ~b}");
  CHECK(messages(r) == std::vector<std::string>{"n.gift:1:1: warning: no general feedback (####); the module will "
                                                "not validate until this question has an explain: line"});
  CHECK(questions_of(r) ==
        "### Question: Q?\nid: n-q-001\ntype: single\n- [x] a\n- [ ] b\n"
        "// TODO: write an explain: line (the GIFT question had no general feedback)\n");
  CHECK(r.module_text.find("\nexplain:") == std::string::npos);
}

TEST_CASE("gift: hostile structure is reported at the right place") {
  const auto r = import_gift("h.gift",
                             "Open {=a ~b\n"
                             "\n"
                             "::No end Q?{=a ~b}\n"
                             "\n"
                             "Close } before {=a ~b}\n"
                             "\n"
                             "=floating answer\n"
                             "~another\n"
                             "\n"
                             "{=a ~b}\n"
                             "\n"
                             "Weight?{~%lots%a ~b}\n"
                             "\n"
                             "Weight?{~%150%a ~b}\n"
                             "\n"
                             "Two?{=a =b ~c}\n");
  CHECK(messages(r) ==
        std::vector<std::string>{
            "h.gift:1:6: the answer block has no closing '}' (write \\{ for a literal brace); this question was not "
            "imported",
            "h.gift:3:1: the question name has no closing '::' (write \\: for a literal colon); this question was not "
            "imported",
            "h.gift:5:7: '}' without an opening '{' (write \\} for a literal brace); this question was not imported",
            "h.gift:7:1: answers outside a question: answers belong inside the question's { } block; this question "
            "was not imported",
            "h.gift:10:1: answers outside a question: this { } block has no question text; this question was not "
            "imported",
            "h.gift:12:10: answer weight '%lots%' is not a number from -100 to 100; this question was not imported",
            "h.gift:14:10: answer weight '%150%' is not a number from -100 to 100; this question was not imported",
            "h.gift:16:6: more than one '=' answer; a Warmline single choice question has exactly one right answer; "
            "this question was not imported"});
  CHECK(r.questions == 0);
  CHECK(r.not_imported == 8);
}

TEST_CASE("gift: bad bytes, huge files and too many questions") {
  const auto bad = import_gift("b.gift", "Caf\xC3 ok?{=a ~b####c}\n");
  REQUIRE_FALSE(bad.diagnostics.empty());
  CHECK(warmline::format_diagnostic(bad.diagnostics[0]) ==
        "b.gift:1:4: invalid UTF-8 (byte 0xC3); save the file as UTF-8");

  const auto huge = import_gift("big.gift", std::string(warmline::limits::kFileBytes + 1, 'a'));
  CHECK(messages(huge) == std::vector<std::string>{"big.gift:1:1: file is 1048577 bytes; the limit is 1048576"});
  CHECK(huge.module_text.empty());

  std::string many;
  for (std::size_t i = 0; i < warmline::limits::kQuestionsPerModule + 5; ++i) many += "Q?{T####e}\n\n";
  const auto capped = import_gift("m.gift", many);
  CHECK(capped.questions == 300);
  CHECK(capped.not_imported == 5);
  CHECK(messages(capped) == std::vector<std::string>{
                                "m.gift:601:1: more than 300 questions; a Warmline module holds at most 300, so this "
                                "question and the rest were not imported (split the GIFT file)"});
}

TEST_CASE("gift: a big bank without general feedback warns a few times, then counts, and stays error-free") {
  std::string bank;
  for (int i = 0; i < 150; ++i) bank += "Q?{=a ~b}\n\n";
  const auto r = import_gift("big.gift", bank);
  CHECK(r.questions == 150);
  CHECK_FALSE(warmline::has_errors(r.diagnostics));
  REQUIRE(r.diagnostics.size() == 11);
  CHECK(warmline::format_diagnostic(r.diagnostics[9]) ==
        "big.gift:19:1: warning: no general feedback (####); the module will not validate until this question has an "
        "explain: line");
  CHECK(warmline::format_diagnostic(r.diagnostics[10]) ==
        "big.gift:1:1: warning: 140 more questions have no general feedback (####); look for the TODO comments in the "
        "module");
}

TEST_CASE("gift: an empty file is an error, not an empty module") {
  const auto r = import_gift("e.gift", "// only a comment\n\n");
  CHECK(messages(r) == std::vector<std::string>{"e.gift:1:1: no questions found; a GIFT question is text followed by "
                                                "an answer block like {=right ~wrong}"});
}

TEST_CASE("gift: a realistic import parses back through the module parser unchanged") {
  const std::string gift =
      "// Customer service sample\n"
      "$CATEGORY: $course$/top/Handling complaints\n"
      "\n"
      "::First step::A caller shouts about a double charge. What first?{\n"
      "  =Let them finish, then sum up.#They feel heard.\n"
      "  ~Explain the billing cycle.\n"
      "  ####Listening first saves the call.\n"
      "}\n"
      "\n"
      "::Refund::You may promise a refund before checking.{F####Check first.}\n"
      "\n"
      "Which show listening?{~%50%Repeat back ~%50%Sum up ~%-100%Type loudly####Both repeat-backs.}\n"
      "\n"
      "Start with a sincere {=apology ~excuse####Own it first.} and then fix it.\n";
  const auto r = import_gift("service.gift", gift);
  REQUIRE(messages(r).empty());
  REQUIRE(r.questions == 4);

  warmline::Diagnostics parse_problems;
  const warmline::Module m = warmline::parse_module_text("service.md", r.module_text, parse_problems);
  CHECK(parse_problems.empty());
  CHECK(m.id == "service");
  CHECK(m.title == "Handling complaints");
  CHECK(m.summary == "Practice questions: Handling complaints.");
  CHECK(m.lessons.empty());  // the trainer writes the lesson
  REQUIRE(m.quiz.questions.size() == 4);
  const auto& q0 = m.quiz.questions[0];
  CHECK(q0.id == "service-first-step");
  CHECK(q0.type == warmline::QuestionType::Single);
  CHECK(q0.prompt == "A caller shouts about a double charge. What first?");
  REQUIRE(q0.options.size() == 2);
  CHECK(q0.options[0].text == "Let them finish, then sum up.");
  CHECK(q0.options[0].correct);
  CHECK(q0.options[0].feedback == "They feel heard.");
  CHECK_FALSE(q0.options[1].correct);
  CHECK(q0.explain == "Listening first saves the call.");
  CHECK(m.quiz.questions[1].type == warmline::QuestionType::TrueFalse);
  CHECK(m.quiz.questions[1].answer == false);
  CHECK(m.quiz.questions[2].type == warmline::QuestionType::Multi);
  CHECK(m.quiz.questions[2].options[1].correct);
  CHECK_FALSE(m.quiz.questions[2].options[2].correct);
  CHECK(m.quiz.questions[3].type == warmline::QuestionType::Gap);
  CHECK(m.quiz.questions[3].prompt == "Start with a sincere ___ and then fix it.");
}
