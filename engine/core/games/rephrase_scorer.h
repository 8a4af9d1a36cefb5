#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace warmline {

// One phrase the Write round looks for, with what finding it is worth.
// `note` (optional) finishes the feedback line: "“policy” <note>".
struct MarkerPhrase {
  std::string phrase;
  int weight = 0;
  std::string note;
  int line = 0;  // in the marker file, for messages; 0 when built in code
};

// Everything the scorer knows about a language, as plain data: it comes
// from a pack's marker list (see content/markers_parser.h), so the engine
// holds no English of its own beyond the feedback frames.
struct RephraseMarkers {
  std::vector<MarkerPhrase> negative;  // refusals and blame: weights < 0
  std::vector<MarkerPhrase> positive;  // ownership and next steps: weights > 0
  std::vector<MarkerPhrase> empathy;   // acknowledging the feeling: weights > 0
  int base = 50;
  int min_words = 4;
  int max_words = 40;
  int too_short = -20;  // added below min_words
  int too_long = -15;   // added above max_words
  int no_positive = 0;  // added when no positive marker is found
  // Keeping the customer's request in view: each distinct word the reply
  // shares with the negative line earns topic_per_word, up to topic_max.
  // Only words of topic_min_letters or more that are neither in `common`
  // nor in a negative marker count, and only when a positive marker was
  // found. A plural -s is ignored ("refund" keeps "refunds" in view).
  int topic_per_word = 0;
  int topic_max = 0;
  int topic_min_letters = 3;
  std::vector<std::string> common;
};

struct RephraseScore {
  int score = 0;  // 0..100
  std::vector<std::string> feedback;
};

// Scores a learner's own rewrite of `negative_line`: base, plus the weight
// of every marker found (each counts once, and a longer phrase hides the
// shorter ones inside it), plus the topic bonus and length penalties,
// clamped to 0..100. Matching ignores case, works on whole words and treats
// ’ as '.
RephraseScore score_rephrase(std::string_view text, std::string_view negative_line, const RephraseMarkers& markers);

// Lower-case words of `text` as the scorer sees them: letters, digits and
// apostrophes (’ read as '), other punctuation dropped.
std::vector<std::string> marker_words(std::string_view text);

}  // namespace warmline
