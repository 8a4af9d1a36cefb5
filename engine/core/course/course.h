#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/games/rephrase_scorer.h"

// The course as the engine sees it, whatever file it came from. Every item a
// learner's progress can point at carries a stable string id; `line` is where
// the item starts in its source file so a check on the model (even one read
// back from a compiled pack) can still point the author at the right place.
namespace warmline {

struct TextRun {
  std::string text;
  bool bold = false;
  bool italic = false;
};

enum class TextBlockKind : std::uint8_t { Paragraph, Bullet };

struct TextBlock {
  TextBlockKind kind = TextBlockKind::Paragraph;
  std::vector<TextRun> runs;
  std::uint8_t depth = 0;  // Bullet nesting, 0-based; 0 for paragraphs
};

using RichText = std::vector<TextBlock>;

enum class LessonBlockKind : std::uint8_t { Card, Example, Say, Takeaways };

struct LessonBlock {
  LessonBlockKind kind = LessonBlockKind::Card;
  std::string title;  // may be empty for Takeaways
  RichText body;      // Card, Example, Takeaways
  std::string say;    // Say only: the line to use,
  std::string say_not;  // the line to avoid,
  std::string why;      // and the reason.
  int line = 0;
};

struct Lesson {
  std::string id;
  std::string title;
  std::vector<LessonBlock> blocks;
  int line = 0;
};

enum class QuestionType : std::uint8_t { Single, Multi, TrueFalse, Order, Scenario, Gap };
enum class Difficulty : std::uint8_t { Easy, Medium, Hard };

struct Option {
  std::string text;
  bool correct = false;  // unused by Order: the list order is the answer
  std::string feedback;
  int line = 0;
};

struct Question {
  std::string id;
  QuestionType type = QuestionType::Single;
  std::string prompt;  // Gap: holds "___" exactly once
  std::vector<Option> options;  // Order: steps in the right order
  bool answer = false;          // TrueFalse only
  std::string customer;         // Scenario only: what the customer says
  std::string explain;
  int seconds = 0;  // 0: use the quiz's time
  Difficulty difficulty = Difficulty::Medium;
  std::vector<std::string> tags;
  std::string review;  // lesson offered after a wrong answer; may be empty
  int line = 0;
};

struct Quiz {
  std::string id;
  std::string title;
  int seconds_per_question = 30;
  int pass_mark = 80;  // percent
  std::vector<Question> questions;
  int line = 0;
};

enum class BreathPhaseKind : std::uint8_t { Inhale, Hold, Exhale };

struct BreathPhase {
  BreathPhaseKind kind = BreathPhaseKind::Inhale;
  int seconds = 0;
};

struct BreathingPattern {
  std::string id;
  std::string title;
  std::vector<BreathPhase> phases;
  int cycles = 0;
  std::string about;
  int line = 0;
};

enum class Channel : std::uint8_t { Phone, Counter, Email, Chat };

// Another order of an item's tiles that also counts in the Build round
// (`accept:` in the pack): the same tiles, each as often as in `tiles`.
struct AcceptedOrder {
  std::vector<std::string> tiles;
  int line = 0;  // of the `accept:` line, for messages
  int col = 1;   // where its first tile starts
};

struct RephraseItem {
  std::string id;
  std::string negative;  // the line to rephrase
  Channel context = Channel::Phone;
  std::vector<Option> options;  // exactly one correct
  std::vector<std::string> tiles;  // joined with spaces: the correct option
  std::vector<AcceptedOrder> accepted;  // other orders of `tiles` that count too
  std::string why;
  int line = 0;
};

struct Module {
  std::string id;
  std::string title;
  std::string summary;
  std::string source_file;  // as given to the parser, for messages
  std::vector<Lesson> lessons;
  Quiz quiz;
  std::vector<BreathingPattern> breathing;
  std::vector<RephraseItem> rephrase;
  int line = 0;
};

struct Version {
  std::uint32_t major = 0;
  std::uint32_t minor = 0;
  std::uint32_t patch = 0;
};

struct PackInfo {
  std::string id;
  std::string title;
  Version version;
  std::string language;
  std::string author;
  Version min_engine;
  int quiz_seconds = 30;
  int pass_mark = 80;
  std::string source_file;
};

struct Course {
  PackInfo info;
  std::vector<Module> modules;
  // The Write round's marker list (the pack's rephrase-markers.txt); without
  // one the rephrasing game has Pick and Build rounds only.
  std::optional<RephraseMarkers> markers;
};

// Seconds the learner gets for `q` inside `quiz`.
int question_seconds(const Question& q, const Quiz& quiz);

std::string_view question_type_name(QuestionType t);
std::string_view difficulty_name(Difficulty d);
std::string_view breath_phase_name(BreathPhaseKind k);
std::string_view channel_name(Channel c);
std::string_view lesson_block_name(LessonBlockKind k);

std::string version_string(const Version& v);
int compare_versions(const Version& a, const Version& b);  // <0, 0, >0

// Value equality over the whole tree, source lines included.
bool operator==(const TextRun& a, const TextRun& b);
bool operator==(const TextBlock& a, const TextBlock& b);
bool operator==(const LessonBlock& a, const LessonBlock& b);
bool operator==(const Lesson& a, const Lesson& b);
bool operator==(const Option& a, const Option& b);
bool operator==(const Question& a, const Question& b);
bool operator==(const Quiz& a, const Quiz& b);
bool operator==(const BreathPhase& a, const BreathPhase& b);
bool operator==(const BreathingPattern& a, const BreathingPattern& b);
bool operator==(const AcceptedOrder& a, const AcceptedOrder& b);
bool operator==(const RephraseItem& a, const RephraseItem& b);
bool operator==(const Module& a, const Module& b);
bool operator==(const Version& a, const Version& b);
bool operator==(const PackInfo& a, const PackInfo& b);
bool operator==(const Course& a, const Course& b);

inline bool operator!=(const Course& a, const Course& b) { return !(a == b); }

}  // namespace warmline
