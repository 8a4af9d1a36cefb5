#include "content/gift_import.h"

#include <algorithm>
#include <set>
#include <vector>

#include "content/authoring_writer.h"
#include "content/diagnostic_sink.h"
#include "content/field_values.h"
#include "content/gift_lexer.h"
#include "content/gift_question.h"
#include "content/gift_text.h"
#include "content/limits.h"
#include "content/source_lines.h"
#include "content/utf8.h"

namespace warmline {
namespace {

using gift::BlockKind;
using gift::ParsedBlock;

constexpr std::size_t kIdPrefixChars = 24;  // leaves room for the question's own slug

std::string file_stem(const std::string& file) {
  std::string name = file.substr(file.find_last_of("/\\") == std::string::npos ? 0 : file.find_last_of("/\\") + 1);
  const std::size_t dot = name.rfind('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name;
}

// "$course$/top/Phone skills" -> "Phone skills".
std::string category_title(const std::string& path) {
  std::vector<std::string> parts = split_list(path, '/');
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    if (!it->empty() && (*it)[0] != '$' && *it != "top") return *it;
  }
  return "";
}

std::string title_from_stem(const std::string& stem) {
  std::string t;
  for (char c : stem) t += (c == '-' || c == '_' || c == '.') ? ' ' : c;
  t = gift::collapse_spaces(t);
  if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = static_cast<char>(t[0] - 'a' + 'A');
  return t.empty() ? "Imported questions" : t;
}

std::string pad3(int n) {
  std::string s = std::to_string(n);
  return s.size() < 3 ? std::string(3 - s.size(), '0') + s : s;
}

class Importer {
 public:
  Importer(const std::string& file, const GiftImportOptions& options, GiftImport& out)
      : file_(file), out_(out), sink_(file, out.diagnostics, limits::kDiagnosticsPerFile) {
    const std::string stem = file_stem(file);
    module_id_ = options.module_id;
    if (module_id_.empty()) module_id_ = gift::slug(stem, 32);
    if (module_id_.empty()) module_id_ = "gift-import";
    id_prefix_ = gift::slug(module_id_, kIdPrefixChars);
    if (id_prefix_.empty()) id_prefix_ = "gift";
    stem_title_ = title_from_stem(stem);
  }

  void run(std::string_view text);

 private:
  void take(ParsedBlock block, int ordinal);
  std::string make_id(const std::string& name, int ordinal);
  bool check_line_lengths(const ParsedBlock& b);
  std::string write() const;
  // The same warning for many questions would bury the errors (and hit the
  // diagnostics cap): the first few are located, the rest are counted.
  enum Repeated { kNoExplain, kTrueFalseFeedback, kHtml, kRepeatedKinds };
  void repeated_warning(Repeated kind, int line, int col, const std::string& message);
  void summarize_repeated();
  int repeated_[kRepeatedKinds] = {};

  struct Entry {
    Question question;
    std::vector<std::string> notes;
    std::string category;  // set when the category changes here
  };

  std::string file_;
  GiftImport& out_;
  DiagnosticSink sink_;
  std::string module_id_;
  std::string id_prefix_;
  std::string stem_title_;
  std::string title_;  // from the first $CATEGORY
  std::string category_;
  bool category_pending_ = false;
  std::set<std::string> ids_;
  std::vector<Entry> entries_;
  int missing_explain_ = 0;
  bool capped_ = false;
};

void Importer::run(std::string_view text) {
  const std::vector<std::string> lines = split_source_lines(text, limits::kFileBytes, sink_);
  if (lines.empty()) return;  // over the size cap, already reported
  int ordinal = 0;
  for (const gift::Block& block : gift::split_blocks(lines)) {
    gift::Text t = block.text;
    while (!t.empty()) {
      if (capped_) {
        // Past the cap: only count what is left, without reading it.
        if (!gift::starts_with_marks(t, 0, "$CATEGORY:")) ++out_.not_imported;
        break;
      }
      ParsedBlock parsed = gift::parse_block(t, lines, sink_);
      if (parsed.kind == BlockKind::Category) {
        category_ = parsed.category;
        category_pending_ = true;
        if (title_.empty()) title_ = category_title(category_);
        t = std::move(parsed.rest);
        continue;
      }
      take(std::move(parsed), ++ordinal);
      break;
    }
  }
  summarize_repeated();
  if (out_.questions == 0 && out_.not_imported == 0) {
    sink_.error(1, 1, "no questions found; a GIFT question is text followed by an answer block like {=right ~wrong}");
  }
  out_.module_text = write();
}

constexpr int kLocatedRepeats = 10;

void Importer::repeated_warning(Repeated kind, int line, int col, const std::string& message) {
  if (++repeated_[kind] <= kLocatedRepeats) sink_.warning(line, col, message);
}

void Importer::summarize_repeated() {
  static const char* const kWhat[kRepeatedKinds] = {
      "questions have no general feedback (####); look for the TODO comments in the module",
      "true/false questions have feedback that was kept as a comment",
      "[html] questions had their tags removed"};
  for (int k = 0; k < kRepeatedKinds; ++k) {
    if (repeated_[k] > kLocatedRepeats) {
      sink_.warning(1, 1, std::to_string(repeated_[k] - kLocatedRepeats) + " more " + kWhat[k]);
    }
  }
}

std::string Importer::make_id(const std::string& name, int ordinal) {
  const std::size_t room = limits::kIdChars - id_prefix_.size() - 1;
  std::string own = gift::slug(name, room);
  if (own.empty()) own = "q-" + pad3(ordinal);
  std::string id = id_prefix_ + "-" + own;
  for (int n = 2; ids_.count(id) != 0; ++n) {
    const std::string suffix = "-" + std::to_string(n);
    std::string base = own.substr(0, std::min(own.size(), room - suffix.size()));
    while (!base.empty() && base.back() == '-') base.pop_back();
    id = id_prefix_ + "-" + base + suffix;
  }
  ids_.insert(id);
  return id;
}

bool Importer::check_line_lengths(const ParsedBlock& b) {
  const Question& q = b.question;
  std::vector<std::pair<const char*, std::size_t>> parts = {{"question text", utf8::length("### Question: " + q.prompt)},
                                                          {"general feedback", utf8::length("explain: " + q.explain)}};
  for (const Option& o : q.options) {
    parts.push_back({"answer", utf8::length("- [x] " + o.text)});
    parts.push_back({"answer feedback", utf8::length("  feedback: " + o.feedback)});
  }
  for (const auto& [what, chars] : parts) {
    if (chars > limits::kLineChars) {
      sink_.error(b.line, b.col, std::string("the ") + what + " is " + std::to_string(chars) +
                                     " characters long on one line; the limit is " +
                                     std::to_string(limits::kLineChars) + "; this question was not imported");
      return false;
    }
  }
  return true;
}

void Importer::take(ParsedBlock block, int ordinal) {
  if (block.kind != BlockKind::Question) {
    ++out_.not_imported;
    return;
  }
  if (entries_.size() >= limits::kQuestionsPerModule) {
    sink_.error(block.line, block.col,
                "more than " + std::to_string(limits::kQuestionsPerModule) +
                    " questions; a Warmline module holds at most " + std::to_string(limits::kQuestionsPerModule) +
                    ", so this question and the rest were not imported (split the GIFT file)");
    capped_ = true;
    ++out_.not_imported;
    return;
  }
  if (!check_line_lengths(block)) {
    ++out_.not_imported;
    return;
  }
  Entry e;
  e.question = std::move(block.question);
  e.question.id = make_id(block.name, ordinal);
  if (!block.tf_wrong_feedback.empty()) e.notes.push_back("GIFT feedback for a wrong answer: " + block.tf_wrong_feedback);
  if (!block.tf_right_feedback.empty()) e.notes.push_back("GIFT feedback for a right answer: " + block.tf_right_feedback);
  if (!e.notes.empty()) {
    repeated_warning(kTrueFalseFeedback, block.line, block.col,
                     "Warmline has no feedback for true/false answers; it is kept as a comment in the module");
  }
  if (block.had_html) {
    repeated_warning(kHtml, block.line, block.col,
                     "HTML tags were removed from this [html] question; check that the text reads well");
  }
  if (e.question.explain.empty()) {
    ++missing_explain_;
    e.notes.push_back("TODO: write an explain: line (the GIFT question had no general feedback)");
    repeated_warning(kNoExplain, block.line, block.col,
                     "no general feedback (####); the module will not validate until this question has an explain: line");
  }
  if (category_pending_) {
    e.category = category_;
    category_pending_ = false;
  }
  entries_.push_back(std::move(e));
  ++out_.questions;
}

std::string Importer::write() const {
  const std::string title = title_.empty() ? stem_title_ : title_;
  const std::string base = file_.substr(file_.find_last_of("/\\") == std::string::npos ? 0 : file_.find_last_of("/\\") + 1);
  std::string s;
  s += "// Imported from " + base + " by warmline-pack import-gift.\n";
  s += "// Before this module validates:\n";
  s += "// - write at least one lesson: fill in the commented-out skeleton below;\n";
  if (missing_explain_ > 0) {
    s += "// - write an explain: line for each question marked TODO (" + std::to_string(missing_explain_) + ").\n";
  }
  s += "# Module: " + title + "\n";
  s += "id: " + module_id_ + "\n";
  s += "summary: Practice questions: " + title + ".\n";
  s += "\n";
  s += "// ## Lesson: " + title + "\n";
  s += "// id: " + id_prefix_ + "-lesson-1\n";
  s += "//\n";
  s += "// ### Card: CARD TITLE\n";
  s += "// Write what the learner should know before the quiz.\n";
  s += "\n";
  s += "## Quiz: " + title + "\n";
  for (const Entry& e : entries_) {
    s += "\n";
    if (!e.category.empty()) s += "// GIFT category: " + e.category + "\n";
    s += write_question(e.question, e.notes);
  }
  return s;
}

}  // namespace

GiftImport import_gift(const std::string& file, std::string_view text) {
  return import_gift(file, text, GiftImportOptions{});
}

GiftImport import_gift(const std::string& file, std::string_view text, const GiftImportOptions& options) {
  GiftImport out;
  Importer importer(file, options, out);
  importer.run(text);
  return out;
}

}  // namespace warmline
