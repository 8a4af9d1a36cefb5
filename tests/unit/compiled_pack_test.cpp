#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "content/compiled_pack.h"
#include "content/module_parser.h"
#include "content/sha256.h"

// Compiled packs are untrusted input: every test here feeds the reader bytes
// it must refuse cleanly (with a located message, never a crash or a huge
// allocation), plus the round trip that must stay exact. In memory only, so
// the same tests run as wasm under Node.
namespace {

using namespace warmline;

constexpr std::size_t kHeader = 52;  // magic 8, format 4, size 8, sha256 32

TextBlock para(std::string text, bool bold = false, bool italic = false) {
  return TextBlock{TextBlockKind::Paragraph, {TextRun{std::move(text), bold, italic}}};
}

// A small course that passes validation and sets every field of every model
// type to something other than its default, and uses every enum value.
Course full_course() {
  Course c;
  c.info.id = "roundtrip-pack";
  c.info.title = "Round trip “pack” – every field";
  c.info.version = {1, 2, 3};
  c.info.language = "en";
  c.info.author = "Dana Trainer";
  c.info.min_engine = {0, 1, 0};
  c.info.quiz_seconds = 25;
  c.info.pass_mark = 70;
  c.info.source_file = "tiny/pack.txt";

  Module m;
  m.id = "listening";
  m.title = "Active listening";
  m.summary = "Hear the whole problem first.";
  m.source_file = "tiny/modules/01-listening.md";
  m.line = 1;

  Lesson l;
  l.id = "ls-why";
  l.title = "Why listening comes first";
  l.line = 5;
  LessonBlock card;
  card.kind = LessonBlockKind::Card;
  card.title = "Listening is work";
  card.body = {TextBlock{TextBlockKind::Paragraph,
                         {TextRun{"Your job is to ", false, false}, TextRun{"understand", false, true},
                          TextRun{" first.", true, false}}},
               TextBlock{TextBlockKind::Bullet, {TextRun{"Let them finish.", false, false}}}};
  card.line = 8;
  LessonBlock example;
  example.kind = LessonBlockKind::Example;
  example.title = "The missed delivery";
  example.body = {para("The installer never came.")};
  example.line = 13;
  LessonBlock say;
  say.kind = LessonBlockKind::Say;
  say.title = "Own the next step";
  say.say = "Let me find out and call you back by 3.";
  say.say_not = "That's the installer's problem.";
  say.why = "A person and a time, not a wall.";
  say.line = 17;
  LessonBlock take;
  take.kind = LessonBlockKind::Takeaways;
  take.body = {TextBlock{TextBlockKind::Bullet, {TextRun{"Listen to the end.", true, true}}},
               TextBlock{TextBlockKind::Bullet, {TextRun{"Even when you know the fix.", false, false}}, 1}};
  take.line = 22;
  l.blocks = {card, example, say, take};
  m.lessons.push_back(l);

  m.quiz.id = "listening-quiz";
  m.quiz.title = "Listening check";
  m.quiz.seconds_per_question = 20;
  m.quiz.pass_mark = 75;
  m.quiz.line = 26;
  auto opt = [](std::string text, bool correct, std::string feedback, int line) {
    return Option{std::move(text), correct, std::move(feedback), line};
  };
  Question single;
  single.id = "q-single";
  single.type = QuestionType::Single;
  single.prompt = "A caller is mid-story. What now?";
  single.options = {opt("Cut in.", false, "They will feel unheard.", 32),
                    opt("Let them finish.", true, "Yes.", 34)};
  single.explain = "Letting someone finish saves the call.";
  single.review = "ls-why";
  single.seconds = 40;
  single.difficulty = Difficulty::Easy;
  single.tags = {"phone", "angry"};
  single.line = 28;
  Question multi;
  multi.id = "q-multi";
  multi.type = QuestionType::Multi;
  multi.prompt = "Which show you listened?";
  multi.options = {opt("Repeat the facts.", true, "", 41), opt("Name the date.", true, "", 42),
                   opt("Check your phone.", false, "No.", 43)};
  multi.explain = "Facts said back prove you heard.";
  multi.difficulty = Difficulty::Hard;
  multi.line = 38;
  Question tf;
  tf.id = "q-truefalse";
  tf.type = QuestionType::TrueFalse;
  tf.prompt = "Silence can help a caller go on.";
  tf.answer = true;
  tf.explain = "A short pause invites more detail.";
  tf.line = 46;
  Question order;
  order.id = "q-order";
  order.type = QuestionType::Order;
  order.prompt = "Put the steps in order.";
  order.options = {opt("Listen.", false, "", 52), opt("Sum up.", false, "", 53), opt("Offer a fix.", false, "", 54)};
  order.explain = "Understand, confirm, then act.";
  order.line = 50;
  Question scenario;
  scenario.id = "q-scenario";
  scenario.type = QuestionType::Scenario;
  scenario.prompt = "Pick the best reply.";
  scenario.customer = "This is the third time I'm calling!";
  scenario.options = {opt("Calm down.", false, "Never helps.", 60), opt("I'm sorry, let's fix it now.", true, "", 61)};
  scenario.explain = "Acknowledge, then act.";
  scenario.line = 57;
  Question gap;
  gap.id = "q-gap";
  gap.type = QuestionType::Gap;
  gap.prompt = "Repeat the ___ back to the caller.";
  gap.options = {opt("facts", true, "", 67), opt("jokes", false, "", 68)};
  gap.explain = "Facts show you heard.";
  gap.line = 65;
  m.quiz.questions = {single, multi, tf, order, scenario, gap};

  BreathingPattern box;
  box.id = "box-breathing";
  box.title = "Box breathing";
  box.phases = {{BreathPhaseKind::Inhale, 4}, {BreathPhaseKind::Hold, 4}, {BreathPhaseKind::Exhale, 4}};
  box.cycles = 4;
  box.about = "Even counts steady you.";
  box.line = 72;
  m.breathing.push_back(box);

  RephraseItem rp;
  rp.id = "rp-not-my-dept";
  rp.negative = "That's not my department.";
  rp.context = Channel::Counter;
  rp.options = {opt("I'll walk you over to the person who handles this.", true, "", 82),
                opt("That's for another team, sorry.", false, "", 83),
                opt("You'll need to ask someone else.", false, "", 84)};
  rp.tiles = {"I'll", "walk you over", "to the person", "who handles this."};
  rp.accepted = {AcceptedOrder{{"to the person", "who handles this.", "I'll", "walk you over"}, 86, 9},
                 AcceptedOrder{{"walk you over", "I'll", "to the person", "who handles this."}, 87, 11}};
  rp.why = "It offers a next step.";
  rp.line = 79;
  m.rephrase.push_back(rp);
  RephraseItem rp2 = rp;
  rp2.id = "rp-email";
  rp2.context = Channel::Email;
  rp2.line = 90;
  RephraseItem rp3 = rp;
  rp3.id = "rp-chat";
  rp3.context = Channel::Chat;
  rp3.line = 100;
  RephraseItem rp4 = rp;
  rp4.id = "rp-phone";
  rp4.context = Channel::Phone;
  rp4.line = 110;
  m.rephrase.insert(m.rephrase.end(), {rp2, rp3, rp4});

  c.modules.push_back(m);
  Module m2 = m;
  m2.id = "empathy";
  m2.title = "Empathy";
  m2.source_file = "tiny/modules/02-empathy.md";
  m2.lessons[0].id = "em-why";
  m2.quiz.id = "empathy-quiz";
  m2.quiz.title = "Empathy check";
  for (Question& q : m2.quiz.questions) q.id = "em-" + q.id;
  m2.breathing[0].id = "em-box";
  m2.rephrase.resize(1);
  m2.rephrase[0].id = "em-rp";
  c.modules.push_back(m2);
  return c;
}

std::string le(std::uint64_t v, int bytes) {
  std::string s;
  for (int i = 0; i < bytes; ++i) s += static_cast<char>((v >> (8 * i)) & 0xff);
  return s;
}

// A well-formed header (with a correct hash) around any payload: the hostile
// cases below get past every header check and hit the deserializer itself.
std::string repack(const std::string& payload, std::uint32_t format = kCompiledPackFormat) {
  const Sha256Digest h = sha256(payload);
  return std::string("WLPACK\0\x1a", 8) + le(format, 4) + le(payload.size(), 8) +
         std::string(reinterpret_cast<const char*>(h.data()), h.size()) + payload;
}

std::string first_message(const PackLoad& load) {
  REQUIRE_FALSE(load.diagnostics.empty());
  const Diagnostic& d = load.diagnostics.front();
  CHECK(d.file == "x.wlpack");
  CHECK(d.line == 1);
  CHECK(d.col == 1);
  return d.message;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// Where the first stored string `text` (size tag and bytes) ends in the payload.
std::size_t after(const std::string& payload, const std::string& text) {
  const std::string marker = le(text.size(), 8) + text;
  const std::size_t at = payload.find(marker);
  REQUIRE(at != std::string::npos);
  return at + marker.size();
}

std::string with_u64(std::string payload, std::size_t at, std::uint64_t v) {
  payload.replace(at, 8, le(v, 8));
  return payload;
}

}  // namespace

TEST_CASE("compiled pack: round trip keeps every field") {
  const Course course = full_course();
  const std::string bytes = write_compiled_pack(course);
  const PackLoad load = read_compiled_pack("x.wlpack", bytes);
  for (const Diagnostic& d : load.diagnostics) INFO(format_diagnostic(d));
  REQUIRE(load.ok());
  CHECK(load.course == course);
  // The test course really does differ from defaults in the fields that
  // are easiest to drop by accident.
  CHECK(load.course.modules[0].quiz.questions[2].answer);
  CHECK(load.course.modules[0].lessons[0].blocks[0].body[0].runs[1].italic);
  CHECK(load.course.modules[1].rephrase[0].tiles.size() == 4);
  REQUIRE(load.course.modules[0].rephrase[0].accepted.size() == 2);
  const AcceptedOrder& second = load.course.modules[0].rephrase[0].accepted[1];
  CHECK(second.tiles == std::vector<std::string>{"walk you over", "I'll", "to the person", "who handles this."});
  CHECK(second.line == 87);
  CHECK(second.col == 11);
}

TEST_CASE("compiled pack: accepted tile orders survive a build from text") {
  // Text -> model -> .wlpack -> model, as `warmline-pack build` and the app do.
  Course course = full_course();
  Diagnostics ds;
  course.modules[0].rephrase = parse_module_text("tiny/modules/01-listening.md",
                                                 "# Module: M\n"
                                                 "id: m\n"
                                                 "## Rephrase: I don't know.\n"
                                                 "id: rp-know\n"
                                                 "context: phone\n"
                                                 "- [x] I'll check with my manager and call you back today.\n"
                                                 "- [ ] No idea.\n"
                                                 "- [ ] Not sure.\n"
                                                 "tiles: I'll check | with my manager | and call you back | today.\n"
                                                 "accept: I'll check | today. | with my manager | and call you back\n"
                                                 "accept: with my manager | I'll check | and call you back | today.\n"
                                                 "why: A next step.\n",
                                                 ds)
                                   .rephrase;
  REQUIRE(ds.empty());
  REQUIRE(course.modules[0].rephrase.size() == 1);
  const PackLoad load = read_compiled_pack("x.wlpack", write_compiled_pack(course));
  for (const Diagnostic& d : load.diagnostics) INFO(format_diagnostic(d));
  REQUIRE(load.ok());
  const RephraseItem& r = load.course.modules[0].rephrase.at(0);
  REQUIRE(r.accepted.size() == 2);
  CHECK(r.accepted[0].tiles == std::vector<std::string>{"I'll check", "today.", "with my manager", "and call you back"});
  CHECK(r.accepted[0].line == 10);
  CHECK(r.accepted[0].col == 9);
  CHECK(r.accepted[1].line == 11);
  CHECK(r == course.modules[0].rephrase[0]);
  // Dropping an accepted order changes the bytes: the orders are stored.
  Course fewer = course;
  fewer.modules[0].rephrase[0].accepted.pop_back();
  CHECK(write_compiled_pack(fewer) != write_compiled_pack(course));
}

TEST_CASE("compiled pack: header layout and deterministic bytes") {
  const Course course = full_course();
  const std::string a = write_compiled_pack(course);
  const Course copy = course;
  const std::string b = write_compiled_pack(copy);
  CHECK(a == b);
  REQUIRE(a.size() > kHeader);
  CHECK(a.substr(0, 8) == std::string("WLPACK\0\x1a", 8));
  CHECK(a.substr(8, 4) == le(kCompiledPackFormat, 4));
  CHECK(a.substr(12, 8) == le(a.size() - kHeader, 8));
  const Sha256Digest h = sha256(std::string_view(a).substr(kHeader));
  CHECK(a.substr(20, 32) == std::string(reinterpret_cast<const char*>(h.data()), 32));
  CHECK(a[kHeader] == 1);  // cereal's little-endian marker
  CHECK(repack(a.substr(kHeader)) == a);

  Course changed = course;
  changed.modules[0].quiz.questions[0].line += 1;
  CHECK(write_compiled_pack(changed) != a);
}

TEST_CASE("compiled pack: every truncation is refused with a message") {
  const std::string bytes = write_compiled_pack(full_course());
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    const PackLoad load = read_compiled_pack("x.wlpack", std::string_view(bytes).substr(0, n));
    CAPTURE(n);
    REQUIRE_FALSE(load.ok());
    const std::string msg = first_message(load);
    CHECK((contains(msg, "truncated") || (n == 0 && contains(msg, "not a Warmline pack"))));
    CHECK(load.course == Course{});
  }
}

TEST_CASE("compiled pack: flipping any byte of the content or its hash is caught") {
  const std::string bytes = write_compiled_pack(full_course());
  for (std::size_t i = 20; i < bytes.size(); ++i) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x01);
    const PackLoad load = read_compiled_pack("x.wlpack", bad);
    CAPTURE(i);
    REQUIRE_FALSE(load.ok());
    CHECK(first_message(load) == "damaged: content hash does not match");
  }
}

TEST_CASE("compiled pack: forged header fields get their own message") {
  const std::string bytes = write_compiled_pack(full_course());
  const std::string payload = bytes.substr(kHeader);

  std::string magic = bytes;
  magic[0] = 'X';
  CHECK(first_message(read_compiled_pack("x.wlpack", magic)) ==
        "not a Warmline pack (a compiled pack starts with \"WLPACK\")");
  CHECK(contains(first_message(read_compiled_pack("x.wlpack", "pack.txt: id: hello\n")), "not a Warmline pack"));

  CHECK(kCompiledPackFormat == 2);
  CHECK(first_message(read_compiled_pack("x.wlpack", repack(payload, 7))) ==
        "made by a newer warmline-pack (format 7); this engine reads format 2: update Warmline or rebuild the pack");
  CHECK(contains(first_message(read_compiled_pack("x.wlpack", repack(payload, 0))), "unknown compiled pack format 0"));
  // Format 1 had no accepted tile orders: refused by its header, never misread.
  CHECK(first_message(read_compiled_pack("x.wlpack", repack(payload, 1))) ==
        "unknown compiled pack format 1; this engine reads format 2");

  std::string longer = bytes;
  longer.replace(12, 8, le(payload.size() + 1, 8));
  CHECK(contains(first_message(read_compiled_pack("x.wlpack", longer)), "truncated: the header promises"));
  std::string shorter = bytes;
  shorter.replace(12, 8, le(payload.size() - 1, 8));
  CHECK(first_message(read_compiled_pack("x.wlpack", shorter)) == "damaged: 1 unexpected bytes after the content");
  std::string huge = bytes;
  huge.replace(12, 8, le(std::uint64_t(1) << 60, 8));
  CHECK(contains(first_message(read_compiled_pack("x.wlpack", huge)), "more than any pack can hold"));
}

TEST_CASE("compiled pack: a forged huge size behind a valid hash fails cleanly") {
  const std::string payload = write_compiled_pack(full_course()).substr(kHeader);
  const std::uint64_t huge = std::uint64_t(1) << 60;
  const std::string pack_id = std::string("roundtrip-pack");

  SUBCASE("a string") {
    // The pack id is the first field after cereal's endianness byte.
    REQUIRE(payload.substr(1, 8) == le(pack_id.size(), 8));
    const PackLoad load = read_compiled_pack("x.wlpack", repack(with_u64(payload, 1, huge)));
    CHECK(first_message(load) == "damaged: a stored text claims 1152921504606846976 bytes, more than the limit of 1048576");
  }
  SUBCASE("the module list") {
    const std::size_t at = after(payload, "tiny/pack.txt");  // PackInfo ends with source_file
    REQUIRE(payload.substr(at, 8) == le(2, 8));
    const PackLoad load = read_compiled_pack("x.wlpack", repack(with_u64(payload, at, huge)));
    CHECK(first_message(load) ==
          "damaged: a stored list of modules claims 1152921504606846976 entries, more than the limit of 200");
  }
  SUBCASE("a question list just above its limit") {
    // Quiz: id, title, seconds, pass mark, then the question count.
    const std::size_t at = after(payload, "Listening check") + 4 + 4;
    REQUIRE(payload.substr(at, 8) == le(6, 8));
    const PackLoad load = read_compiled_pack("x.wlpack", repack(with_u64(payload, at, 301)));
    CHECK(contains(first_message(load), "list of questions claims 301 entries, more than the limit of 300"));
  }
  SUBCASE("a size that is in range but runs past the end") {
    const PackLoad load = read_compiled_pack("x.wlpack", repack(with_u64(payload, 1, 1000000)));
    CHECK(contains(first_message(load), "damaged: the content ends early or is malformed"));
  }
}

TEST_CASE("compiled pack: all-ones sizes at every offset never crash") {
  // A crude fuzz: 2^64-1 written over each 8 bytes of the content, with a
  // fresh valid hash. Whatever the reader says, it must say it cleanly.
  const std::string payload = write_compiled_pack(full_course()).substr(kHeader);
  std::size_t refused = 0;
  for (std::size_t at = 1; at + 8 <= payload.size(); ++at) {
    const PackLoad load = read_compiled_pack("x.wlpack", repack(with_u64(payload, at, ~std::uint64_t(0))));
    CAPTURE(at);
    if (load.ok()) continue;  // the bytes landed inside some text
    ++refused;
    REQUIRE_FALSE(load.diagnostics.empty());
    CHECK_FALSE(load.diagnostics.front().message.empty());
  }
  // Most offsets hit a size, a number or an enum.
  CHECK(refused > payload.size() / 2);
}

TEST_CASE("compiled pack: out-of-range enums and bools behind a valid hash are refused") {
  const std::string payload = write_compiled_pack(full_course()).substr(kHeader);
  // Question: id, then the type byte.
  const std::size_t type_at = after(payload, "q-truefalse");
  REQUIRE(static_cast<int>(payload[type_at]) == static_cast<int>(QuestionType::TrueFalse));
  std::string bad = payload;
  bad[type_at] = static_cast<char>(200);
  CHECK(first_message(read_compiled_pack("x.wlpack", repack(bad))) ==
        "damaged: a stored question type has the unknown value 200");
  bad[type_at] = static_cast<char>(static_cast<int>(QuestionType::Gap) + 1);
  CHECK(contains(first_message(read_compiled_pack("x.wlpack", repack(bad))), "unknown value 6"));

  // Channel of the first rephrasing item: id, negative, then the channel.
  const std::size_t channel_at = after(payload, "rp-not-my-dept") + 8 + std::string("That's not my department.").size();
  REQUIRE(static_cast<int>(payload[channel_at]) == static_cast<int>(Channel::Counter));
  bad = payload;
  bad[channel_at] = 4;
  CHECK(first_message(read_compiled_pack("x.wlpack", repack(bad))) == "damaged: a stored channel has the unknown value 4");

  // TextRun: text, then bold as one byte that must be 0 or 1.
  const std::size_t bold_at = after(payload, "Your job is to ");
  REQUIRE(payload[bold_at] == 0);
  bad = payload;
  bad[bold_at] = 2;
  CHECK(first_message(read_compiled_pack("x.wlpack", repack(bad))) == "damaged: a stored yes/no value is 2, not 0 or 1");
}

TEST_CASE("compiled pack: a forged list of accepted tile orders is refused above its limit") {
  const std::string payload = write_compiled_pack(full_course()).substr(kHeader);
  // RephraseItem: ..., tiles, then the accepted orders' count.
  const std::size_t at = after(payload, "who handles this.");
  REQUIRE(payload.substr(at, 8) == le(2, 8));
  CHECK(first_message(read_compiled_pack("x.wlpack", repack(with_u64(payload, at, 9)))) ==
        "damaged: a stored list of accepted tile orders claims 9 entries, more than the limit of 8");
  // The first order's tiles: a count above kTilesPerItem.
  REQUIRE(payload.substr(at + 8, 8) == le(4, 8));
  CHECK(first_message(read_compiled_pack("x.wlpack", repack(with_u64(payload, at + 8, 9)))) ==
        "damaged: a stored list of tiles claims 9 entries, more than the limit of 8");
}

TEST_CASE("compiled pack: content must fill the payload exactly and be little-endian") {
  const std::string payload = write_compiled_pack(full_course()).substr(kHeader);
  CHECK(first_message(read_compiled_pack("x.wlpack", repack(payload + "xyz"))) ==
        "damaged: 3 unexpected bytes after the course");
  std::string big_endian = payload;
  big_endian[0] = 0;
  CHECK(contains(first_message(read_compiled_pack("x.wlpack", repack(big_endian))), "little-endian"));
}

TEST_CASE("compiled pack: a well-formed file is still validated") {
  Course course = full_course();
  course.modules[1].quiz.questions[0].id = "q-single";  // same id as module 1's question
  const PackLoad load = read_compiled_pack("x.wlpack", write_compiled_pack(course));
  REQUIRE_FALSE(load.ok());
  bool names_id = false;
  for (const Diagnostic& d : load.diagnostics) names_id = names_id || contains(d.message, "q-single");
  CHECK(names_id);
  CHECK(load.diagnostics.back().file == "x.wlpack");
  CHECK(contains(load.diagnostics.back().message, "fails the checks"));
}
