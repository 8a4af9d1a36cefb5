#pragma once
#include <optional>
#include <string>
#include <string_view>

// The two documents a cmi5 AU reads from its LMS after launch: the fetch
// URL's answer (the auth token) and the LMS.LaunchData state document (how
// this launch is to be run and judged).
namespace warmline::lms {

enum class LaunchMode { Normal, Browse, Review };

// What the LMS needs from this AU to count it satisfied.
enum class MoveOn { Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable };

struct Cmi5LaunchData {
  // The LMS's context for every statement (with the session id extension),
  // compact JSON; the statement builders merge it in.
  std::string context_template_json = "{}";
  LaunchMode launch_mode = LaunchMode::Normal;
  std::optional<double> mastery_score;  // 0..1 when given
  MoveOn move_on = MoveOn::NotApplicable;
  std::string return_url;  // empty when the LMS gave none
};

struct Cmi5LaunchDataParse {
  Cmi5LaunchData data;
  std::string error;  // empty on success; a sentence naming the field otherwise
  bool ok() const { return error.empty(); }
};

Cmi5LaunchDataParse parse_cmi5_launch_data(std::string_view json);

struct Cmi5TokenParse {
  std::string token;  // sent as "Authorization: Basic <token>"
  std::string error;
  bool ok() const { return error.empty(); }
};

// The fetch URL's body: {"auth-token": "..."} or, when the LMS refuses (a
// second fetch in the same launch, say), {"error-code": "1", "error-text": "..."}.
Cmi5TokenParse parse_cmi5_fetch_response(std::string_view body);

const char* to_string(LaunchMode mode);
const char* to_string(MoveOn move_on);

}  // namespace warmline::lms
