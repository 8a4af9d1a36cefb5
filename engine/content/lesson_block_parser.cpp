#include "content/module_blocks.h"

namespace warmline {

LessonBlock build_lesson_block(const RawBlock& b, DiagnosticSink& sink) {
  LessonBlock out;
  out.title = b.title;
  out.line = b.line;
  const FieldSet fields = collect_fields(b, sink);
  switch (b.kind) {
    case BlockKind::Example: out.kind = LessonBlockKind::Example; break;
    case BlockKind::Say: out.kind = LessonBlockKind::Say; break;
    case BlockKind::Takeaways: out.kind = LessonBlockKind::Takeaways; break;
    default: out.kind = LessonBlockKind::Card; break;
  }
  if (out.kind == LessonBlockKind::Say) {
    // Missing parts are left empty for validate_course to report, so text
    // and compiled packs get the same message.
    if (const FieldLine* f = fields.find("say")) out.say = f->value;
    if (const FieldLine* f = fields.find("not")) out.say_not = f->value;
    if (const FieldLine* f = fields.find("why")) out.why = f->value;
  } else {
    out.body = parse_body_text(b.body, sink);
  }
  return out;
}

}  // namespace warmline
