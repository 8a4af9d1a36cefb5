#include "content/field_values.h"
#include "content/limits.h"
#include "content/module_blocks.h"
#include "content/spelling_hint.h"

// The mini-game items: breathing patterns and rephrasing items.
namespace warmline {
namespace {

// "inhale 4": a phase name and whole seconds.
bool read_phase(const std::string& item, const FieldLine& f, BreathPhase& out, DiagnosticSink& sink) {
  const std::size_t space = item.find_first_of(" \t");
  const std::string_view name = trim(std::string_view(item).substr(0, space));
  const std::string_view secs = space == std::string::npos ? std::string_view() : trim(std::string_view(item).substr(space));
  const auto kind = breath_phase_from_name(name);
  const auto n = parse_count(secs);
  if (!kind || !n) {
    sink.error(f.line, f.value_col, "phase '" + item + "' should be " + one_of(breath_phase_names()) +
                                        " and whole seconds, like 'inhale 4'");
    return false;
  }
  if (*n < 1 || *n > limits::kMaxBreathSeconds) {
    sink.error(f.line, f.value_col, "phase '" + item + "' lasts " + std::string(secs) + " s; each phase is 1–" +
                                        std::to_string(limits::kMaxBreathSeconds) + " seconds");
    return false;
  }
  out = {*kind, *n};
  return true;
}

}  // namespace

BreathingPattern build_breathing(const RawBlock& b, DiagnosticSink& sink) {
  BreathingPattern p;
  p.title = b.title;
  p.line = b.line;
  const FieldSet fields = collect_fields(b, sink);
  if (const FieldLine* f = fields.find("id")) p.id = f->value;
  if (const FieldLine* f = fields.find("about")) p.about = f->value;
  if (const FieldLine* f = fields.find("phases")) {
    for (const std::string& item : split_list(f->value, ',')) {
      BreathPhase phase;
      if (read_phase(item, *f, phase, sink)) p.phases.push_back(phase);
    }
  } else {
    sink.error(b.line, 1, "breathing pattern has no 'phases' field, like 'phases: inhale 4, hold 4, exhale 4'");
  }
  if (const FieldLine* f = fields.find("cycles")) {
    p.cycles = read_number_field(*f, 1, limits::kMaxCycles, 1, "", sink);
  } else {
    sink.error(b.line, 1, "breathing pattern has no 'cycles' field (1–" + std::to_string(limits::kMaxCycles) + ")");
    p.cycles = 1;
  }
  return p;
}

RephraseItem build_rephrase(const RawBlock& b, DiagnosticSink& sink) {
  RephraseItem r;
  r.negative = b.title;
  r.line = b.line;
  const FieldSet fields = collect_fields(b, sink);
  if (const FieldLine* f = fields.find("id")) r.id = f->value;
  if (const FieldLine* f = fields.find("why")) r.why = f->value;
  if (const FieldLine* f = fields.find("context")) {
    if (auto c = channel_from_name(f->value)) {
      r.context = *c;
    } else {
      std::string message = "unknown context '" + f->value + "'";
      const std::string hint = did_you_mean(f->value, channel_names());
      sink.error(f->line, f->value_col, message + (hint.empty() ? "; use " + one_of(channel_names()) : hint));
    }
  } else {
    sink.error(b.line, 1, "rephrasing item has no 'context' field; use " + one_of(channel_names()));
  }
  if (const FieldLine* f = fields.find("tiles")) {
    for (std::string& tile : split_list(f->value, '|')) {
      if (tile.empty()) {
        sink.error(f->line, f->value_col, "empty tile in 'tiles'; separate tiles with single '|'");
      } else {
        r.tiles.push_back(std::move(tile));
      }
    }
  }
  // Other orders that count; the validator compares them with `tiles`.
  for (const FieldLine* f : fields.find_all("accept")) {
    AcceptedOrder order;
    order.line = f->line;
    order.col = f->value_col;
    bool whole = true;
    for (std::string& tile : split_list(f->value, '|')) {
      if (tile.empty()) {
        whole = false;
      } else {
        order.tiles.push_back(std::move(tile));
      }
    }
    if (whole) {
      r.accepted.push_back(std::move(order));
    } else {
      sink.error(f->line, f->value_col, "empty tile in 'accept'; separate tiles with single '|'");
    }
  }
  for (const RawStep& s : b.steps) {
    sink.error(s.line, 1, "rephrasing items take options '- [x] text' / '- [ ] text', not numbered steps");
  }
  for (const RawOption& o : b.options) r.options.push_back({o.text, o.correct, o.feedback, o.line});
  return r;
}

}  // namespace warmline
