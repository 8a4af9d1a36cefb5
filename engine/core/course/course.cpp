#include "core/course/course.h"

#include <tuple>

namespace warmline {

int question_seconds(const Question& q, const Quiz& quiz) {
  return q.seconds > 0 ? q.seconds : quiz.seconds_per_question;
}

std::string_view question_type_name(QuestionType t) {
  switch (t) {
    case QuestionType::Single: return "single";
    case QuestionType::Multi: return "multi";
    case QuestionType::TrueFalse: return "truefalse";
    case QuestionType::Order: return "order";
    case QuestionType::Scenario: return "scenario";
    case QuestionType::Gap: return "gap";
  }
  return "?";
}

std::string_view difficulty_name(Difficulty d) {
  switch (d) {
    case Difficulty::Easy: return "easy";
    case Difficulty::Medium: return "medium";
    case Difficulty::Hard: return "hard";
  }
  return "?";
}

std::string_view breath_phase_name(BreathPhaseKind k) {
  switch (k) {
    case BreathPhaseKind::Inhale: return "inhale";
    case BreathPhaseKind::Hold: return "hold";
    case BreathPhaseKind::Exhale: return "exhale";
  }
  return "?";
}

std::string_view channel_name(Channel c) {
  switch (c) {
    case Channel::Phone: return "phone";
    case Channel::Counter: return "counter";
    case Channel::Email: return "email";
    case Channel::Chat: return "chat";
  }
  return "?";
}

std::string_view lesson_block_name(LessonBlockKind k) {
  switch (k) {
    case LessonBlockKind::Card: return "Card";
    case LessonBlockKind::Example: return "Example";
    case LessonBlockKind::Say: return "Say";
    case LessonBlockKind::Takeaways: return "Takeaways";
  }
  return "?";
}

std::string version_string(const Version& v) {
  return std::to_string(v.major) + "." + std::to_string(v.minor) + "." + std::to_string(v.patch);
}

int compare_versions(const Version& a, const Version& b) {
  auto ta = std::tie(a.major, a.minor, a.patch);
  auto tb = std::tie(b.major, b.minor, b.patch);
  return ta < tb ? -1 : (tb < ta ? 1 : 0);
}

bool operator==(const TextRun& a, const TextRun& b) {
  return std::tie(a.text, a.bold, a.italic) == std::tie(b.text, b.bold, b.italic);
}
bool operator==(const TextBlock& a, const TextBlock& b) {
  return a.kind == b.kind && a.runs == b.runs && a.depth == b.depth;
}
bool operator==(const LessonBlock& a, const LessonBlock& b) {
  return std::tie(a.kind, a.title, a.body, a.say, a.say_not, a.why, a.line) ==
         std::tie(b.kind, b.title, b.body, b.say, b.say_not, b.why, b.line);
}
bool operator==(const Lesson& a, const Lesson& b) {
  return std::tie(a.id, a.title, a.blocks, a.line) == std::tie(b.id, b.title, b.blocks, b.line);
}
bool operator==(const Option& a, const Option& b) {
  return std::tie(a.text, a.correct, a.feedback, a.line) == std::tie(b.text, b.correct, b.feedback, b.line);
}
bool operator==(const Question& a, const Question& b) {
  return std::tie(a.id, a.type, a.prompt, a.options, a.answer, a.customer, a.explain, a.seconds,
                  a.difficulty, a.tags, a.review, a.line) ==
         std::tie(b.id, b.type, b.prompt, b.options, b.answer, b.customer, b.explain, b.seconds,
                  b.difficulty, b.tags, b.review, b.line);
}
bool operator==(const Quiz& a, const Quiz& b) {
  return std::tie(a.id, a.title, a.seconds_per_question, a.pass_mark, a.questions, a.line) ==
         std::tie(b.id, b.title, b.seconds_per_question, b.pass_mark, b.questions, b.line);
}
bool operator==(const BreathPhase& a, const BreathPhase& b) {
  return a.kind == b.kind && a.seconds == b.seconds;
}
bool operator==(const BreathingPattern& a, const BreathingPattern& b) {
  return std::tie(a.id, a.title, a.phases, a.cycles, a.about, a.line) ==
         std::tie(b.id, b.title, b.phases, b.cycles, b.about, b.line);
}
bool operator==(const AcceptedOrder& a, const AcceptedOrder& b) {
  return std::tie(a.tiles, a.line, a.col) == std::tie(b.tiles, b.line, b.col);
}
bool operator==(const RephraseItem& a, const RephraseItem& b) {
  return std::tie(a.id, a.negative, a.context, a.options, a.tiles, a.accepted, a.why, a.line) ==
         std::tie(b.id, b.negative, b.context, b.options, b.tiles, b.accepted, b.why, b.line);
}
bool operator==(const Module& a, const Module& b) {
  return std::tie(a.id, a.title, a.summary, a.source_file, a.lessons, a.quiz, a.breathing, a.rephrase,
                  a.line) == std::tie(b.id, b.title, b.summary, b.source_file, b.lessons, b.quiz,
                                      b.breathing, b.rephrase, b.line);
}
bool operator==(const Version& a, const Version& b) { return compare_versions(a, b) == 0; }
bool operator==(const PackInfo& a, const PackInfo& b) {
  return std::tie(a.id, a.title, a.version, a.language, a.author, a.min_engine, a.quiz_seconds,
                  a.pass_mark, a.source_file) == std::tie(b.id, b.title, b.version, b.language,
                                                          b.author, b.min_engine, b.quiz_seconds,
                                                          b.pass_mark, b.source_file);
}
namespace {

bool same_phrases(const std::vector<MarkerPhrase>& a, const std::vector<MarkerPhrase>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].phrase != b[i].phrase || a[i].weight != b[i].weight || a[i].note != b[i].note || a[i].line != b[i].line)
      return false;
  }
  return true;
}

bool same_markers(const std::optional<RephraseMarkers>& a, const std::optional<RephraseMarkers>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (!a) return true;
  return same_phrases(a->negative, b->negative) && same_phrases(a->positive, b->positive) &&
         same_phrases(a->empathy, b->empathy) && a->base == b->base && a->min_words == b->min_words &&
         a->max_words == b->max_words && a->too_short == b->too_short && a->too_long == b->too_long &&
         a->no_positive == b->no_positive && a->topic_per_word == b->topic_per_word &&
         a->topic_max == b->topic_max && a->topic_min_letters == b->topic_min_letters && a->common == b->common;
}

}  // namespace

bool operator==(const Course& a, const Course& b) {
  return a.info == b.info && a.modules == b.modules && same_markers(a.markers, b.markers);
}

}  // namespace warmline
