#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "content/markers_parser.h"
#include "content_test_util.h"
#include "core/games/rephrase_scorer.h"

using namespace warmline;

namespace {

// A copy of content/default/rephrase-markers.txt: the tests also run as wasm
// under Node, without files. Keep the two the same; the first test case
// fails on a copy that no longer parses cleanly.
const char* kDefaultMarkers = R"markers(// How the rephrasing game's Write round scores a learner's own rewrite.
// Every reply starts at `base`; each phrase below that appears in it adds
// its weight once (a longer phrase hides the shorter ones inside it, so
// "nothing I can do" never also counts as "I can"). The total is kept
// between 0 and 100. Matching ignores case, works on whole words and reads
// ’ as '.
//
// Entries, one a line; `//` starts a comment line:
//   base: N                    starting score, 0 to 100
//   length: MIN..MAX words     replies outside get too-short / too-long
//   too-short: N, too-long: N, no-positive: N    penalties, -100 to 0
//   topic: N per word, max M   see "Keeping the request in view" below
//   common: word, word, ...    may repeat; the lists add up
//   negative: phrase = N       N below zero
//   positive: phrase = N       N above zero (ownership, next steps)
//   empathy: phrase = N        N above zero (acknowledging the feeling)
// After a weight, `| note` finishes the feedback line the learner sees
// when the phrase is found: “phrase” note.

base: 50
length: 4..40 words
too-short: -25
too-long: -15
// A reply with no ownership phrase at all is a dead end, however polite.
no-positive: -25

// Keeping the request in view: each word the reply shares with the
// negative line earns 10, at most 20, but only in a reply that also has an
// ownership phrase (naming what they asked for while refusing it is no
// better). Only words of three letters or more count, minus the refusal
// words below and these common ones. A plural "s" does not matter:
// "refund" keeps "refunds" in view.
topic: 10 per word, max 20
common: that, that's, this, the, and, for, you, you're, you'll, your, our, are, was, were, have, has, had
common: not, don't, isn't, can, will, just, there, here, it's, any, all, with, what, who, why, how
common: sir, madam, mate, really, now, then, get, got, too, again, about, into, from, they, them

// Refusals, blame and orders. These close the door on the customer.
negative: can’t = -25 | says no before it says anything useful: lead with what you can do.
negative: cannot = -25 | says no before it says anything useful: lead with what you can do.
negative: won’t = -15 | sounds like a refusal: say what will happen instead.
negative: not my = -30 | hands the problem back: own getting it to the right person.
negative: not our = -25 | hands the problem back: own getting it to the right person.
negative: unfortunately = -20 | sounds like a refusal: lead with what you can do.
negative: policy = -20 | hides behind a rule: explain what the rule lets you do.
negative: you need to = -20 | gives an order: say what happens once they do it.
negative: you have to = -20 | gives an order: say what happens once they do it.
negative: you’ll have to = -20 | gives an order: offer to do it with them or for them.
negative: you’ll need to = -20 | gives an order: offer to do it with them or for them.
negative: you must = -20 | gives an order: say what happens once they do it.
negative: calm down = -35 | tells them how to feel, which rarely works: name the feeling instead.
negative: nothing I can do = -35 | shuts the door: there is always a next step you can offer.
negative: you should have = -30 | blames the customer: move on to what can be done now.
negative: it’s not our fault = -30 | argues about blame: focus on fixing it.
negative: not our fault = -30 | argues about blame: focus on fixing it.
negative: no way = -25 | is a flat no: offer an alternative.
negative: I don’t know = -20 | stops at not knowing: say how you will find out.
negative: nobody = -15 | sounds like no one will help: say who will.
negative: wrong department = -20 | hands the problem back: offer to transfer them yourself.
negative: someone else = -15 | passes them on vaguely: name who, and make the handover yourself.
negative: I’m afraid = -10 | softens a no without changing it: lead with what you can do.
negative: not possible = -20 | says no: say what is possible.
negative: impossible = -20 | says no: say what is possible.
negative: that’s how it is = -25 | shuts the conversation: explain and offer a way forward.
negative: just wait = -15 | leaves them waiting with nothing: give a time.

// Ownership and next steps: the reply says what you will do.
positive: I’ll = 25
positive: Let’s = 25
positive: what I can do = 25 | turns the no into an option.
positive: I can = 20
positive: I will = 25
positive: I’ve = 20 | says what you have already done for them.
positive: I want to = 15
positive: here’s = 15 | gives them something useful at once.
positive: here are = 15 | gives them something useful at once.
positive: can help = 15
positive: make sure = 10 | shows you are taking care to get it right.
positive: straight to me = 20 | makes you the person they can reach.
positive: won’t have to = 15 | spares them the effort.
positive: easier = 10 | shows you thought about their side.
positive: Let me = 25
positive: happy to = 15
positive: right away = 10 | gives the next step a time.
positive: straight away = 10 | gives the next step a time.
positive: I’d be glad to = 20
positive: I’m going to = 20
positive: we can = 15
positive: could I = 15 | asks first, which keeps them in control.
positive: would you like = 15 | offers a choice.

// Acknowledging the feeling before the fix.
empathy: I understand = 15
empathy: I see why = 15
empathy: I’m sorry = 15
empathy: thanks for = 10
empathy: thank you for = 10
empathy: I can hear = 15
empathy: I know how = 10
empathy: I can see = 10
empathy: frustrating = 10 | names the feeling, which helps it pass.
)markers";

const RephraseMarkers& defaults() {
  static const RephraseMarkers m = [] {
    Diagnostics ds;
    RephraseMarkers parsed = parse_markers("rephrase-markers.txt", kDefaultMarkers, ds);
    REQUIRE(ds.empty());
    return parsed;
  }();
  return m;
}

int score(const char* negative, const char* reply) { return score_rephrase(reply, negative, defaults()).score; }

struct Rewrite {
  const char* negative;
  const char* reply;
};

// Hand-written rewrites a trainer would accept.
const Rewrite kGood[] = {
    {"That's not my department.", "I'll walk you over to the team who handles this and explain it to them first."},
    {"You'll have to wait.", "I'm sorry about the wait. I'll check on it now and update you in ten minutes."},
    {"We can't do refunds.", "What I can do is swap it for a new one today, or credit your account."},
    {"We can't do refunds.", "I understand you want your money back. Let me see which refund options your order has."},
    {"Calm down, sir.", "I can hear how frustrating this is. Let's sort out the missing payment together."},
    {"I don't know.", "Good question. Let me find out and tell you before we finish this call."},
    {"You should have read the terms.", "Let me walk you through what the terms say about cancelling and what your options are."},
    {"It's company policy.", "I'll explain what the rule is there for and what we can do for you within it."},
    {"You need to fill in the form.", "Once the form is in, I can process it straight away."},
    {"There's nothing I can do.", "Here is what I can do: I'll raise it with my manager today and call you back."},
    {"That's not our fault, it's the courier.", "I’m sorry it arrived late. I’ll chase the courier now and get you a delivery date."},
    {"You're going to have to hold.", "Could I put you on hold for two minutes while I check your bill?"},
    {"Unfortunately the item is out of stock.", "That item is sold out right now, but I can reserve one from the next delivery for you."},
    {"Read the FAQ.", "Happy to help with that. Let me take you through the steps now."},
    {"You'll need to call back tomorrow.", "I'll call you back tomorrow by 10 with an answer."},
    {"Your complaint has been noted.", "Thank you for telling us. I'm sorry about your visit, and I'll make sure the store manager reads this today."},
    {"No, we don't deliver on Sundays.", "We deliver Monday to Saturday; I can book you the first slot on Monday morning."},
    {"The system is down, nothing I can do.", "Our system is down for a few minutes; I'll note your details and ring you as soon as it's back."},
    {"I'm just covering.", "I'll look into it for you myself so you don't have to wait."},
    {"That's a billing thing, not tech support.", "Our billing team handles this, so I'll transfer you and explain your case to them first."},
};

// Hand-written rewrites that keep the refusal, the blame or the dead end.
const Rewrite kPoor[] = {
    {"That's not my department.", "That's not my department, sorry."},
    {"You'll have to wait.", "You'll have to wait like everyone else."},
    {"We can't do refunds.", "Sorry, we can't do refunds on sale items."},
    {"Calm down, sir.", "Please calm down so I can help you."},
    {"I don't know.", "I'm not sure, to be honest."},
    {"It's company policy.", "Unfortunately that's our policy and I can't change it."},
    {"You need to fill in the form.", "You have to fill in the form first."},
    {"There's nothing I can do.", "There is nothing I can do about it."},
    {"You should have read the terms.", "You should have read the terms before signing."},
    {"Read the FAQ.", "It's all on the website."},
    {"No.", "No."},
    {"You're going to have to hold.", "Just wait a second."},
    {"Unfortunately the item is out of stock.", "Unfortunately it is out of stock."},
    {"Your complaint has been noted.", "I'm afraid that's how it is, the rules are the rules."},
    {"That's not our fault.", "It's not our fault the courier lost it."},
    {"We can't do refunds.", "Refunds aren't something we offer, you'll need to ask the shop."},
    {"I'm sorry you feel that way.", "I'm sorry you feel that way about it."},
};

}  // namespace

TEST_CASE("the default marker list parses cleanly") {
  const RephraseMarkers& m = defaults();
  CHECK(m.base == 50);
  CHECK(m.min_words == 4);
  CHECK(m.max_words == 40);
  CHECK(m.no_positive == -25);
  CHECK(m.topic_per_word == 10);
  CHECK(m.topic_max == 20);
  CHECK(m.negative.size() >= 12);
  CHECK(m.positive.size() >= 8);
  CHECK(m.empathy.size() >= 4);
  CHECK(m.negative.front().phrase == "can’t");
  CHECK(m.negative.front().weight == -25);
}

TEST_CASE("hand-written good rewrites score 70 or more") {
  for (const Rewrite& r : kGood) {
    CAPTURE(r.reply);
    CHECK(score(r.negative, r.reply) >= 70);
  }
}

TEST_CASE("hand-written poor rewrites score 40 or less") {
  for (const Rewrite& r : kPoor) {
    CAPTURE(r.reply);
    CHECK(score(r.negative, r.reply) <= 40);
  }
}

namespace {

// A tiny list with round numbers, so each rule's effect is easy to see.
RephraseMarkers small() {
  RephraseMarkers m;
  m.base = 50;
  m.min_words = 3;
  m.max_words = 12;
  m.too_short = -20;
  m.too_long = -10;
  m.no_positive = -5;
  m.topic_per_word = 10;
  m.topic_max = 20;
  m.common = {"the", "you"};
  m.negative = {{"can't", -30, "", 1}, {"nothing I can do", -40, "is a dead end.", 2}, {"policy", -20, "", 3}};
  m.positive = {{"I can", 15, "", 4}, {"I'll", 20, "", 5}, {"let's", 20, "", 6}};
  m.empathy = {{"I'm sorry", 10, "", 7}, {"I can hear", 10, "", 8}};
  return m;
}

}  // namespace

TEST_CASE("a reply's score and feedback name what was found and what is missing") {
  const RephraseScore s = score_rephrase("Unfortunately I can't, it's policy.", "We can't do refunds.", defaults());
  // 50 - 20 (unfortunately) - 25 (can't) - 20 (policy) - 25 (no ownership), clamped.
  CHECK(s.score == 0);
  CHECK(s.feedback == std::vector<std::string>{
                          "“can’t” says no before it says anything useful: lead with what you can do.",
                          "“unfortunately” sounds like a refusal: lead with what you can do.",
                          "“policy” hides behind a rule: explain what the rule lets you do.",
                          "Say what you will do: “I’ll…”, “Let’s…”.",
                          "Show you hear how they feel: “I understand…”, “I see why…”.",
                      });
  const RephraseScore g = score_rephrase("I'm sorry, I'll sort your refund today.", "We can't do refunds.", defaults());
  CHECK(g.score == 100);  // 50 + 15 + 25 + 10 (refund), clamped
  CHECK(g.feedback == std::vector<std::string>{
                          "“I’ll” puts you in charge of the next step.",
                          "“I’m sorry” shows you hear how they feel.",
                          "You kept their request in view: “refunds”.",
                      });
}

TEST_CASE("in the default list, “won’t have to” is a kindness, not a refusal") {
  // 50 + 20 (I’ve) + 15 (won’t have to); the "won’t" inside it is not also counted.
  CHECK(score("You’ll need to call back.", "I’ve logged it, so you won’t have to explain again.") == 85);
  CHECK(score("You’ll need to call back.", "I’ve logged it, but it won’t be quick.") == 55);  // 50 + 20 - 15
}

TEST_CASE("default notes are used when a marker has none") {
  const RephraseScore s = score_rephrase("the policy is strict here", "", small());
  CHECK(s.score == 25);  // 50 - 20 - 5
  CHECK(s.feedback.front() == "“policy” sounds like a refusal: lead with what you can do.");
  CHECK(score_rephrase("nothing I can do here", "", small()).feedback.front() == "“nothing I can do” is a dead end.");
}

TEST_CASE("matching ignores case and reads curly apostrophes as straight ones") {
  CHECK(score_rephrase("I’LL look into it", "", small()).score == 70);
  CHECK(score_rephrase("i'll look into it", "", small()).score == 70);
  CHECK(score_rephrase("sorry, I CAN’T do it", "", small()).score == 15);
}

TEST_CASE("markers match whole words only") {
  // "policyholder" is not "policy", "I canned" is not "I can", "can't" is not "I can".
  CHECK(score_rephrase("a policyholder called earlier", "", small()).score == 45);
  CHECK(score_rephrase("I canned the old plan", "", small()).score == 45);
  CHECK(score_rephrase("I can't do that", "", small()).score == 15);
  CHECK(score_rephrase("yes, I can do that", "", small()).score == 65);
}

TEST_CASE("a longer phrase hides the shorter ones inside it, and each marker counts once") {
  // "nothing I can do" is found; "I can" inside it is not also counted.
  CHECK(score_rephrase("there is nothing I can do", "", small()).score == 5);
  CHECK(score_rephrase("I'll I'll I'll check it", "", small()).score == 70);
  CHECK(score_rephrase("I'll check, and I can fix it", "", small()).score == 85);
  // Across lists too: the empathy "I can hear" hides the positive "I can" listed before it.
  CHECK(score_rephrase("I can hear you, it's hard", "", small()).score == 55);
}

TEST_CASE("scores are kept between 0 and 100") {
  CHECK(score_rephrase("nothing I can do, can't, policy", "", small()).score == 0);
  CHECK(score_rephrase("I'm sorry: I'll and I can and let's fix it", "", small()).score == 100);
}

TEST_CASE("too short and too long replies lose points and say why") {
  const RephraseScore s = score_rephrase("I'll check", "", small());
  CHECK(s.score == 50);  // 50 + 20 - 20
  CHECK(s.feedback.back() == "Too short: a full reply needs at least 3 words.");
  const RephraseScore l = score_rephrase("I'll check it and I will keep on checking it until the very end", "", small());
  CHECK(l.score == 60);  // 14 words: 50 + 20 - 10
  CHECK(l.feedback.back() == "Too long: keep it to 12 words so it is easy to take in.");
  CHECK(score_rephrase("I'll check it", "", small()).score == 70);  // exactly the minimum
}

TEST_CASE("an empty reply scores nothing") {
  const RephraseScore s = score_rephrase("  … — ", "We can't do refunds.", defaults());
  CHECK(s.score == 0);
  CHECK(s.feedback == std::vector<std::string>{"Write your reply first."});
}

TEST_CASE("words shared with the customer's request earn points only beside a next step") {
  const RephraseMarkers m = small();
  // Topic words of "You can't get refunds on the sale shoes": get, refunds, on? no (2 letters), sale, shoes.
  CHECK(score_rephrase("I'll look at the refund for the sale", "You can't get refunds on the sale shoes", m).score ==
        90);  // 50 + 20 + 2 * 10
  CHECK(score_rephrase("I'll look at the refund, the sale and the shoes", "You can't get refunds on the sale shoes", m)
            .score == 90);  // three words, capped at 20
  CHECK(score_rephrase("the refund for the sale", "You can't get refunds on the sale shoes", m).score == 45);
  // Refusal words and common words are never topic words.
  CHECK(score_rephrase("I'll say you can't", "You can't get refunds", m).score == 40);
  const RephraseScore miss = score_rephrase("I'll look into it", "You can't get refunds", m);
  CHECK(miss.score == 70);
  CHECK(miss.feedback.back() == "Name what they asked about (“get”) so they know you heard it.");
}

TEST_CASE("marker_words splits on punctuation and keeps contractions") {
  CHECK(marker_words("“Don’t” — WAIT…it's 'fine' (ok)") ==
        std::vector<std::string>{"don't", "wait", "it's", "fine", "ok"});
  CHECK(marker_words("café-au-lait") == std::vector<std::string>{"café", "au", "lait"});
  CHECK(marker_words("no\u00a0break").size() == 2);
  CHECK(marker_words("").empty());
}

namespace {

std::vector<std::string> parse_errors(const std::string& text) {
  Diagnostics ds;
  parse_markers("m.txt", text, ds);
  return test::formatted(ds);
}

}  // namespace

TEST_CASE("the marker parser reads every entry") {
  Diagnostics ds;
  const RephraseMarkers m = parse_markers("m.txt",
                                          "// comment\n"
                                          "base: 40\n"
                                          "length: 2..9 words\n"
                                          "too-short: -11\n"
                                          "too-long: -12\n"
                                          "no-positive: -13\n"
                                          "topic: 7 per word, max 14\n"
                                          "common: the, a\n"
                                          "common: it's\n"
                                          "negative: can’t = -25 | says no.\n"
                                          "positive: I can = +15\n"
                                          "empathy: I see why = 10\n",
                                          ds);
  CHECK(ds.empty());
  CHECK(m.base == 40);
  CHECK(m.min_words == 2);
  CHECK(m.max_words == 9);
  CHECK(m.too_short == -11);
  CHECK(m.too_long == -12);
  CHECK(m.no_positive == -13);
  CHECK(m.topic_per_word == 7);
  CHECK(m.topic_max == 14);
  CHECK(m.common == std::vector<std::string>{"the", "a", "it's"});
  REQUIRE(m.negative.size() == 1);
  CHECK(m.negative[0].phrase == "can’t");
  CHECK(m.negative[0].weight == -25);
  CHECK(m.negative[0].note == "says no.");
  CHECK(m.negative[0].line == 10);
  REQUIRE(m.positive.size() == 1);
  CHECK(m.positive[0].weight == 15);
  CHECK(m.positive[0].note.empty());
  REQUIRE(m.empathy.size() == 1);
  CHECK(m.empathy[0].phrase == "I see why");
}

TEST_CASE("marker parser errors point at file:line:col") {
  CHECK(parse_errors("negativ: can't = -25\n"
                     "Base: 50\n"
                     "can't = -25\n"
                     "negative: can't -25\n"
                     "negative: can't = lots\n"
                     "positive: I can = -5\n"
                     "empathy:  = 10\n"
                     "positive:\n") == std::vector<std::string>{
                                           "m.txt:1:1: unknown entry 'negativ' (did you mean 'negative'?)",
                                           "m.txt:2:1: entry names are lower case: 'Base'",
                                           "m.txt:3:1: expected 'entry: value' or a // comment",
                                           "m.txt:4:11: expected 'phrase = weight', like can't = -25",
                                           "m.txt:5:19: the weight must be a whole number from -100 to 100",
                                           "m.txt:6:19: a positive marker takes a weight above zero",
                                           "m.txt:7:11: no phrase before '='",
                                           "m.txt:8:10: 'positive' needs a value",
                                       });
}

TEST_CASE("marker parser columns count characters, and repeats are refused") {
  CHECK(parse_errors("negative: can't = -20\n"
                     "negative: won’t — ever = x\n"
                     "positive: CAN’T = 5\n"
                     "negative: policy = -20 |\n"
                     "negative: rules = -101\n") == std::vector<std::string>{
                                                      "m.txt:2:26: the weight must be a whole number from -100 to 100",
                                                      "m.txt:3:11: 'CAN’T' is already listed on line 1",
                                                      "m.txt:4:24: nothing after '|': write a note or leave out the '|'",
                                                      "m.txt:5:19: the weight must be a whole number from -100 to 100",
                                                  });
}

TEST_CASE("marker parser checks the single-value entries") {
  CHECK(parse_errors("base: 50\n"
                     "base: 60\n"
                     "length: 40..4 words\n"
                     "length: four\n"
                     "too-short: 5\n"
                     "topic: 10 each\n"
                     "common: the, big deal\n"
                     "common: the, , and\n"
                     "negative: can't = 0\n"
                     "base: 150\n") == std::vector<std::string>{
                                         "m.txt:2:1: 'base' is already set on line 1",
                                         "m.txt:3:9: 'length' goes from 40 up to 4: swap them",
                                         "m.txt:4:1: 'length' is already set on line 3",
                                         "m.txt:5:12: 'too-short' must be a whole number from -100 to 0",
                                         "m.txt:6:8: 'topic' must be N per word, max M, like 10 per word, max 20 (0 to 100)",
                                         "m.txt:7:14: 'common' takes single words separated by commas",
                                         "m.txt:8:14: 'common' takes single words separated by commas",
                                         "m.txt:9:19: a negative marker takes a weight below zero",
                                         "m.txt:10:1: 'base' is already set on line 1",
                                     });
  CHECK(parse_errors("length: four\n") ==
        std::vector<std::string>{"m.txt:1:9: 'length' must be MIN..MAX words, like 4..40 words"});
  CHECK(parse_errors("base: 150\n") ==
        std::vector<std::string>{"m.txt:1:7: 'base' must be a whole number from 0 to 100"});
}

TEST_CASE("a bad line is skipped and the rest of the list still loads") {
  Diagnostics ds;
  const RephraseMarkers m = parse_markers("m.txt", "negative: can't = x\nnegative: won't = -15\n", ds);
  CHECK(ds.size() == 1);
  REQUIRE(m.negative.size() == 1);
  CHECK(m.negative[0].phrase == "won't");
}
