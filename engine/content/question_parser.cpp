#include "content/field_values.h"
#include "content/limits.h"
#include "content/module_blocks.h"
#include "content/spelling_hint.h"

namespace warmline {
namespace {

QuestionType read_type(const RawBlock& b, const FieldSet& fields, DiagnosticSink& sink) {
  const FieldLine* f = fields.find("type");
  if (!f) {
    sink.error(b.line, 1, "question has no 'type' field; use " + one_of(question_type_names()));
    return QuestionType::Single;
  }
  if (auto t = question_type_from_name(f->value)) return *t;
  std::string message = "unknown question type '" + f->value + "'";
  const std::string hint = did_you_mean(f->value, question_type_names());
  message += hint.empty() ? "; use " + one_of(question_type_names()) : hint;
  sink.error(f->line, f->value_col, message);
  return QuestionType::Single;
}

void read_answer(const RawBlock& b, const FieldSet& fields, Question& q, DiagnosticSink& sink) {
  const FieldLine* f = fields.find("answer");
  if (q.type != QuestionType::TrueFalse) {
    if (f) {
      sink.error(f->line, f->name_col,
                 "'answer' is only for truefalse questions; mark the right option with '- [x]' instead");
    }
    return;
  }
  if (!f) {
    sink.error(b.line, 1, "truefalse question has no 'answer' field; add 'answer: true' or 'answer: false'");
  } else if (f->value == "true" || f->value == "false") {
    q.answer = f->value == "true";
  } else {
    sink.error(f->line, f->value_col, "'answer' must be true or false, not '" + f->value + "'");
  }
}

void read_choices(const RawBlock& b, Question& q, DiagnosticSink& sink) {
  if (q.type == QuestionType::Order) {
    for (const RawOption& o : b.options) {
      sink.error(o.line, 1, "order questions list their steps as '1. step', '2. step', …, not as '- [ ]' options");
    }
    int expected = 1;
    for (const RawStep& s : b.steps) {
      if (s.number != expected) {
        sink.error(s.line, 1, "step numbered " + std::to_string(s.number) + " should be " + std::to_string(expected) +
                                  "; number the steps 1, 2, 3, … in the right order");
      }
      ++expected;
      q.options.push_back({s.text, false, "", s.line});
    }
    return;
  }
  for (const RawStep& s : b.steps) {
    sink.error(s.line, 1, "numbered steps are only for 'type: order' questions; write options as '- [x] text' or '- [ ] text'");
  }
  for (const RawOption& o : b.options) q.options.push_back({o.text, o.correct, o.feedback, o.line});
}

}  // namespace

Question build_question(const RawBlock& b, DiagnosticSink& sink) {
  Question q;
  q.prompt = b.title;
  q.line = b.line;
  const FieldSet fields = collect_fields(b, sink);
  q.type = read_type(b, fields, sink);
  if (const FieldLine* f = fields.find("id")) q.id = f->value;
  if (const FieldLine* f = fields.find("explain")) q.explain = f->value;
  if (const FieldLine* f = fields.find("customer")) q.customer = f->value;
  if (const FieldLine* f = fields.find("review")) q.review = f->value;
  if (const FieldLine* f = fields.find("time")) {
    q.seconds = read_number_field(*f, limits::kMinSeconds, limits::kMaxSeconds, 0, " seconds", sink);
  }
  if (const FieldLine* f = fields.find("difficulty")) {
    if (auto d = difficulty_from_name(f->value)) {
      q.difficulty = *d;
    } else {
      sink.error(f->line, f->value_col,
                 "unknown difficulty '" + f->value + "'; use " + one_of(difficulty_names()));
    }
  }
  if (const FieldLine* f = fields.find("tags")) {
    for (std::string& tag : split_list(f->value, ',')) {
      if (tag.empty()) {
        sink.error(f->line, f->value_col, "empty tag in 'tags'; separate tags with single commas");
      } else {
        q.tags.push_back(std::move(tag));
      }
    }
  }
  read_answer(b, fields, q, sink);
  read_choices(b, q, sink);
  return q;
}

}  // namespace warmline
