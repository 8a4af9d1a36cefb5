#include "content/course_validator.h"

#include "content/field_values.h"
#include "content/limits.h"
#include "content/utf8.h"
#include "content/validation_context.h"

#ifndef WARMLINE_VERSION
#define WARMLINE_VERSION "0.0.0"
#endif

namespace warmline {
namespace {

std::string count_text(std::size_t n) { return std::to_string(n); }

void check_info(ValidationContext& ctx, const PackInfo& info) {
  DiagnosticSink& s = ctx.sink(info.source_file);
  // Same wording and place as the manifest parser, so the loader can drop
  // the copy when both see a missing field.
  ctx.text(s, 1, "the pack title", info.title, limits::kTitleChars, "pack.txt has no 'title' field");
  ctx.text(s, 1, "the author", info.author, limits::kTitleChars, "pack.txt has no 'author' field");
  ctx.text(s, 1, "the language", info.language, limits::kIdChars, "pack.txt has no 'language' field");
  if (info.id.empty()) {
    s.error(1, 1, "pack.txt has no 'id' field");
  } else {
    ctx.id(s, 1, "pack", info.id);
  }
  if (info.quiz_seconds < limits::kMinSeconds || info.quiz_seconds > limits::kMaxSeconds) {
    s.error(1, 1, "'quiz-time' is " + std::to_string(info.quiz_seconds) + "; it must be " +
                      std::to_string(limits::kMinSeconds) + "–" + std::to_string(limits::kMaxSeconds) + " seconds");
  }
  if (info.pass_mark < 1 || info.pass_mark > 100) {
    s.error(1, 1, "'pass-mark' is " + std::to_string(info.pass_mark) + "; it must be 1–100 percent");
  }
  const auto engine = parse_version(WARMLINE_VERSION);
  if (engine && compare_versions(info.min_engine, *engine) > 0) {
    s.error(1, 1, "'min-engine' is " + version_string(info.min_engine) + " but this is Warmline " +
                      std::string(WARMLINE_VERSION) + "; lower 'min-engine' or use a newer Warmline");
  }
}

void check_body(ValidationContext& ctx, DiagnosticSink& s, const LessonBlock& b, const std::string& label) {
  if (b.body.empty()) {
    s.error(b.line, 1, label + " has no text");
    return;
  }
  if (b.body.size() > limits::kTextBlocksPerBlock) {
    s.error(b.line, 1, label + " has " + count_text(b.body.size()) + " paragraphs and bullets; the limit is " +
                           count_text(limits::kTextBlocksPerBlock));
    return;
  }
  bool reported_paragraph = false;
  for (const TextBlock& t : b.body) {
    if (t.kind != TextBlockKind::Paragraph && t.kind != TextBlockKind::Bullet) {
      s.error(b.line, 1, label + " holds text of an unknown kind");
      return;
    }
    if (t.depth >= limits::kBulletDepth || (t.kind == TextBlockKind::Paragraph && t.depth != 0)) {
      s.error(b.line, 1, "deep bullet nesting in " + label + ": bullets go at most " +
                             count_text(limits::kBulletDepth) + " levels deep");
    }
    if (b.kind == LessonBlockKind::Takeaways && t.kind == TextBlockKind::Paragraph && !reported_paragraph) {
      s.error(b.line, 1, "Takeaways are a list of bullets: start each point with '- '");
      reported_paragraph = true;
    }
    if (t.runs.size() > limits::kRunsPerTextBlock) {
      s.error(b.line, 1, label + " has a paragraph with too many bold/emphasis changes (limit " +
                             count_text(limits::kRunsPerTextBlock) + ")");
      continue;
    }
    std::string joined;
    for (const TextRun& r : t.runs) joined += r.text;
    ctx.text(s, b.line, "a paragraph of " + label, joined, limits::kParagraphChars);
  }
}

void check_lesson_block(ValidationContext& ctx, DiagnosticSink& s, const LessonBlock& b) {
  if (static_cast<unsigned>(b.kind) > static_cast<unsigned>(LessonBlockKind::Takeaways)) {
    s.error(b.line, 1, "lesson block of an unknown kind");
    return;
  }
  const std::string name(lesson_block_name(b.kind));
  ctx.text(s, b.line, name + " title", b.title, limits::kTitleChars,
           b.kind == LessonBlockKind::Takeaways ? "" : name + " has no title");
  const bool showable = !b.title.empty() && b.title.size() <= limits::kTitleChars && utf8::is_valid(b.title);
  const std::string label = showable ? name + " '" + b.title + "'" : name;
  if (b.kind == LessonBlockKind::Say) {
    ctx.text(s, b.line, "'say'", b.say, limits::kFieldChars, label + " has no 'say' field (the line to use)");
    ctx.text(s, b.line, "'not'", b.say_not, limits::kFieldChars, label + " has no 'not' field (the line to avoid)");
    ctx.text(s, b.line, "'why'", b.why, limits::kFieldChars, label + " has no 'why' field");
    if (!b.body.empty()) s.error(b.line, 1, label + " takes only the fields say, not and why");
    return;
  }
  check_body(ctx, s, b, label);
}

void check_lesson(ValidationContext& ctx, DiagnosticSink& s, const Lesson& l) {
  ctx.id(s, l.line, "lesson", l.id);
  ctx.text(s, l.line, "lesson title", l.title, limits::kTitleChars, "lesson has no title");
  const std::string label = item_label("lesson", l.id);
  if (l.blocks.empty()) {
    s.error(l.line, 1, label + " has no blocks; add a '### Card:' under it");
  } else if (l.blocks.size() > limits::kBlocksPerLesson) {
    s.error(l.line, 1, label + " has " + count_text(l.blocks.size()) + " blocks; the limit is " +
                           count_text(limits::kBlocksPerLesson));
    return;
  }
  for (const LessonBlock& b : l.blocks) check_lesson_block(ctx, s, b);
}

void check_quiz(ValidationContext& ctx, DiagnosticSink& s, const Module& m) {
  const Quiz& q = m.quiz;
  const int line = q.line > 0 ? q.line : m.line;
  const std::string label = item_label("module", m.id);
  if (!q.id.empty()) ctx.id(s, line, "quiz", q.id);
  ctx.text(s, line, "quiz title", q.title, limits::kTitleChars);
  if (q.questions.empty()) {
    s.error(line, 1, q.line > 0 ? "this quiz has no questions; add '### Question:' blocks under it"
                                : label + " has no quiz; add a '## Quiz' with '### Question:' blocks");
  } else if (q.questions.size() > limits::kQuestionsPerModule) {
    s.error(line, 1, "this quiz has " + count_text(q.questions.size()) + " questions; the limit is " +
                         count_text(limits::kQuestionsPerModule));
    return;
  }
  if (q.seconds_per_question < limits::kMinSeconds || q.seconds_per_question > limits::kMaxSeconds) {
    s.error(line, 1, "quiz 'time' is " + std::to_string(q.seconds_per_question) + "; it must be " +
                         std::to_string(limits::kMinSeconds) + "–" + std::to_string(limits::kMaxSeconds) + " seconds");
  }
  if (q.pass_mark < 1 || q.pass_mark > 100) {
    s.error(line, 1, "quiz 'pass-mark' is " + std::to_string(q.pass_mark) + "; it must be 1–100 percent");
  }
  for (const Question& question : q.questions) check_question(ctx, s, question);
}

void check_module(ValidationContext& ctx, const Module& m) {
  DiagnosticSink& s = ctx.sink(m.source_file);
  ctx.id(s, m.line, "module", m.id);
  ctx.text(s, m.line, "module title", m.title, limits::kTitleChars, "module has no title");
  ctx.text(s, m.line, "'summary'", m.summary, limits::kFieldChars);
  const std::string label = item_label("module", m.id);
  if (m.lessons.empty()) {
    s.error(m.line, 1, label + " has no lessons; add a '## Lesson:'");
  } else if (m.lessons.size() > limits::kLessonsPerModule) {
    s.error(m.line, 1, label + " has " + count_text(m.lessons.size()) + " lessons; the limit is " +
                           count_text(limits::kLessonsPerModule));
  } else {
    for (const Lesson& l : m.lessons) check_lesson(ctx, s, l);
  }
  check_quiz(ctx, s, m);
  if (m.breathing.size() > limits::kBreathingPerModule) {
    s.error(m.line, 1, label + " has " + count_text(m.breathing.size()) + " breathing patterns; the limit is " +
                           count_text(limits::kBreathingPerModule));
  } else {
    for (const BreathingPattern& b : m.breathing) check_breathing(ctx, s, b);
  }
  if (m.rephrase.size() <= limits::kRephraseItemsPerPack) {
    for (const RephraseItem& r : m.rephrase) check_rephrase(ctx, s, r);
  }
}

std::vector<IdUse> id_uses(const Module& m) {
  std::vector<IdUse> uses{{m.id, "module", m.line}};
  for (const Lesson& l : m.lessons) uses.push_back({l.id, "lesson", l.line});
  if (!m.quiz.id.empty()) uses.push_back({m.quiz.id, "quiz", m.quiz.line});
  for (const Question& q : m.quiz.questions) uses.push_back({q.id, "question", q.line});
  for (const BreathingPattern& b : m.breathing) uses.push_back({b.id, "breathing pattern", b.line});
  for (const RephraseItem& r : m.rephrase) uses.push_back({r.id, "rephrasing item", r.line});
  return uses;
}

}  // namespace

void validate_course(const Course& course, Diagnostics& out) {
  ValidationContext ctx(out);
  check_info(ctx, course.info);
  DiagnosticSink& pack = ctx.sink(course.info.source_file);
  if (course.modules.empty()) {
    pack.error(1, 1, "the pack has no modules; add module files like modules/01-first-skill.md");
    return;
  }
  if (course.modules.size() > limits::kModuleFiles) {
    pack.error(1, 1, "the pack has " + count_text(course.modules.size()) + " modules; the limit is " +
                         count_text(limits::kModuleFiles));
    return;
  }
  std::size_t rephrase_items = 0;
  for (const Module& m : course.modules) {
    rephrase_items += m.rephrase.size();
    for (const Lesson& l : m.lessons) ctx.lesson_ids.insert(l.id);
  }
  if (rephrase_items > limits::kRephraseItemsPerPack) {
    pack.error(1, 1, "the pack has " + count_text(rephrase_items) + " rephrasing items; the limit is " +
                         count_text(limits::kRephraseItemsPerPack));
  }
  for (const Module& m : course.modules) check_module(ctx, m);
  for (const Module& m : course.modules) ctx.check_ids(m.source_file, id_uses(m));
}

}  // namespace warmline
