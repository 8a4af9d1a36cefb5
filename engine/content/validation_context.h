#pragma once
#include <map>
#include <tuple>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "content/diagnostic_sink.h"
#include "core/course/course.h"

// Shared state of one validate_course run: a capped sink per source file,
// the ids seen so far and the lesson ids that `review:` may name. Only
// course_validator.cpp and item_rules.cpp use it.
namespace warmline {

struct IdUse {
  std::string id;
  std::string what;  // "question", "lesson", ...
  int line = 0;
};

class ValidationContext {
 public:
  explicit ValidationContext(Diagnostics& out) : out_(out) {}

  DiagnosticSink& sink(const std::string& file);

  // Text a learner will see: required (when `missing` is not empty, it is
  // the message for an empty value), valid UTF-8, no control characters,
  // at most `cap` characters. Returns whether it is usable.
  bool text(DiagnosticSink& s, int line, std::string_view what, const std::string& value, std::size_t cap,
            const std::string& missing = "");

  // Format of one id; uniqueness is checked per pack by check_ids.
  void id(DiagnosticSink& s, int line, std::string_view what, const std::string& value);
  void check_ids(const std::string& file, std::vector<IdUse> uses);

  std::unordered_set<std::string> lesson_ids;

 private:
  Diagnostics& out_;
  std::map<std::string, DiagnosticSink> sinks_;
  struct FirstUse {
    std::string file;
    int line;
    std::string what;
  };
  std::unordered_map<std::string, FirstUse> ids_;
};

// "question 'al-q01'", or "this question" when it has no id yet.
std::string item_label(std::string_view what, const std::string& id);

void check_question(ValidationContext& ctx, DiagnosticSink& s, const Question& q);
void check_breathing(ValidationContext& ctx, DiagnosticSink& s, const BreathingPattern& b);
void check_rephrase(ValidationContext& ctx, DiagnosticSink& s, const RephraseItem& r);

}  // namespace warmline
