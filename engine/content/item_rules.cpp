#include <algorithm>

#include "content/field_values.h"
#include "content/limits.h"
#include "content/spelling_hint.h"
#include "content/utf8.h"
#include "content/validation_context.h"

// The per-item rules of the README tables: each question type's answer key,
// breathing pattern ranges and rephrasing items' options, tiles and the
// other orders of their tiles that count (`accept:`).
namespace warmline {
namespace {

std::string n_text(std::size_t n) { return std::to_string(n); }

// "1 option", "3 options".
std::string count_of(std::size_t n, const std::string& noun) { return n_text(n) + " " + noun + (n == 1 ? "" : "s"); }

std::size_t count_correct(const std::vector<Option>& options) {
  return static_cast<std::size_t>(std::count_if(options.begin(), options.end(), [](const Option& o) { return o.correct; }));
}

std::size_t count_blanks(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t at = s.find("___"); at != std::string_view::npos; at = s.find("___", at)) {
    ++n;
    at = s.find_first_not_of('_', at);
    if (at == std::string_view::npos) break;
  }
  return n;
}

void check_options(ValidationContext& ctx, DiagnosticSink& s, const std::vector<Option>& options) {
  for (const Option& o : options) {
    ctx.text(s, o.line, "option text", o.text, limits::kFieldChars, "option has no text");
    ctx.text(s, o.line, "feedback", o.feedback, limits::kFieldChars);
  }
}

// single, scenario and gap: pick one answer.
void check_pick_one(DiagnosticSink& s, const Question& q, const std::string& label) {
  const std::size_t n = q.options.size();
  if (n < 2 || n > 6) {
    s.error(q.line, 1, label + " has " + count_of(n, "option") + "; give 2–6, exactly one marked '- [x]'");
  }
  const std::size_t correct = count_correct(q.options);
  if (n > 0 && correct != 1) {
    s.error(q.line, 1, label + " has " + count_of(correct, "option") + " marked '- [x]'; exactly one must be");
  }
}

// "once", "2 times".
std::string times(std::size_t n) { return n == 1 ? "once" : n_text(n) + " times"; }

std::string joined_tiles(const std::vector<std::string>& tiles) {
  std::string out;
  for (const std::string& t : tiles) out += (out.empty() ? "" : " ") + t;
  return out;
}

std::size_t count_tile(const std::vector<std::string>& tiles, std::string_view tile) {
  return static_cast<std::size_t>(std::count(tiles.begin(), tiles.end(), tile));
}

// Each `accept:` line holds the item's tiles, each as often as `tiles` has
// it, in an order of its own. Reported at the accept line, one mistake at a
// time: a tile that is not the item's hides the counts it would upset.
void check_accepted(ValidationContext& ctx, DiagnosticSink& s, const RephraseItem& r, const std::string& label) {
  if (r.accepted.size() > limits::kAcceptedOrdersPerItem) {
    const AcceptedOrder& extra = r.accepted[limits::kAcceptedOrdersPerItem];
    s.error(extra.line, extra.col, label + " has " + n_text(r.accepted.size()) + " 'accept' lines; the limit is " +
                                       n_text(limits::kAcceptedOrdersPerItem));
    return;
  }
  std::vector<std::string_view> names;  // the item's tiles, each once, in order
  for (const std::string& t : r.tiles) {
    if (std::find(names.begin(), names.end(), t) == names.end()) names.push_back(t);
  }
  const std::string tiles_order = joined_tiles(r.tiles);
  for (std::size_t i = 0; i < r.accepted.size(); ++i) {
    const AcceptedOrder& a = r.accepted[i];
    bool known = true;
    for (const std::string& t : a.tiles) {
      if (std::find(names.begin(), names.end(), t) != names.end()) continue;
      known = false;
      if (!ctx.text(s, a.line, "tile in 'accept'", t, limits::kFieldChars, "empty tile in 'accept'")) continue;
      const std::string hint = did_you_mean(t, names);
      s.error(a.line, a.col, "tile '" + t + "' in 'accept' is not one of the item's tiles" +
                                 (hint.empty() ? "; copy each tile from 'tiles' exactly" : hint));
    }
    if (!known) continue;
    bool same_tiles = true;
    for (std::string_view name : names) {
      const std::size_t want = count_tile(r.tiles, name);
      const std::size_t got = count_tile(a.tiles, name);
      if (got == want) continue;
      same_tiles = false;
      if (got == 0) {
        s.error(a.line, a.col, "'accept' leaves out tile '" + std::string(name) +
                                   "'; list every tile of 'tiles', in another order");
      } else {
        s.error(a.line, a.col, "tile '" + std::string(name) + "' is in 'accept' " + times(got) + " but in 'tiles' " +
                                   times(want) + "; use each tile as often as 'tiles' does");
      }
    }
    if (!same_tiles) continue;
    const std::string order = joined_tiles(a.tiles);
    if (order == tiles_order) {
      s.error(a.line, a.col, "'accept' gives the same order as 'tiles'; list a different order, or remove the line");
      continue;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (joined_tiles(r.accepted[j].tiles) == order) {
        s.error(a.line, a.col, "'accept' repeats the order given on line " + std::to_string(r.accepted[j].line) +
                                   "; remove one of them");
        break;
      }
    }
  }
}

void check_answer_key(DiagnosticSink& s, const Question& q, const std::string& label) {
  const std::size_t n = q.options.size();
  switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Scenario:
    case QuestionType::Gap:
      check_pick_one(s, q, label);
      break;
    case QuestionType::Multi:
      if (n < 2 || n > limits::kOptionsPerQuestion) {
        s.error(q.line, 1, label + " has " + count_of(n, "option") + "; give 2–" + n_text(limits::kOptionsPerQuestion) +
                               ", at least one marked '- [x]'");
      }
      if (n > 0 && count_correct(q.options) == 0) {
        s.error(q.line, 1, label + " has no option marked '- [x]'; mark every right answer");
      }
      break;
    case QuestionType::TrueFalse:
      if (n > 0) s.error(q.line, 1, label + " takes no options; write 'answer: true' or 'answer: false'");
      break;
    case QuestionType::Order:
      if (n < 2 || n > limits::kOptionsPerQuestion) {
        s.error(q.line, 1, label + " has " + count_of(n, "step") + "; give 2–" + n_text(limits::kOptionsPerQuestion) +
                               " steps '1. step', '2. step', … in the right order");
      }
      break;
  }
}

}  // namespace

void check_question(ValidationContext& ctx, DiagnosticSink& s, const Question& q) {
  ctx.id(s, q.line, "question", q.id);
  if (static_cast<unsigned>(q.type) > static_cast<unsigned>(QuestionType::Gap)) {
    s.error(q.line, 1, "question of an unknown type");
    return;
  }
  const std::string type(question_type_name(q.type));
  const std::string label = item_label(type + " question", q.id);
  ctx.text(s, q.line, "the question", q.prompt, limits::kTitleChars, "question has no text after '### Question:'");
  ctx.text(s, q.line, "'explain'", q.explain, limits::kFieldChars,
           label + " has no 'explain' field; say why the right answer is right");
  if (static_cast<unsigned>(q.difficulty) > static_cast<unsigned>(Difficulty::Hard)) {
    s.error(q.line, 1, label + " has an unknown difficulty");
  }
  if (q.seconds != 0 && (q.seconds < limits::kMinSeconds || q.seconds > limits::kMaxSeconds)) {
    s.error(q.line, 1, label + " has 'time' " + std::to_string(q.seconds) + "; it must be " +
                           std::to_string(limits::kMinSeconds) + "–" + std::to_string(limits::kMaxSeconds) + " seconds");
  }
  if (q.tags.size() > limits::kTagsPerQuestion) {
    s.error(q.line, 1, label + " has " + n_text(q.tags.size()) + " tags; the limit is " +
                           n_text(limits::kTagsPerQuestion));
  } else {
    for (const std::string& t : q.tags) ctx.text(s, q.line, "tag", t, limits::kTagChars, "empty tag");
  }
  if (q.type == QuestionType::Scenario) {
    ctx.text(s, q.line, "'customer'", q.customer, limits::kFieldChars,
             label + " has no 'customer' field (what the customer says)");
  } else if (!q.customer.empty()) {
    s.error(q.line, 1, "'customer' is only for scenario questions; remove it or set 'type: scenario'");
  }
  if (q.type == QuestionType::Gap && count_blanks(q.prompt) != 1) {
    s.error(q.line, 1, label + " must hold the blank '___' exactly once in its question text");
  }
  if (!q.review.empty() && ctx.lesson_ids.count(q.review) == 0) {
    std::vector<std::string_view> names;
    for (const std::string& id : ctx.lesson_ids) {
      if (is_valid_id(id)) names.push_back(id);
    }
    std::sort(names.begin(), names.end());
    s.error(q.line, 1, label + ": 'review' names lesson '" + (q.review.size() <= limits::kIdChars * 4 && utf8::is_valid(q.review) ? q.review : std::string("?")) +
                           "', which is not in this pack" + did_you_mean(q.review, names));
  }
  if (q.options.size() > limits::kOptionsPerQuestion) {
    s.error(q.line, 1, label + " has " + n_text(q.options.size()) + " options; the limit is " +
                           n_text(limits::kOptionsPerQuestion));
    return;
  }
  check_answer_key(s, q, label);
  check_options(ctx, s, q.options);
}

void check_breathing(ValidationContext& ctx, DiagnosticSink& s, const BreathingPattern& b) {
  ctx.id(s, b.line, "breathing pattern", b.id);
  ctx.text(s, b.line, "breathing pattern title", b.title, limits::kTitleChars, "breathing pattern has no title");
  ctx.text(s, b.line, "'about'", b.about, limits::kFieldChars);
  const std::string label = item_label("breathing pattern", b.id);
  if (b.phases.empty() || b.phases.size() > limits::kPhasesPerPattern) {
    s.error(b.line, 1, label + " has " + count_of(b.phases.size(), "phase") + "; give 1–" +
                           n_text(limits::kPhasesPerPattern));
  } else {
    for (const BreathPhase& p : b.phases) {
      if (static_cast<unsigned>(p.kind) > static_cast<unsigned>(BreathPhaseKind::Exhale)) {
        s.error(b.line, 1, label + " has a phase of an unknown kind");
      } else if (p.seconds < 1 || p.seconds > limits::kMaxBreathSeconds) {
        s.error(b.line, 1, label + " has a " + std::string(breath_phase_name(p.kind)) + " of " +
                               std::to_string(p.seconds) + " s; each phase is 1–" +
                               std::to_string(limits::kMaxBreathSeconds) + " seconds");
      }
    }
  }
  if (b.cycles < 1 || b.cycles > limits::kMaxCycles) {
    s.error(b.line, 1, label + " has 'cycles' " + std::to_string(b.cycles) + "; it must be 1–" +
                           std::to_string(limits::kMaxCycles));
  }
}

void check_rephrase(ValidationContext& ctx, DiagnosticSink& s, const RephraseItem& r) {
  ctx.id(s, r.line, "rephrasing item", r.id);
  ctx.text(s, r.line, "the line to rephrase", r.negative, limits::kTitleChars,
           "rephrasing item has no line to rephrase after '## Rephrase:'");
  const std::string label = item_label("rephrasing item", r.id);
  ctx.text(s, r.line, "'why'", r.why, limits::kFieldChars, label + " has no 'why' field");
  if (static_cast<unsigned>(r.context) > static_cast<unsigned>(Channel::Chat)) {
    s.error(r.line, 1, label + " has an unknown context");
  }
  const std::size_t n = r.options.size();
  if (n < 3 || n > 4) {
    s.error(r.line, 1, label + " has " + count_of(n, "option") + "; give 3–4, exactly one marked '- [x]'");
    if (n > limits::kOptionsPerQuestion) return;
  }
  check_options(ctx, s, r.options);
  const std::size_t correct = count_correct(r.options);
  if (n > 0 && correct != 1) {
    s.error(r.line, 1, label + " has " + count_of(correct, "option") + " marked '- [x]'; exactly one must be");
  }
  if (!r.accepted.empty() && r.tiles.empty()) {
    const AcceptedOrder& a = r.accepted.front();
    s.error(a.line, a.col, "'accept' without 'tiles': write the correct order as 'tiles: a | b | c'; 'accept' "
                           "lists other orders of those tiles");
  }
  if (r.tiles.size() < 3 || r.tiles.size() > limits::kTilesPerItem) {
    s.error(r.line, 1, label + " has " + count_of(r.tiles.size(), "tile") + "; split the correct option into 3–" +
                           n_text(limits::kTilesPerItem) + " pieces with 'tiles: a | b | c'");
    return;
  }
  for (const std::string& t : r.tiles) {
    if (!ctx.text(s, r.line, "tile", t, limits::kFieldChars, "empty tile")) return;
  }
  check_accepted(ctx, s, r, label);
  if (correct != 1) return;
  const std::string joined = joined_tiles(r.tiles);
  const auto right = std::find_if(r.options.begin(), r.options.end(), [](const Option& o) { return o.correct; });
  if (joined != right->text && utf8::is_valid(right->text)) {
    s.error(r.line, 1, label + ": the tiles spell '" + joined + "' but the correct option is '" + right->text +
                           "'; joined with single spaces they must match it exactly");
  }
}

}  // namespace warmline
