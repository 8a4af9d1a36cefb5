#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// A cmi5 launch: the LMS opens the course at a URL whose query carries
// where to send statements (endpoint), where to get a token once (fetch),
// who the learner is (actor), which enrolment this is (registration) and
// which assignable unit was launched (activityId).
namespace warmline::lms {

struct Cmi5Launch {
  std::string endpoint;      // the LRS's xAPI base URL
  std::string fetch;         // POST here (once) for the auth token
  std::string actor_json;    // the Agent, exactly as the LMS sent it
  std::string registration;  // UUID
  std::string activity_id;   // the AU's IRI: object of the cmi5-defined statements
  // Any other query parameters, decoded, in order: the course's own.
  std::vector<std::pair<std::string, std::string>> other_params;
};

struct Cmi5LaunchParse {
  Cmi5Launch launch;
  std::string error;  // empty on success; a sentence naming the parameter otherwise
  bool ok() const { return error.empty(); }
};

// `query` is the part of the launch URL after '?' (a leading '?' and any
// '#fragment' are tolerated). Checks that all five parameters are present
// once each and well formed; see lms/README.md for the rules.
Cmi5LaunchParse parse_cmi5_launch(std::string_view query);

// Has endpoint, fetch and actor: the page was launched by a cmi5 LMS (and a
// parse error is worth showing), rather than opened on its own.
bool looks_like_cmi5_launch(std::string_view query);

// Checks an actor as the launch carries it: a JSON object, objectType
// "Agent" or absent, with an account {homePage, name} or an mbox. Empty
// when fine, else a sentence (without the "cmi5 launch" prefix).
std::string actor_problem(std::string_view actor_json);

// Who an actor is, for keeping their progress on this device: `key` is the
// same for every launch of one learner however the LMS orders the JSON
// ("account:<homePage>|<name>" or "mbox:<address>"); `name` is the actor's
// display name, or "". An actor with a problem gives an empty key.
struct ActorIdentity {
  std::string key;
  std::string name;
};
ActorIdentity actor_identity(std::string_view actor_json);

// `endpoint` + `resource` with exactly one '/' between them
// ("https://lrs.example/xapi/" + "statements").
std::string xapi_url(std::string_view endpoint, std::string_view resource);

// GET here (with the token) for the LMS.LaunchData state document.
std::string launch_data_url(const Cmi5Launch& launch);

}  // namespace warmline::lms
