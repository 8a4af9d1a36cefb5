#include "core/games/rephrase_scorer.h"

#include <algorithm>
#include <cstddef>

namespace warmline {
namespace {

bool is_ascii_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'';
}

void end_word(std::string& word, std::vector<std::string>& out) {
  // Apostrophes at the edges are quote marks ('like this'), not contractions.
  const std::size_t first = word.find_first_not_of('\'');
  if (first != std::string::npos) {
    const std::size_t last = word.find_last_not_of('\'');
    out.push_back(word.substr(first, last - first + 1));
  }
  word.clear();
}

enum Kind { kNegative, kPositive, kEmpathy };

struct Found {
  const MarkerPhrase* marker;
  Kind kind;
};

struct Candidate {
  const MarkerPhrase* marker;
  Kind kind;
  std::vector<std::string> words;
};

// Finds each marker at most once. Longer phrases claim their words first,
// so "nothing I can do" is not also read as the positive "I can".
std::vector<Found> find_markers(const std::vector<std::string>& words, const RephraseMarkers& m) {
  std::vector<Candidate> all;
  const std::vector<MarkerPhrase>* lists[] = {&m.negative, &m.positive, &m.empathy};
  for (Kind kind : {kNegative, kPositive, kEmpathy}) {
    for (const MarkerPhrase& p : *lists[kind]) {
      std::vector<std::string> w = marker_words(p.phrase);
      if (!w.empty()) all.push_back({&p, kind, std::move(w)});
    }
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const Candidate& a, const Candidate& b) { return a.words.size() > b.words.size(); });
  std::vector<bool> taken(words.size(), false);
  std::vector<Found> found;
  for (const Candidate& c : all) {
    const std::size_t n = c.words.size();
    for (std::size_t at = 0; at + n <= words.size(); ++at) {
      bool match = true;
      for (std::size_t k = 0; k < n && match; ++k) match = !taken[at + k] && words[at + k] == c.words[k];
      if (!match) continue;
      std::fill(taken.begin() + static_cast<std::ptrdiff_t>(at), taken.begin() + static_cast<std::ptrdiff_t>(at + n),
                true);
      found.push_back({c.marker, c.kind});
      break;
    }
  }
  // Feedback follows the marker list's order, not the matching order.
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.kind != b.kind ? a.kind < b.kind : a.marker < b.marker;
  });
  return found;
}

std::size_t letters(const std::string& word) {
  return static_cast<std::size_t>(std::count_if(word.begin(), word.end(), [](char c) {
    // Counts characters, not bytes: UTF-8 continuation bytes are skipped.
    return c != '\'' && (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// "refund" and "refunds" are the same request.
bool same_topic_word(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return longer.size() == shorter.size() + 1 && longer.back() == 's' && longer.compare(0, shorter.size(), shorter) == 0;
}

bool contains_word(const std::vector<std::string>& list, const std::string& w) {
  return std::any_of(list.begin(), list.end(), [&](const std::string& x) { return same_topic_word(x, w); });
}

// The words of the negative line that carry what the customer wants: long
// enough, not common, and not part of a refusal (repeating "can't" is not
// keeping the request in view).
std::vector<std::string> topic_words(std::string_view negative_line, const RephraseMarkers& m) {
  std::vector<std::string> refusal;
  for (const MarkerPhrase& p : m.negative) {
    for (std::string& w : marker_words(p.phrase)) refusal.push_back(std::move(w));
  }
  std::vector<std::string> common;
  for (const std::string& c : m.common) {
    for (std::string& w : marker_words(c)) common.push_back(std::move(w));
  }
  std::vector<std::string> out;
  for (const std::string& w : marker_words(negative_line)) {
    if (letters(w) < static_cast<std::size_t>(std::max(m.topic_min_letters, 1))) continue;
    if (contains_word(common, w) || contains_word(refusal, w) || contains_word(out, w)) continue;
    out.push_back(w);
  }
  return out;
}

std::string quoted(std::string_view s) { return "\xE2\x80\x9C" + std::string(s) + "\xE2\x80\x9D"; }

std::string examples(const std::vector<MarkerPhrase>& list) {
  std::string out;
  for (std::size_t i = 0; i < list.size() && i < 2; ++i) {
    if (i > 0) out += ", ";
    out += quoted(list[i].phrase + "\xE2\x80\xA6");
  }
  return out;
}

std::string found_line(const MarkerPhrase& p, std::string_view fallback) {
  return quoted(p.phrase) + " " + (p.note.empty() ? std::string(fallback) : p.note);
}

}  // namespace

std::vector<std::string> marker_words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (is_ascii_word(text[i])) {
        word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : text[i];
      } else {
        end_word(word, out);
      }
      continue;
    }
    // U+2000..U+206F (dashes, curly quotes, ellipsis) and U+00A0..U+00BF
    // (no-break space, guillemets) separate words, except the curly
    // apostrophes, which are read as '. Other non-ASCII text is letters.
    const bool general_punct = c == 0xE2 && i + 2 < text.size() &&
                               (static_cast<unsigned char>(text[i + 1]) == 0x80 ||
                                static_cast<unsigned char>(text[i + 1]) == 0x81);
    if (general_punct) {
      const auto last = static_cast<unsigned char>(text[i + 2]);
      if (static_cast<unsigned char>(text[i + 1]) == 0x80 && (last == 0x98 || last == 0x99)) {
        word += '\'';
      } else {
        end_word(word, out);
      }
      i += 2;
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0xA0 &&
               static_cast<unsigned char>(text[i + 1]) <= 0xBF) {
      end_word(word, out);
      i += 1;
    } else {
      word += text[i];
    }
  }
  end_word(word, out);
  return out;
}

RephraseScore score_rephrase(std::string_view text, std::string_view negative_line, const RephraseMarkers& m) {
  RephraseScore result;
  const std::vector<std::string> words = marker_words(text);
  if (words.empty()) {
    result.feedback.push_back("Write your reply first.");
    return result;
  }
  int score = m.base;
  std::vector<std::string>& fb = result.feedback;

  const std::vector<Found> found = find_markers(words, m);
  bool any_positive = false;
  bool any_empathy = false;
  for (const Found& f : found) {
    score += f.marker->weight;
    any_positive = any_positive || f.kind == kPositive;
    any_empathy = any_empathy || f.kind == kEmpathy;
    if (f.kind == kNegative) fb.push_back(found_line(*f.marker, "sounds like a refusal: lead with what you can do."));
  }
  if (!any_positive) {
    score += m.no_positive;
    if (!m.positive.empty()) fb.push_back("Say what you will do: " + examples(m.positive) + ".");
  }
  for (const Found& f : found) {
    if (f.kind == kPositive) fb.push_back(found_line(*f.marker, "puts you in charge of the next step."));
    if (f.kind == kEmpathy) fb.push_back(found_line(*f.marker, "shows you hear how they feel."));
  }
  if (!any_empathy && !m.empathy.empty()) {
    fb.push_back("Show you hear how they feel: " + examples(m.empathy) + ".");
  }

  // Naming the request only helps alongside a next step: repeating the
  // customer's words while refusing them is no better than the refusal.
  if (m.topic_per_word != 0 && any_positive) {
    std::vector<std::string> kept;
    const std::vector<std::string> topic = topic_words(negative_line, m);
    for (const std::string& t : topic) {
      if (contains_word(words, t)) kept.push_back(t);
    }
    if (!kept.empty()) {
      const auto n = static_cast<int>(kept.size());
      score += m.topic_max > 0 ? std::min(m.topic_max, n * m.topic_per_word) : n * m.topic_per_word;
      std::string list;
      for (const std::string& k : kept) list += (list.empty() ? "" : ", ") + quoted(k);
      fb.push_back("You kept their request in view: " + list + ".");
    } else if (!topic.empty()) {
      fb.push_back("Name what they asked about (" + quoted(topic.front()) + ") so they know you heard it.");
    }
  }

  const auto count = static_cast<int>(words.size());
  if (count < m.min_words) {
    score += m.too_short;
    fb.push_back("Too short: a full reply needs at least " + std::to_string(m.min_words) + " words.");
  } else if (count > m.max_words) {
    score += m.too_long;
    fb.push_back("Too long: keep it to " + std::to_string(m.max_words) + " words so it is easy to take in.");
  }
  result.score = std::clamp(score, 0, 100);
  return result;
}

}  // namespace warmline
