#include "core/lesson_reader.h"

#include <doctest/doctest.h>

using namespace warmline;

namespace {
Lesson lesson_with(int cards) {
  Lesson l;
  l.id = "l1";
  for (int i = 0; i < cards; ++i) {
    LessonBlock b;
    b.title = "card " + std::to_string(i);
    l.blocks.push_back(b);
  }
  return l;
}
}  // namespace

TEST_CASE("the reader steps through cards and stops at both ends") {
  const Lesson l = lesson_with(3);
  LessonReader r(l);
  CHECK(r.card()->title == "card 0");
  CHECK(r.at_first());
  CHECK_FALSE(r.back());
  CHECK(r.next());
  CHECK(r.next());
  CHECK(r.card()->title == "card 2");
  CHECK(r.at_last());
  CHECK_FALSE(r.next());
  CHECK(r.index() == 2);
  CHECK(r.finished());
}

TEST_CASE("stepping back keeps the furthest card, and only seen cards can be jumped to") {
  const Lesson l = lesson_with(4);
  LessonReader r(l);
  r.next();
  r.next();
  CHECK(r.back());
  CHECK(r.index() == 1);
  CHECK(r.furthest() == 2);
  CHECK_FALSE(r.finished());
  CHECK_FALSE(r.jump(3));
  CHECK(r.jump(2));
  CHECK(r.index() == 2);
  CHECK(r.jump(0));
  CHECK(r.card()->title == "card 0");
  CHECK_FALSE(r.jump(0));
}

TEST_CASE("a lesson without cards is finished at once and never indexes out of range") {
  const Lesson l = lesson_with(0);
  LessonReader r(l);
  CHECK(r.card() == nullptr);
  CHECK(r.finished());
  CHECK_FALSE(r.next());
  CHECK_FALSE(r.back());
  CHECK_FALSE(r.jump(0));
}

TEST_CASE("reading time counts every word of a lesson at 180 a minute, at least one minute") {
  Lesson l = lesson_with(0);
  CHECK(reading_minutes(l) == 1);
  LessonBlock b;
  TextBlock para;
  para.runs.push_back(TextRun{std::string(200 * 2, ' '), false, false});  // spaces only: no words
  b.body.push_back(para);
  l.blocks.push_back(b);
  CHECK(reading_minutes(l) == 1);
  std::string text;
  for (int i = 0; i < 361; ++i) text += "word ";
  l.blocks[0].body[0].runs[0].text = text;
  CHECK(reading_minutes(l) == 3);  // 361 words: just over two minutes
  l.blocks[0].say = "one two";
  l.blocks[0].body[0].runs[0].text = text.substr(0, 359 * 5);
  CHECK(reading_minutes(l) == 3);  // 359 + 2 = 361 words, the say line counts
}
