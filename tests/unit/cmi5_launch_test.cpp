#include "core/lms/cmi5_launch.h"

#include <string>

#include <doctest/doctest.h>

#include "core/lms/cmi5_launch_data.h"
#include "core/lms/url_encoding.h"
#include "core/quiz/seeded_random.h"

using namespace warmline::lms;

namespace {

const std::string kActor =
    R"({"objectType":"Agent","account":{"homePage":"https://lms.example.com","name":"learner-17"},"name":"Ana Lima"})";
const std::string kRegistration = "6f2a3e1c-9b4d-4e2f-8a1b-0c9d8e7f6a5b";

// A launch query as an LMS builds it, with one parameter replaced or left
// out (an empty value for `drop` removes that parameter).
std::string query(const std::string& replace = "", const std::string& value = "", bool drop = false) {
  std::string q;
  auto add = [&](const std::string& name, const std::string& v) {
    if (name == replace && drop) return;
    if (!q.empty()) q += '&';
    q += name + "=" + percent_encode(name == replace ? value : v);
  };
  add("endpoint", "https://lrs.example.com/xapi/");
  add("fetch", "https://lms.example.com/cmi5/fetch?k=abc123");
  add("actor", kActor);
  add("registration", kRegistration);
  add("activityId", "https://warmline.example/au/communication-basics");
  return q;
}

const char* kRequiredName(int i) {
  static const char* const kNames[] = {"endpoint", "fetch", "actor", "registration", "activityId"};
  return kNames[i % 5];
}

std::string error_for(const std::string& name, const std::string& value) {
  return parse_cmi5_launch(query(name, value)).error;
}

}  // namespace

TEST_CASE("cmi5 launch: a well-formed launch parses with every value decoded") {
  const Cmi5LaunchParse p = parse_cmi5_launch(query() + "&lang=pt-BR&note=a+b%26c");
  REQUIRE(p.ok());
  CHECK(p.launch.endpoint == "https://lrs.example.com/xapi/");
  CHECK(p.launch.fetch == "https://lms.example.com/cmi5/fetch?k=abc123");
  CHECK(p.launch.actor_json == kActor);
  CHECK(p.launch.registration == kRegistration);
  CHECK(p.launch.activity_id == "https://warmline.example/au/communication-basics");
  REQUIRE(p.launch.other_params.size() == 2);
  CHECK(p.launch.other_params[0].first == "lang");
  CHECK(p.launch.other_params[0].second == "pt-BR");
  CHECK(p.launch.other_params[1].second == "a b&c");
}

TEST_CASE("cmi5 launch: a leading '?', a fragment and empty parts are tolerated") {
  const Cmi5LaunchParse p = parse_cmi5_launch("?&" + query() + "&&#section-2");
  REQUIRE(p.ok());
  CHECK(p.launch.activity_id == "https://warmline.example/au/communication-basics");
  CHECK(p.launch.other_params.empty());
}

TEST_CASE("cmi5 launch: '+' is a space and escapes decode to UTF-8") {
  const std::string actor = R"({"mbox":"mailto:jos%C3%A9@example.com","name":"Jos%C3%A9+Silva"})";
  std::string q = query("actor", "", true) + "&actor=" + actor;
  const Cmi5LaunchParse p = parse_cmi5_launch(q);
  REQUIRE(p.ok());
  CHECK(p.launch.actor_json == "{\"mbox\":\"mailto:jos\xC3\xA9@example.com\",\"name\":\"Jos\xC3\xA9 Silva\"}");
}

TEST_CASE("cmi5 launch: missing parameters are all named") {
  CHECK(parse_cmi5_launch(query("fetch", "", true)).error == "cmi5 launch: the launch URL has no \"fetch\"");
  CHECK(parse_cmi5_launch("endpoint=https%3A%2F%2Flrs.example.com&actor=%7B%7D").error ==
        "cmi5 launch: the launch URL has no \"fetch\", \"registration\" and \"activityId\"");
  CHECK(parse_cmi5_launch("").error ==
        "cmi5 launch: the launch URL has no \"endpoint\", \"fetch\", \"actor\", \"registration\" and \"activityId\"");
  // A failed parse leaves nothing half-filled.
  const Cmi5LaunchParse p = parse_cmi5_launch(query("registration", "", true));
  CHECK_FALSE(p.ok());
  CHECK(p.launch.endpoint.empty());
}

TEST_CASE("cmi5 launch: a parameter given twice is refused") {
  CHECK(parse_cmi5_launch(query() + "&registration=" + kRegistration).error ==
        "cmi5 launch: \"registration\" is given more than once");
}

TEST_CASE("cmi5 launch: endpoint and fetch must be http(s) URLs") {
  CHECK(error_for("endpoint", "ftp://lrs.example.com/") ==
        "cmi5 launch: \"endpoint\" is not an http(s) URL: \"ftp://lrs.example.com/\"");
  CHECK(error_for("endpoint", "https://") == "cmi5 launch: \"endpoint\" is not an http(s) URL: \"https://\"");
  CHECK(error_for("endpoint", "lrs.example.com") != "");
  CHECK(error_for("endpoint", "https://lrs example.com/") != "");
  CHECK(error_for("fetch", "javascript:alert(1)") ==
        "cmi5 launch: \"fetch\" is not an http(s) URL: \"javascript:alert(1)\"");
  CHECK(parse_cmi5_launch(query("endpoint", "HTTP://LRS.EXAMPLE.COM:8080/xapi")).ok());
  CHECK(parse_cmi5_launch(query("fetch", "http://localhost/fetch")).ok());
}

TEST_CASE("cmi5 launch: the actor must be JSON, with the place of the mistake") {
  CHECK(error_for("actor", R"({"mbox" "mailto:a@b.c"})") ==
        "cmi5 launch: \"actor\" is not valid JSON (at character 9: Missing a colon after a name of object member.)");
  // Characters, not bytes: the accented letter counts once.
  CHECK(error_for("actor", "{\"name\":\"\xC3\xA9\" x}").find("(at character 13:") != std::string::npos);
  CHECK(error_for("actor", "") .find("\"actor\" is not valid JSON (at character 1:") != std::string::npos);
  CHECK(error_for("actor", R"(["Agent"])") == "cmi5 launch: \"actor\" is not a JSON object");
}

TEST_CASE("cmi5 launch: the actor must be one Agent with an account or mbox") {
  CHECK(error_for("actor", R"({"objectType":"Group","mbox":"mailto:team@example.com"})") ==
        "cmi5 launch: \"actor\" has an objectType other than \"Agent\"; cmi5 launches a single learner");
  CHECK(error_for("actor", R"({"name":"Ana"})") ==
        "cmi5 launch: \"actor\" has neither an \"account\" {homePage, name} nor an \"mbox\" to say who the learner "
        "is");
  CHECK(error_for("actor", R"({"account":{"homePage":"https://lms.example.com"}})") ==
        "cmi5 launch: \"actor\" has an \"account\" without a string \"homePage\" and a non-empty \"name\"");
  CHECK(error_for("actor", R"({"account":{"homePage":"https://lms.example.com","name":""}})") != "");
  CHECK(error_for("actor", R"({"account":{"homePage":"lms","name":"x"}})") ==
        "cmi5 launch: \"actor\" has an account \"homePage\" that is not an absolute IRI");
  CHECK(error_for("actor", R"({"mbox":"ana@example.com"})") ==
        "cmi5 launch: \"actor\" has an \"mbox\" that is not a mailto: address");
  CHECK(parse_cmi5_launch(query("actor", R"({"account":{"homePage":"https://x.example","name":"7"}})")).ok());
  CHECK(parse_cmi5_launch(query("actor", R"({"objectType":"Agent","mbox":"mailto:ana@example.com"})")).ok());
}

TEST_CASE("cmi5 launch: registration is a UUID and activityId an absolute IRI") {
  CHECK(error_for("registration", "12345") == "cmi5 launch: \"registration\" is not a UUID: \"12345\"");
  CHECK(error_for("activityId", "communication-basics") ==
        "cmi5 launch: \"activityId\" is not an absolute IRI: \"communication-basics\"");
  CHECK(error_for("activityId", "") == "cmi5 launch: \"activityId\" is not an absolute IRI: \"\"");
  CHECK(parse_cmi5_launch(query("activityId", "urn:warmline:au:1")).ok());
  // Long values are cut in the message.
  const std::string long_value(500, 'x');
  const std::string error = error_for("registration", long_value);
  CHECK(error.size() < 150);
  CHECK(error.find("...\"") != std::string::npos);
}

TEST_CASE("cmi5 launch: a broken percent escape names its parameter") {
  std::string q = query("actor", "", true) + "&actor=%7B%zz";
  CHECK(parse_cmi5_launch(q).error ==
        "cmi5 launch: \"actor\" has a broken percent escape (a '%' not followed by two hex digits)");
  CHECK_FALSE(parse_cmi5_launch(query("fetch", "", true) + "&fetch=https%3A%2").ok());
}

TEST_CASE("cmi5 launch: looks_like_cmi5_launch needs endpoint, fetch and actor") {
  CHECK(looks_like_cmi5_launch(query()));
  CHECK(looks_like_cmi5_launch("?endpoint=x&fetch=y&actor=z"));  // broken, but worth an error message
  CHECK_FALSE(looks_like_cmi5_launch(""));
  CHECK_FALSE(looks_like_cmi5_launch("lang=en&kiosk=1"));
  CHECK_FALSE(looks_like_cmi5_launch(query("actor", "", true)));
}

TEST_CASE("cmi5 launch: xAPI resource URLs join with exactly one slash") {
  CHECK(xapi_url("https://lrs.example.com/xapi/", "statements") == "https://lrs.example.com/xapi/statements");
  CHECK(xapi_url("https://lrs.example.com/xapi", "/statements") == "https://lrs.example.com/xapi/statements");
  const Cmi5LaunchParse p = parse_cmi5_launch(query());
  REQUIRE(p.ok());
  const std::string url = launch_data_url(p.launch);
  CHECK(url.rfind("https://lrs.example.com/xapi/activities/state?stateId=LMS.LaunchData&activityId=https%3A%2F%2F", 0) ==
        0);
  CHECK(url.find("&agent=%7B%22objectType%22%3A%22Agent%22") != std::string::npos);
  CHECK(url.find("&registration=" + kRegistration) != std::string::npos);
  CHECK(url.find(' ') == std::string::npos);
}

TEST_CASE("cmi5 launch: percent encoding round-trips any bytes") {
  const std::string raw = "a b/c?d&e=f%g+h\xC3\xA9~._-";
  const std::string encoded = percent_encode(raw);
  CHECK(encoded == "a%20b%2Fc%3Fd%26e%3Df%25g%2Bh%C3%A9~._-");
  CHECK(percent_decode(encoded) == raw);
  CHECK_FALSE(percent_decode("%").has_value());
  CHECK_FALSE(percent_decode("%4").has_value());
  CHECK_FALSE(percent_decode("%4g").has_value());
  CHECK(percent_decode("%41%62") == std::string("Ab"));
}

// --- LaunchData and the fetch answer

namespace {
const char* kLaunchData = R"({
  "contextTemplate": {
    "contextActivities": {"grouping": [{"id": "https://lms.example.com/course/7"}]},
    "extensions": {"https://w3id.org/xapi/cmi5/context/extensions/sessionid": "s-42"}
  },
  "launchMode": "Normal",
  "masteryScore": 0.8,
  "moveOn": "CompletedAndPassed",
  "returnURL": "https://lms.example.com/course/7",
  "launchParameters": "ignored"
})";
}  // namespace

TEST_CASE("cmi5 LaunchData: every field is read") {
  const Cmi5LaunchDataParse p = parse_cmi5_launch_data(kLaunchData);
  REQUIRE(p.ok());
  CHECK(p.data.launch_mode == LaunchMode::Normal);
  REQUIRE(p.data.mastery_score.has_value());
  CHECK(*p.data.mastery_score == 0.8);
  CHECK(p.data.move_on == MoveOn::CompletedAndPassed);
  CHECK(p.data.return_url == "https://lms.example.com/course/7");
  CHECK(p.data.context_template_json ==
        R"({"contextActivities":{"grouping":[{"id":"https://lms.example.com/course/7"}]},)"
        R"("extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"s-42"}})");
}

TEST_CASE("cmi5 LaunchData: optional fields may be absent; every mode and moveOn is known") {
  const Cmi5LaunchDataParse p =
      parse_cmi5_launch_data(R"({"contextTemplate":{},"launchMode":"Review","moveOn":"NotApplicable"})");
  REQUIRE(p.ok());
  CHECK(p.data.launch_mode == LaunchMode::Review);
  CHECK_FALSE(p.data.mastery_score.has_value());
  CHECK(p.data.return_url.empty());
  for (const char* mode : {"Normal", "Browse", "Review"}) {
    const std::string doc = std::string(R"({"contextTemplate":{},"moveOn":"Passed","launchMode":")") + mode + "\"}";
    const Cmi5LaunchDataParse m = parse_cmi5_launch_data(doc);
    REQUIRE(m.ok());
    CHECK(std::string(to_string(m.data.launch_mode)) == mode);
  }
  for (const char* move_on : {"Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed", "NotApplicable"}) {
    const std::string doc = std::string(R"({"contextTemplate":{},"launchMode":"Normal","moveOn":")") + move_on + "\"}";
    const Cmi5LaunchDataParse m = parse_cmi5_launch_data(doc);
    REQUIRE(m.ok());
    CHECK(std::string(to_string(m.data.move_on)) == move_on);
  }
}

TEST_CASE("cmi5 LaunchData: bad documents are named field by field") {
  auto error = [](const char* json) { return parse_cmi5_launch_data(json).error; };
  CHECK(error("{") == "cmi5 LaunchData: the document is not valid JSON (at character 2: Missing a name for object "
                      "member.)");
  CHECK(error("[]") == "cmi5 LaunchData: the document is not a JSON object");
  CHECK(error(R"({"launchMode":"Normal","moveOn":"Passed"})") == "cmi5 LaunchData: \"contextTemplate\" is missing");
  CHECK(error(R"({"contextTemplate":[],"launchMode":"Normal","moveOn":"Passed"})") ==
        "cmi5 LaunchData: \"contextTemplate\" is not a JSON object");
  CHECK(error(R"({"contextTemplate":{},"launchMode":"normal","moveOn":"Passed"})") ==
        "cmi5 LaunchData: \"launchMode\" is \"normal\"; expected Normal, Browse or Review");
  CHECK(error(R"({"contextTemplate":{},"moveOn":"Passed"})") ==
        "cmi5 LaunchData: \"launchMode\" is missing or not a string");
  CHECK(error(R"({"contextTemplate":{},"launchMode":"Normal","moveOn":"Done"})") ==
        "cmi5 LaunchData: \"moveOn\" is \"Done\"; expected Passed, Completed, CompletedAndPassed, CompletedOrPassed "
        "or NotApplicable");
  CHECK(error(R"({"contextTemplate":{},"launchMode":"Normal","moveOn":"Passed","masteryScore":1.5})") ==
        "cmi5 LaunchData: \"masteryScore\" is 1.5; it must be between 0 and 1");
  CHECK(error(R"({"contextTemplate":{},"launchMode":"Normal","moveOn":"Passed","masteryScore":"0.8"})") ==
        "cmi5 LaunchData: \"masteryScore\" is not a number");
  CHECK(error(R"({"contextTemplate":{},"launchMode":"Normal","moveOn":"Passed","returnURL":5})") ==
        "cmi5 LaunchData: \"returnURL\" is not a string");
  // Edges of the mastery score are allowed.
  CHECK(parse_cmi5_launch_data(R"({"contextTemplate":{},"launchMode":"Normal","moveOn":"Passed","masteryScore":0})")
            .ok());
  CHECK(parse_cmi5_launch_data(R"({"contextTemplate":{},"launchMode":"Normal","moveOn":"Passed","masteryScore":1})")
            .ok());
}

TEST_CASE("cmi5 fetch: the token, or the LMS's refusal in words") {
  const Cmi5TokenParse ok = parse_cmi5_fetch_response(R"({"auth-token":"QWxhZGRpbjpvcGVuIHNlc2FtZQ=="})");
  REQUIRE(ok.ok());
  CHECK(ok.token == "QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
  CHECK(parse_cmi5_fetch_response(R"({"error-code":"1","error-text":"already fetched"})").error ==
        "cmi5 fetch: the LMS refused the token (error 1: already fetched)");
  CHECK(parse_cmi5_fetch_response(R"({"error-code":2})").error ==
        "cmi5 fetch: the LMS refused the token (error 2: no reason given)");
  CHECK(parse_cmi5_fetch_response(R"({"auth-token":""})").error == "cmi5 fetch: the answer has no \"auth-token\"");
  CHECK(parse_cmi5_fetch_response("<html>502</html>").error.rfind("cmi5 fetch: the answer is not valid JSON (at "
                                                                   "character 1:",
                                                                   0) == 0);
  CHECK(parse_cmi5_fetch_response("\"token\"").error == "cmi5 fetch: the answer is not a JSON object");
}

TEST_CASE("cmi5 launch: random junk is refused cleanly, never a crash") {
  warmline::SeededRandom random(2026);
  const std::string alphabet = "%&=+?#{}[]\":,aZ09 \x80\xC3\xFF";
  int accepted = 0;
  for (int i = 0; i < 2000; ++i) {
    std::string junk;
    const std::size_t n = random.below(60);
    for (std::size_t k = 0; k < n; ++k) junk += alphabet[random.below(alphabet.size())];
    if (parse_cmi5_launch(junk).ok()) ++accepted;
    if (parse_cmi5_launch_data(junk).ok()) ++accepted;
    if (parse_cmi5_fetch_response(junk).ok()) ++accepted;
    // Junk in place of a parameter of a good launch: refused naming it
    // (or accepted: "aZ:0" is a fine activityId).
    const Cmi5LaunchParse p = parse_cmi5_launch(query(kRequiredName(i), junk));
    CHECK((p.ok() || p.error.find(std::string("\"") + kRequiredName(i) + "\"") != std::string::npos));
  }
  CHECK(accepted == 0);
}
