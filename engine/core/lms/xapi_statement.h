#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lms/cmi5_launch.h"
#include "core/lms/cmi5_launch_data.h"

// xAPI statements as compact JSON, built from plain structs so callers never
// write JSON. Two families (lms/README.md has the rules):
//  - cmi5-defined statements about the AU itself (initialized, completed,
//    passed, failed, terminated), with the cmi5 category;
//  - cmi5 "allowed" statements about what happens inside it (a lesson read,
//    a question answered, a quiz or a mini-game finished), on activities
//    whose ids are built under the AU's id, with the AU as their parent.
// Every statement carries the caller's id (chosen when queued), the launch
// actor, the registration, the LMS's context template and a timestamp.
namespace warmline::lms {

struct XapiContext {
  std::string actor_json;    // as the launch gave it
  std::string registration;  // UUID
  std::string activity_id;   // the AU
  std::string context_template_json = "{}";  // from LaunchData; "" counts as {}
  std::optional<double> mastery_score;       // from LaunchData
};

XapiContext xapi_context(const Cmi5Launch& launch, const Cmi5LaunchData& launch_data);

// Empty when every builder below can use `context`; otherwise a sentence.
// The builders return "" for a context with a problem.
std::string xapi_context_problem(const XapiContext& context);

struct StatementStamp {
  std::string id;           // UUID, chosen when the statement is queued
  std::int64_t unix_ms = 0;  // when it happened
};

// Verb and category IRIs, for callers and tests.
inline constexpr const char* kVerbInitialized = "http://adlnet.gov/expapi/verbs/initialized";
inline constexpr const char* kVerbCompleted = "http://adlnet.gov/expapi/verbs/completed";
inline constexpr const char* kVerbPassed = "http://adlnet.gov/expapi/verbs/passed";
inline constexpr const char* kVerbFailed = "http://adlnet.gov/expapi/verbs/failed";
inline constexpr const char* kVerbTerminated = "http://adlnet.gov/expapi/verbs/terminated";
inline constexpr const char* kVerbExperienced = "http://adlnet.gov/expapi/verbs/experienced";
inline constexpr const char* kVerbAnswered = "http://adlnet.gov/expapi/verbs/answered";
inline constexpr const char* kCategoryCmi5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
inline constexpr const char* kCategoryMoveOn = "https://w3id.org/xapi/cmi5/context/categories/moveon";
inline constexpr const char* kExtensionMasteryScore = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
inline constexpr const char* kExtensionSessionId = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";

// --- cmi5-defined: about the AU. Durations are seconds since initialized.

std::string initialized_statement(const XapiContext& context, const StatementStamp& stamp);
std::string completed_statement(const XapiContext& context, const StatementStamp& stamp, double duration_seconds);
// score_scaled in [-1, 1]; required by the cmi5 rules when a mastery score
// was given (Cmi5Session checks that).
std::string passed_statement(const XapiContext& context, const StatementStamp& stamp,
                             std::optional<double> score_scaled, double duration_seconds);
std::string failed_statement(const XapiContext& context, const StatementStamp& stamp,
                             std::optional<double> score_scaled, double duration_seconds);
std::string terminated_statement(const XapiContext& context, const StatementStamp& stamp, double duration_seconds);

// --- cmi5 allowed: inside the AU.

struct LessonExperience {
  std::string lesson_id;
  std::string title;
  std::optional<double> duration_seconds;  // time spent reading, when known
};

enum class InteractionType { Choice, TrueFalse, Sequencing, FillIn, Other };

struct InteractionChoice {
  std::string id;
  std::string description;
};

// `response` and `correct_responses` use xAPI's formats: choice and
// sequencing ids joined by "[,]", "true"/"false", or the typed text.
struct QuestionAnswer {
  std::string question_id;
  std::string prompt;
  InteractionType type = InteractionType::Other;
  std::vector<InteractionChoice> choices;      // choice and sequencing only
  std::vector<std::string> correct_responses;  // none: no pattern is sent
  std::string response;
  bool success = false;
  double duration_seconds = 0.0;
};

struct QuizResult {
  std::string module_id;
  std::string title;
  int raw = 0;  // questions right
  int min = 0;
  int max = 0;  // questions asked
  bool passed = false;
  double duration_seconds = 0.0;
};

struct BreathingSession {
  std::string pattern_id;
  std::string title;
  double duration_seconds = 0.0;
};

struct RephraseAnswer {
  std::string item_id;
  std::string title;
  std::string response;
  bool success = false;
  std::optional<double> duration_seconds;
};

std::string lesson_statement(const XapiContext& context, const StatementStamp& stamp, const LessonExperience& lesson);
std::string question_statement(const XapiContext& context, const StatementStamp& stamp, const QuestionAnswer& answer);
std::string quiz_statement(const XapiContext& context, const StatementStamp& stamp, const QuizResult& quiz);
std::string breathing_statement(const XapiContext& context, const StatementStamp& stamp,
                                const BreathingSession& session);
std::string rephrase_statement(const XapiContext& context, const StatementStamp& stamp, const RephraseAnswer& answer);

// Sub-activity ids under the AU: "<au>/lesson/<id>" and so on, each id
// percent-encoded so any characters stay one path segment.
std::string lesson_activity_id(std::string_view au_id, std::string_view lesson_id);
std::string question_activity_id(std::string_view au_id, std::string_view question_id);
std::string quiz_activity_id(std::string_view au_id, std::string_view module_id);
std::string game_activity_id(std::string_view au_id, std::string_view game, std::string_view item_id);

}  // namespace warmline::lms
