#include "content/module_parser.h"

#include <optional>

#include "content/diagnostic_sink.h"
#include "content/field_values.h"
#include "content/limits.h"
#include "content/module_blocks.h"
#include "content/module_lines.h"
#include "content/source_lines.h"
#include "content/spelling_hint.h"
#include "content/utf8.h"

namespace warmline {
namespace {

std::string hashes(int level) { return std::string(static_cast<std::size_t>(level), '#'); }

class ModuleReader {
 public:
  ModuleReader(const std::string& file, const QuizDefaults& defaults, DiagnosticSink& sink) : sink_(sink) {
    module_.source_file = file;
    module_.quiz.seconds_per_question = defaults.seconds_per_question;
    module_.quiz.pass_mark = defaults.pass_mark;
  }

  void read(int number, const std::string& text) {
    if (trim(text).substr(0, 2) == "//") return;
    if (!text.empty() && text[0] == '#') {
      std::size_t level = text.find_first_not_of('#');
      if (level == std::string::npos) level = text.size();
      if (level == text.size() || text[level] == ' ' || text[level] == '\t') {
        heading(number, static_cast<int>(level), text);
        return;
      }
    }
    content(number, text);
  }

  Module finish() {
    close_block();
    if (!seen_module_) {
      sink_.error(1, 1, "no '# Module:' heading; a module file starts with '# Module: TITLE'");
    }
    return std::move(module_);
  }

 private:
  void heading(int number, int level, std::string_view text) {
    close_block();
    block_ = RawBlock{};
    block_.line = number;
    body_started_ = false;
    last_was_option_ = false;
    if (level > 3) {
      sink_.error(number, 1, "deep nesting: '" + hashes(level) +
                                 "' headings are not part of the format; headings go at most three levels deep "
                                 "(#, ##, ###)");
      return;
    }
    const std::size_t start = text.find_first_not_of(" \t", static_cast<std::size_t>(level));
    const std::string_view rest = start == std::string_view::npos ? std::string_view() : trim(text.substr(start));
    const std::size_t colon = rest.find(':');
    std::string_view kind_name = trim(rest.substr(0, colon));
    std::string_view title;
    if (colon != std::string_view::npos) {
      title = trim(rest.substr(colon + 1));
    } else {
      const std::size_t space = rest.find_first_of(" \t");
      kind_name = rest.substr(0, space);
      if (space != std::string_view::npos) title = trim(rest.substr(space));
    }
    const HeadingKind* kind = find_heading_kind(kind_name);
    if (kind_name.empty()) {
      sink_.error(number, 1, "heading without a kind; headings are " + heading_list());
      if (level < 3) section_ = BlockKind::Ignored;
      return;
    }
    if (!kind) {
      std::vector<std::string_view> names;
      for (const HeadingKind& k : heading_kinds()) names.push_back(k.name);
      std::string message = "unknown heading kind '" + std::string(kind_name) + "'";
      const std::string hint = did_you_mean(kind_name, names);
      message += hint.empty() ? "; headings are " + heading_list() : hint;
      sink_.error(number, start == std::string_view::npos ? 1 : utf8::column(text, start), message);
      if (level < 3) section_ = BlockKind::Ignored;
      return;
    }
    const std::string written = hashes(kind->level) + " " + std::string(kind->name);
    if (colon == std::string_view::npos && (kind->needs_title || !title.empty())) {
      sink_.error(number, utf8::column(text, start + kind_name.size()),
                  "missing ':' after '" + std::string(kind->name) + "' (write '" + written + ": TITLE')");
    }
    if (kind->level != level) {
      sink_.error(number, 1, "'" + std::string(kind->name) + "' is a level-" + std::to_string(kind->level) +
                                 " heading: write '" + written + (kind->needs_title ? ": TITLE'" : "'"));
      if (level < 3) section_ = BlockKind::Ignored;
      return;
    }
    if (kind->needs_title && title.empty()) {
      sink_.error(number, utf8::column(text, text.size()), "'" + written + ":' needs a title after the colon");
    }
    block_.title = std::string(title);
    block_.title_col = title.empty() ? 1 : utf8::column(text, static_cast<std::size_t>(title.data() - text.data()));
    open(kind->kind, number);
  }

  void open(BlockKind kind, int number) {
    if (kind != BlockKind::Module && !seen_module_) {
      sink_.error(number, 1, "'" + std::string(block_kind_name(kind)) +
                                 "' comes before the '# Module:' heading; a module file starts with '# Module: TITLE'");
      seen_module_ = true;
      module_.line = number;
    }
    switch (kind) {
      case BlockKind::Module:
        if (seen_module_) {
          sink_.error(number, 1, "a module file has one '# Module:' heading (the first is on line " +
                                     std::to_string(module_.line) + "); put each module in its own file");
          section_ = BlockKind::Ignored;
          return;
        }
        seen_module_ = true;
        module_.title = block_.title;
        module_.line = number;
        section_ = BlockKind::Module;
        break;
      case BlockKind::Lesson:
        module_.lessons.push_back({"", block_.title, {}, number});
        section_ = kind;
        break;
      case BlockKind::Quiz:
        if (module_.quiz.line != 0) {
          sink_.error(number, 1, "a module has one '## Quiz' (the first is on line " + std::to_string(module_.quiz.line) +
                                     "); put all its questions under that one");
        } else {
          module_.quiz.title = block_.title;
          module_.quiz.line = number;
        }
        section_ = kind;
        break;
      case BlockKind::Breathing:
      case BlockKind::Rephrase:
        section_ = kind;
        break;
      case BlockKind::Question:
        if (section_ != BlockKind::Quiz) return misplaced(kind, number, "'## Quiz'");
        break;
      default:  // lesson blocks
        if (section_ != BlockKind::Lesson) return misplaced(kind, number, "'## Lesson:'");
        break;
    }
    block_.kind = kind;
  }

  void misplaced(BlockKind kind, int number, std::string_view parent) {
    if (section_ == BlockKind::Ignored) return;  // its parent heading was already reported
    sink_.error(number, 1, "'### " + std::string(block_kind_name(kind)) + "' must be inside a " + std::string(parent) +
                               " section");
  }

  void content(int number, const std::string& text) {
    const BlockKind kind = block_.kind;
    if (kind == BlockKind::Ignored) {
      if (!seen_module_ && !trim(text).empty() && !reported_preamble_) {
        sink_.error(number, 1, "text before the '# Module:' heading; a module file starts with '# Module: TITLE'");
        reported_preamble_ = true;
      }
      return;
    }
    if (trim(text).empty()) {
      if (is_text_block(kind)) block_.body.push_back({number, text});
      return;
    }
    if (auto option = match_option(text)) return option_line(number, text, *option);
    if (text[0] == ' ' || text[0] == '\t') {
      FieldLine f;
      if (match_field(text, number, f) == FieldMatch::Field && f.name == "feedback") return feedback_line(f);
    }
    last_was_option_ = false;
    if (is_text_block(kind)) return text_block_line(number, text);
    if (takes_options(kind) && text.compare(0, 9, "feedback:") == 0) {
      sink_.error(number, 1, "indent a 'feedback:' line by two spaces, directly under the option it belongs to");
      return;
    }
    if (auto step = match_step(text, number); step && takes_options(kind)) {
      block_.steps.push_back(std::move(*step));
      return;
    }
    FieldLine f;
    switch (match_field(text, number, f)) {
      case FieldMatch::Field:
        block_.fields.push_back(std::move(f));
        return;
      case FieldMatch::BadCase:
        // Read it anyway so the block is not also reported as missing it.
        sink_.error(number, f.name_col, "field names are lower case: '" + f.name + "'");
        for (char& c : f.name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        block_.fields.push_back(std::move(f));
        return;
      case FieldMatch::NotAField:
        stray_text(number, text);
        return;
    }
  }

  void option_line(int number, std::string_view text, const OptionLine& o) {
    if (!takes_options(block_.kind)) {
      sink_.error(number, 1, "option outside a question: '- [x]' and '- [ ]' lines belong under a '### Question:' "
                             "or '## Rephrase:' heading");
      last_was_option_ = false;
      return;
    }
    if (!o.ok) {
      sink_.error(number, 1, "an option is written '- [x] text' (correct) or '- [ ] text'");
      last_was_option_ = false;
      return;
    }
    RawOption raw;
    raw.correct = o.correct;
    raw.text = std::string(trim(text.substr(o.text_at)));
    raw.line = number;
    raw.col = utf8::column(text, o.text_at);
    if (raw.text.empty()) sink_.error(number, raw.col, "option has no text");
    block_.options.push_back(std::move(raw));
    last_was_option_ = true;
  }

  void feedback_line(const FieldLine& f) {
    if (!takes_options(block_.kind) || !last_was_option_ || block_.options.empty()) {
      sink_.error(f.line, f.name_col, "a 'feedback:' line goes directly under the option it belongs to, indented");
      return;
    }
    RawOption& o = block_.options.back();
    if (o.feedback_line != 0) {
      sink_.error(f.line, f.name_col, "this option already has feedback (line " + std::to_string(o.feedback_line) + ")");
      return;
    }
    if (f.value.empty()) sink_.error(f.line, f.value_col, "field 'feedback' has no value");
    o.feedback = f.value;
    o.feedback_line = f.line;
  }

  void text_block_line(int number, const std::string& text) {
    FieldLine f;
    if (match_field(text, number, f) == FieldMatch::Field) {
      if (!body_started_) {
        block_.fields.push_back(std::move(f));  // reported by collect_fields: text blocks take none
        return;
      }
      if (is_known_field_name(f.name)) {
        sink_.error(number, f.name_col, "field '" + f.name + "' after body text; fields go directly under a heading, and " +
                                            std::string(block_kind_name(block_.kind)) + " blocks take none");
        return;
      }
    }
    body_started_ = true;
    block_.body.push_back({number, text});
  }

  void stray_text(int number, std::string_view text) {
    const std::string_view kind = block_kind_name(block_.kind);
    const std::size_t word_end = text.find_first_of(" \t");
    const std::string_view word = text.substr(0, word_end);
    for (std::string_view f : block_fields(block_.kind)) {
      if (f == word && word_end != std::string_view::npos) {
        sink_.error(number, utf8::column(text, word_end),
                    "missing ':' after field name '" + std::string(word) + "' (write '" + std::string(word) + ": …')");
        const std::size_t value_at = text.find_first_not_of(" \t", word_end);
        FieldLine repaired{std::string(word), std::string(trim(text.substr(word_end))), number, 1,
                           utf8::column(text, value_at == std::string_view::npos ? text.size() : value_at)};
        block_.fields.push_back(std::move(repaired));
        return;
      }
    }
    std::string message;
    switch (block_.kind) {
      case BlockKind::Module:
      case BlockKind::Lesson:
        message = "text outside a lesson block: body text goes under a '### Card:', '### Example:' or "
                  "'### Takeaways' heading inside a '## Lesson:'";
        break;
      case BlockKind::Quiz:
        message = "text under '## Quiz' must belong to a '### Question:'";
        break;
      case BlockKind::Question:
        message = "a question holds fields ('name: value'), options ('- [x] text') or steps ('1. text'); "
                  "this line is none of them";
        break;
      default:
        message = "a " + std::string(kind) + " block holds only the fields " + one_of(block_fields(block_.kind)) +
                  (block_.kind == BlockKind::Rephrase ? " and options" : "") + "; this line is not one of them";
        break;
    }
    sink_.error(number, 1, message);
  }

  void close_block() {
    switch (block_.kind) {
      case BlockKind::Module: {
        const FieldSet fields = collect_fields(block_, sink_);
        if (const FieldLine* f = fields.find("id")) module_.id = f->value;
        if (const FieldLine* f = fields.find("summary")) module_.summary = f->value;
        break;
      }
      case BlockKind::Lesson: {
        const FieldSet fields = collect_fields(block_, sink_);
        if (const FieldLine* f = fields.find("id")) module_.lessons.back().id = f->value;
        break;
      }
      case BlockKind::Quiz: {
        const FieldSet fields = collect_fields(block_, sink_);
        Quiz& q = module_.quiz;
        if (const FieldLine* f = fields.find("time")) {
          q.seconds_per_question = read_number_field(*f, limits::kMinSeconds, limits::kMaxSeconds,
                                                     q.seconds_per_question, " seconds", sink_);
        }
        if (const FieldLine* f = fields.find("pass-mark")) {
          q.pass_mark = read_number_field(*f, 1, 100, q.pass_mark, " percent", sink_);
        }
        break;
      }
      case BlockKind::Question:
        module_.quiz.questions.push_back(build_question(block_, sink_));
        break;
      case BlockKind::Breathing:
        module_.breathing.push_back(build_breathing(block_, sink_));
        break;
      case BlockKind::Rephrase:
        module_.rephrase.push_back(build_rephrase(block_, sink_));
        break;
      case BlockKind::Card:
      case BlockKind::Example:
      case BlockKind::Say:
      case BlockKind::Takeaways:
        module_.lessons.back().blocks.push_back(build_lesson_block(block_, sink_));
        break;
      case BlockKind::Ignored:
        break;
    }
    block_ = RawBlock{};
  }

  DiagnosticSink& sink_;
  Module module_;
  RawBlock block_;
  BlockKind section_ = BlockKind::Ignored;  // the ## (or #) heading the current lines sit under
  bool seen_module_ = false;
  bool body_started_ = false;
  bool last_was_option_ = false;
  bool reported_preamble_ = false;
};

}  // namespace

Module parse_module_text(const std::string& file, std::string_view text, Diagnostics& out,
                         const QuizDefaults& defaults) {
  DiagnosticSink sink(file, out, limits::kDiagnosticsPerFile);
  const std::vector<std::string> lines = split_source_lines(text, limits::kFileBytes, sink);
  ModuleReader reader(file, defaults, sink);
  for (std::size_t i = 0; i < lines.size(); ++i) reader.read(static_cast<int>(i) + 1, lines[i]);
  if (lines.empty() && text.size() > limits::kFileBytes) {
    Module m;
    m.source_file = file;
    return m;  // the size error says it all
  }
  return reader.finish();
}

}  // namespace warmline
