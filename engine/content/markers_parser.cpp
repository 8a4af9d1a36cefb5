#include "content/markers_parser.h"

#include <optional>
#include <vector>

#include "content/diagnostic_sink.h"
#include "content/field_line.h"
#include "content/field_values.h"
#include "content/limits.h"
#include "content/source_lines.h"
#include "content/spelling_hint.h"
#include "content/utf8.h"

namespace warmline {
namespace {

const std::vector<std::string_view> kEntries{"base",        "length",   "too-short", "too-long", "no-positive",
                                             "topic",       "common",   "negative",  "positive", "empathy"};

constexpr int kMaxWeight = 100;

// An optionally signed whole number of at most 3 digits.
std::optional<int> parse_int(std::string_view s) {
  s = trim(s);
  bool minus = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    minus = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || s.size() > 3) return std::nullopt;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return minus ? -n : n;
}

// Reads one value line. Columns inside the value are counted from the
// value's own column so they stay right after a multi-byte character.
class EntryReader {
 public:
  EntryReader(const FieldLine& f, DiagnosticSink& sink) : f_(f), sink_(sink) {}

  int col_at(std::size_t byte) const {
    return f_.value_col + static_cast<int>(utf8::length(std::string_view(f_.value).substr(0, byte)));
  }
  void error(std::size_t byte, const std::string& message) { sink_.error(f_.line, col_at(byte), message); }

  std::optional<int> number(int lo, int hi) {
    const std::optional<int> n = parse_int(f_.value);
    if (!n || *n < lo || *n > hi) {
      error(0, "'" + f_.name + "' must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
      return std::nullopt;
    }
    return n;
  }

 private:
  const FieldLine& f_;
  DiagnosticSink& sink_;
};

class MarkersReader {
 public:
  MarkersReader(RephraseMarkers& m, DiagnosticSink& sink) : m_(m), sink_(sink) {}

  void read(const FieldLine& f) {
    if (f.value.empty()) {
      sink_.error(f.line, f.value_col, "'" + f.name + "' needs a value");
      return;
    }
    if (f.name == "negative" || f.name == "positive" || f.name == "empathy") return phrase(f);
    if (f.name == "common") return common(f);
    // The single-value entries: a second one would silently win, so say so.
    for (const FieldLine& seen : singles_) {
      if (seen.name == f.name) {
        sink_.error(f.line, f.name_col, "'" + f.name + "' is already set on line " + std::to_string(seen.line));
        return;
      }
    }
    singles_.push_back(f);
    EntryReader r(f, sink_);
    if (f.name == "base") {
      if (auto n = r.number(0, 100)) m_.base = *n;
    } else if (f.name == "too-short") {
      if (auto n = r.number(-kMaxWeight, 0)) m_.too_short = *n;
    } else if (f.name == "too-long") {
      if (auto n = r.number(-kMaxWeight, 0)) m_.too_long = *n;
    } else if (f.name == "no-positive") {
      if (auto n = r.number(-kMaxWeight, 0)) m_.no_positive = *n;
    } else if (f.name == "length") {
      length(f, r);
    } else if (f.name == "topic") {
      topic(f, r);
    }
  }

 private:
  // `MIN..MAX words`.
  void length(const FieldLine& f, EntryReader& r) {
    std::string_view v = f.value;
    const std::size_t dots = v.find("..");
    std::string_view rest = dots == std::string_view::npos ? std::string_view() : v.substr(dots + 2);
    if (rest.size() >= 5 && rest.substr(rest.size() - 5) == "words") rest.remove_suffix(5);
    const auto lo = dots == std::string_view::npos ? std::nullopt : parse_int(v.substr(0, dots));
    const auto hi = parse_int(rest);
    if (!lo || !hi || *lo < 1 || *hi < 1) {
      r.error(0, "'length' must be MIN..MAX words, like 4..40 words");
    } else if (*lo > *hi) {
      r.error(0, "'length' goes from " + std::to_string(*lo) + " up to " + std::to_string(*hi) + ": swap them");
    } else {
      m_.min_words = *lo;
      m_.max_words = *hi;
    }
  }

  // `N per word, max M`.
  void topic(const FieldLine& f, EntryReader& r) {
    std::string_view v = f.value;
    const std::size_t per = v.find(" per word");
    const std::size_t max = v.find("max ");
    const auto n = per == std::string_view::npos ? std::nullopt : parse_int(v.substr(0, per));
    const auto cap = max == std::string_view::npos || max < per ? std::nullopt : parse_int(v.substr(max + 4));
    const bool comma = per != std::string_view::npos && max != std::string_view::npos &&
                       trim(v.substr(per + 9, max > per + 9 ? max - per - 9 : 0)) == ",";
    if (!n || !cap || !comma || *n < 0 || *n > kMaxWeight || *cap < 0 || *cap > kMaxWeight) {
      r.error(0, "'topic' must be N per word, max M, like 10 per word, max 20 (0 to 100)");
      return;
    }
    m_.topic_per_word = *n;
    m_.topic_max = *cap;
  }

  void common(const FieldLine& f) {
    EntryReader r(f, sink_);
    const std::string& v = f.value;
    for (std::size_t start = 0; start <= v.size();) {
      std::size_t comma = v.find(',', start);
      if (comma == std::string::npos) comma = v.size();
      const std::string_view item = std::string_view(v).substr(start, comma - start);
      const std::string_view word = trim(item);
      if (marker_words(word).size() != 1) {
        // An empty item is shown at the comma that ends it.
        r.error(word.empty() ? comma : start + item.find(word), "'common' takes single words separated by commas");
        return;
      }
      m_.common.emplace_back(word);
      start = comma + 1;
    }
  }

  // `phrase = weight` or `phrase = weight | note`.
  void phrase(const FieldLine& f) {
    EntryReader r(f, sink_);
    const std::string& v = f.value;
    const std::size_t bar = v.find('|');
    const std::size_t eq = v.rfind('=', bar == std::string::npos ? std::string::npos : bar);
    if (eq == std::string::npos) {
      r.error(0, "expected 'phrase = weight', like can't = -25");
      return;
    }
    MarkerPhrase p;
    p.phrase = std::string(trim(std::string_view(v).substr(0, eq)));
    p.line = f.line;
    if (marker_words(p.phrase).empty()) {
      r.error(0, "no phrase before '='");
      return;
    }
    const std::string_view weight_text =
        std::string_view(v).substr(eq + 1, bar == std::string::npos ? std::string::npos : bar - eq - 1);
    std::size_t weight_at = eq + 1;
    while (weight_at < v.size() && v[weight_at] == ' ') ++weight_at;
    const std::optional<int> w = parse_int(weight_text);
    if (!w || *w < -kMaxWeight || *w > kMaxWeight) {
      r.error(weight_at, "the weight must be a whole number from -100 to 100");
      return;
    }
    if (f.name == "negative" ? *w >= 0 : *w <= 0) {
      r.error(weight_at, f.name == "negative" ? "a negative marker takes a weight below zero"
                                              : "a " + f.name + " marker takes a weight above zero");
      return;
    }
    p.weight = *w;
    if (bar != std::string::npos) {
      p.note = std::string(trim(std::string_view(v).substr(bar + 1)));
      if (p.note.empty()) {
        r.error(bar, "nothing after '|': write a note or leave out the '|'");
        return;
      }
    }
    for (const auto* list : {&m_.negative, &m_.positive, &m_.empathy}) {
      for (const MarkerPhrase& seen : *list) {
        if (marker_words(seen.phrase) == marker_words(p.phrase)) {
          r.error(0, "'" + p.phrase + "' is already listed on line " + std::to_string(seen.line));
          return;
        }
      }
    }
    auto& into = f.name == "negative" ? m_.negative : f.name == "positive" ? m_.positive : m_.empathy;
    into.push_back(std::move(p));
  }

  RephraseMarkers& m_;
  DiagnosticSink& sink_;
  std::vector<FieldLine> singles_;
};

}  // namespace

RephraseMarkers parse_markers(const std::string& file, std::string_view text, Diagnostics& out) {
  DiagnosticSink sink(file, out, limits::kDiagnosticsPerFile);
  RephraseMarkers markers;
  MarkersReader reader(markers, sink);
  const std::vector<std::string> lines = split_source_lines(text, kMarkerFileBytes, sink);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const int number = static_cast<int>(i) + 1;
    const std::string_view line = trim(lines[i]);
    if (line.empty() || line.substr(0, 2) == "//") continue;
    FieldLine f;
    switch (match_field(lines[i], number, f)) {
      case FieldMatch::Field: {
        bool known = false;
        for (std::string_view e : kEntries) known = known || e == f.name;
        if (known) {
          reader.read(f);
        } else {
          sink.error(number, f.name_col, "unknown entry '" + f.name + "'" + did_you_mean(f.name, kEntries));
        }
        break;
      }
      case FieldMatch::BadCase:
        sink.error(number, f.name_col, "entry names are lower case: '" + f.name + "'");
        break;
      case FieldMatch::NotAField:
        sink.error(number, 1, "expected 'entry: value' or a // comment");
        break;
    }
  }
  return markers;
}

}  // namespace warmline
