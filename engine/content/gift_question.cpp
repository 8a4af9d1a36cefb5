#include "content/gift_question.h"

#include <algorithm>
#include <string_view>

#include "content/gift_text.h"
#include "content/limits.h"
#include "content/utf8.h"

namespace warmline::gift {
namespace {

constexpr std::size_t npos = std::string::npos;
const char* const kNotImported = "; this question was not imported";

// Reads one block; `ok` turns false at the first error, which is reported.
class BlockReader {
 public:
  BlockReader(const Text& t, const std::vector<std::string>& lines, DiagnosticSink& sink)
      : t_(t), lines_(lines), sink_(sink) {}

  ParsedBlock read();

 private:
  int col(std::size_t i) const {
    const Char& ch = t_[i < t_.size() ? i : t_.size() - 1];
    const std::string& line = lines_[static_cast<std::size_t>(ch.line) - 1];
    return ch.byte <= line.size() ? utf8::column(line, ch.byte) : utf8::column(line, line.size()) + 1;
  }
  int line(std::size_t i) const { return t_[i < t_.size() ? i : t_.size() - 1].line; }
  void fail(std::size_t at, const std::string& message) {
    if (ok_) sink_.error(line(at), col(at), message + kNotImported);
    ok_ = false;
  }
  void unsupported(const std::string& kind, const std::string& hint) {
    fail(start_, kind + " questions are not supported by Warmline" + hint);
  }
  // Text in [from, to) with format prefix, HTML and spacing handled.
  std::string clean(std::size_t from, std::size_t to);
  std::string clean_string(std::string s);

  bool read_name(std::size_t& from, std::size_t to, ParsedBlock& out);
  void read_choice(std::size_t from, std::size_t to, bool gap, ParsedBlock& out);
  void read_true_false(std::size_t from, std::size_t to, bool value, bool gap, ParsedBlock& out);
  bool read_weight(std::size_t& from, std::size_t to, double& weight);

  const Text& t_;
  const std::vector<std::string>& lines_;
  DiagnosticSink& sink_;
  bool ok_ = true;
  std::size_t start_ = 0;
  TextFormat format_ = TextFormat::Moodle;
  bool had_html_ = false;
};

std::string BlockReader::clean_string(std::string s) {
  s = collapse_spaces(s);
  const TextFormat f = take_format(s, format_);
  if (f == TextFormat::Html) s = strip_html(s, had_html_);
  return collapse_spaces(s);
}

std::string BlockReader::clean(std::size_t from, std::size_t to) { return clean_string(decode(t_, from, to)); }

bool BlockReader::read_name(std::size_t& from, std::size_t to, ParsedBlock& out) {
  if (!starts_with_marks(t_, from, "::")) return true;
  const std::size_t end = find_marks(t_, from + 2, to, "::");
  if (end == npos) {
    fail(from, "the question name has no closing '::' (write \\: for a literal colon)");
    return false;
  }
  out.name = collapse_spaces(decode(t_, from + 2, end));
  from = end + 2;
  trim_range(t_, from, to);
  return true;
}

bool BlockReader::read_weight(std::size_t& from, std::size_t to, double& weight) {
  const std::size_t close = find_mark(t_, from + 1, to, '%');
  if (close == npos) {
    fail(from, "answer weight has no closing '%' (write ~%50%answer)");
    return false;
  }
  const std::string body = decode(t_, from + 1, close);
  std::size_t i = 0;
  const bool negative = !body.empty() && body[0] == '-';
  if (negative) ++i;
  double value = 0;
  std::size_t digits = 0;
  while (i < body.size() && body[i] >= '0' && body[i] <= '9' && digits < 4) {
    value = value * 10 + (body[i++] - '0');
    ++digits;
  }
  if (digits > 0 && i < body.size() && body[i] == '.') {
    double scale = 0.1;
    for (++i; i < body.size() && body[i] >= '0' && body[i] <= '9' && scale > 1e-6; ++i, scale /= 10) {
      value += (body[i] - '0') * scale;
    }
  }
  if (digits == 0 || digits > 3 || i != body.size() || value > 100) {
    fail(from, "answer weight '%" + body + "%' is not a number from -100 to 100");
    return false;
  }
  weight = negative ? -value : value;
  from = close + 1;
  return true;
}

void BlockReader::read_choice(std::size_t from, std::size_t to, bool gap, ParsedBlock& out) {
  trim_range(t_, from, to);
  if (!is_mark(t_, from, '~') && !is_mark(t_, from, '=')) {
    fail(from, "text before the first answer; start every answer with ~ (wrong) or = (right)");
    return;
  }
  struct Raw {
    Option option;
    bool exact = false;
    double weight = 0;
    std::size_t at = 0;
  };
  std::vector<Raw> raws;
  std::size_t i = from;
  while (i < to && ok_) {
    std::size_t end = i + 1;
    while (end < to && !is_mark(t_, end, '~') && !is_mark(t_, end, '=')) ++end;
    Raw raw;
    raw.at = i;
    raw.exact = is_mark(t_, i, '=');
    std::size_t a = i + 1, b = end;
    trim_range(t_, a, b);
    if (a < b && is_mark(t_, a, '%')) {
      if (raw.exact) {
        fail(a, "a weight after '=' is for short answer questions; write ~%50%answer for part marks");
        return;
      }
      if (!read_weight(a, b, raw.weight)) return;
    }
    const std::size_t hash = find_mark(t_, a, b, '#');
    raw.option.text = clean(a, hash == npos ? b : hash);
    if (hash != npos) raw.option.feedback = clean(hash + 1, b);
    raw.option.line = line(i);
    if (raw.option.text.empty()) {
      fail(i, "empty answer");
      return;
    }
    raw.option.correct = raw.exact || raw.weight > 0;
    raws.push_back(std::move(raw));
    if (raws.size() > limits::kOptionsPerQuestion) {
      fail(i, "more than " + std::to_string(limits::kOptionsPerQuestion) + " answers; Warmline allows at most " +
                  std::to_string(limits::kOptionsPerQuestion));
      return;
    }
    i = end;
  }
  if (!ok_) return;
  if (raws.size() < 2) {
    fail(raws.front().at, "a multiple choice question needs at least 2 answers");
    return;
  }
  std::size_t exact = 0, right = 0;
  for (const Raw& r : raws) {
    exact += r.exact ? 1 : 0;
    right += r.option.correct ? 1 : 0;
  }
  Question& q = out.question;
  if (exact > 0) {
    // Moodle: one answer to pick; '=' answers are fully right.
    if (exact > 1) {
      fail(raws.front().at, "more than one '=' answer; a Warmline single choice question has exactly one right answer");
      return;
    }
    for (Raw& r : raws) {
      if (!r.exact && r.weight > 0) {
        sink_.warning(line(r.at), col(r.at), "part marks (%" + std::to_string(static_cast<int>(r.weight)) +
                                                 "%) are not supported; this answer is imported as wrong");
        r.option.correct = false;
      }
    }
    q.type = gap ? QuestionType::Gap : QuestionType::Single;
    if (raws.size() > 6) {
      fail(raws.front().at, "a single choice question has at most 6 answers in Warmline; this one has " +
                                std::to_string(raws.size()));
      return;
    }
  } else {
    // Moodle: several answers to pick, the ones with a positive weight.
    if (right == 0) {
      fail(raws.front().at, "no right answer; mark it with = or give right answers a positive weight like ~%50%");
      return;
    }
    if (gap) {
      fail(start_, "a gap question (answers in the middle of the text) needs one '=' answer");
      return;
    }
    q.type = QuestionType::Multi;
  }
  for (Raw& r : raws) q.options.push_back(std::move(r.option));
}

void BlockReader::read_true_false(std::size_t from, std::size_t to, bool value, bool gap, ParsedBlock& out) {
  if (gap) {
    fail(from, "a true/false answer in the middle of the text is not supported; put {T} or {F} at the end");
    return;
  }
  out.question.type = QuestionType::TrueFalse;
  out.question.answer = value;
  const std::size_t h1 = find_mark(t_, from, to, '#');
  if (h1 == npos) return;
  const std::size_t h2 = find_mark(t_, h1 + 1, to, '#');
  out.tf_wrong_feedback = clean(h1 + 1, h2 == npos ? to : h2);
  if (h2 != npos) out.tf_right_feedback = clean(h2 + 1, to);
}

ParsedBlock BlockReader::read() {
  ParsedBlock out;
  if (t_.empty()) return out;
  std::size_t from = 0, to = t_.size();
  trim_range(t_, from, to);
  start_ = from;
  out.line = line(from);
  out.col = col(from);
  if (from == to) return out;

  if (starts_with_marks(t_, from, "$CATEGORY:")) {
    const std::size_t nl = find_mark(t_, from, to, '\n');
    out.kind = BlockKind::Category;
    out.category = collapse_spaces(decode(t_, from + 10, nl == npos ? to : nl));
    if (nl != npos) out.rest.assign(t_.begin() + static_cast<std::ptrdiff_t>(nl) + 1, t_.begin() + static_cast<std::ptrdiff_t>(to));
    return out;
  }
  if (!read_name(from, to, out)) return out;

  const std::size_t open = find_mark(t_, from, to, '{');
  const std::size_t close = find_mark(t_, from, to, '}');
  if (open == npos && close == npos) {
    for (std::size_t i = from; i < to; ++i) {
      const bool line_start = i == from || is_mark(t_, i - 1, '\n');
      if (line_start && (is_mark(t_, i, '~') || is_mark(t_, i, '='))) {
        fail(i, "answers outside a question: answers belong inside the question's { } block");
        return out;
      }
    }
    fail(start_, "description items (text with no { } answer block) are not supported by Warmline");
    return out;
  }
  if (open == npos || close < open) {
    fail(close, "'}' without an opening '{' (write \\} for a literal brace)");
    return out;
  }
  if (close == npos) {
    fail(open, "the answer block has no closing '}' (write \\{ for a literal brace)");
    return out;
  }
  const std::size_t inner_open = find_mark(t_, open + 1, close, '{');
  if (inner_open != npos) {
    fail(inner_open, "'{' inside an answer block (write \\{ for a literal brace)");
    return out;
  }
  const std::size_t second = std::min(find_mark(t_, close + 1, to, '{'), find_mark(t_, close + 1, to, '}'));
  if (second != npos) {
    fail(second, "more than one { } answer block; Warmline questions have one (write \\{ \\} for literal braces)");
    return out;
  }

  std::size_t a = open + 1, b = close;
  trim_range(t_, a, b);
  const std::size_t general = rfind_marks(t_, a, b, "####");
  if (general != npos) {
    std::size_t g = general + 4, ge = b;
    trim_range(t_, g, ge);
    b = general;
    trim_range(t_, a, b);
  }

  // The question text: before the block, plus a gap when text follows it.
  std::size_t after_from = close + 1, after_to = to;
  trim_range(t_, after_from, after_to);
  const bool gap = after_from < after_to;
  {
    std::string text = decode(t_, from, open);  // spaces kept: they matter around a gap
    format_ = take_format(text, TextFormat::Moodle);
    if (gap) {
      const std::string after = decode(t_, close + 1, to);
      if (text.find("___") != npos || after.find("___") != npos) {
        fail(start_, "the question text already contains ___, which marks the gap in Warmline");
        return out;
      }
      text += "___" + after;  // the author's spacing around the block stays
    }
    if (format_ == TextFormat::Html) text = strip_html(text, had_html_);
    out.question.prompt = collapse_spaces(text);
  }
  if (out.question.prompt.empty() || out.question.prompt == "___") {
    fail(open, "answers outside a question: this { } block has no question text");
    return out;
  }
  if (general != npos) {
    std::size_t g = general + 4, ge = close;
    out.question.explain = clean(g, ge);
  }

  // The kind, decided the way Moodle decides it.
  const std::string answers = decode(t_, a, b);
  if (a == b) {
    unsupported("essay", " (an empty { } block)");
  } else if (is_mark(t_, a, '#')) {
    unsupported("numeric", "");
  } else if (find_mark(t_, a, b, '~') != npos) {
    read_choice(a, b, gap, out);
  } else if (find_mark(t_, a, b, '=') != npos && answers.find("->") != npos) {
    unsupported("matching", "");
  } else {
    const std::size_t hash = find_mark(t_, a, b, '#');
    std::size_t ka = a, kb = hash == npos ? b : hash;
    trim_range(t_, ka, kb);
    const std::string key = decode(t_, ka, kb);
    bool all_literal = true;  // \T is no escape, but "\=" would make "=" text
    for (std::size_t i = ka; i < kb; ++i) all_literal = all_literal && !t_[i].escaped;
    if (all_literal && (key == "T" || key == "TRUE")) {
      read_true_false(a, b, true, gap, out);
    } else if (all_literal && (key == "F" || key == "FALSE")) {
      read_true_false(a, b, false, gap, out);
    } else {
      unsupported("short answer", " (only = answers, no ~ wrong ones)");
    }
  }
  if (!ok_) return out;
  out.had_html = had_html_;
  out.question.line = out.line;
  out.kind = BlockKind::Question;
  return out;
}

}  // namespace

ParsedBlock parse_block(const Text& text, const std::vector<std::string>& lines, DiagnosticSink& sink) {
  BlockReader reader(text, lines, sink);
  return reader.read();
}

}  // namespace warmline::gift
