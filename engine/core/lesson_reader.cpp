#include "core/lesson_reader.h"

#include <algorithm>

namespace warmline {

LessonReader::LessonReader(const Lesson& lesson) : lesson_(&lesson) {}

const LessonBlock* LessonReader::card() const {
  return index_ < count() ? &lesson_->blocks[index_] : nullptr;
}

bool LessonReader::next() {
  if (at_last()) return false;
  ++index_;
  furthest_ = std::max(furthest_, index_);
  return true;
}

bool LessonReader::back() {
  if (at_first()) return false;
  --index_;
  return true;
}

bool LessonReader::jump(std::size_t card) {
  if (card > furthest_ || card >= count() || card == index_) return false;
  index_ = card;
  return true;
}

namespace {

constexpr int kWordsPerMinute = 180;

std::size_t words(const std::string& s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

std::size_t words(const RichText& text) {
  std::size_t n = 0;
  for (const TextBlock& b : text)
    for (const TextRun& r : b.runs) n += words(r.text);
  return n;
}

}  // namespace

int reading_minutes(const Lesson& lesson) {
  std::size_t n = 0;
  for (const LessonBlock& b : lesson.blocks) {
    n += words(b.title) + words(b.body) + words(b.say) + words(b.say_not) + words(b.why);
  }
  const auto minutes = static_cast<int>((n + kWordsPerMinute - 1) / kWordsPerMinute);
  return std::max(1, minutes);
}

}  // namespace warmline
