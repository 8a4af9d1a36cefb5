#include "core/lms/xapi_statement.h"

#include <string>

#include <doctest/doctest.h>
#include <rapidjson/document.h>

using namespace warmline::lms;

namespace {

const char* kAu = "https://warmline.example/au/communication-basics";
const char* kSession = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";

XapiContext context(std::optional<double> mastery = 0.8) {
  XapiContext c;
  c.actor_json = R"({"objectType":"Agent","account":{"homePage":"https://lms.example.com","name":"learner-17"}})";
  c.registration = "6f2a3e1c-9b4d-4e2f-8a1b-0c9d8e7f6a5b";
  c.activity_id = kAu;
  c.context_template_json =
      R"({"contextActivities":{"grouping":[{"id":"https://lms.example.com/course/7"}]},)"
      R"("extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"s-42"}})";
  c.mastery_score = mastery;
  return c;
}

const StatementStamp kStamp{"0d7e5f1a-3c2b-4a9d-8e6f-1b2c3d4e5f60", 1796610139123};

rapidjson::Document parsed(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsObject());
  return doc;
}

std::string str(const rapidjson::Value& v) {
  REQUIRE(v.IsString());
  return std::string(v.GetString(), v.GetStringLength());
}

// The ids in context.contextActivities.<list>, in order.
std::vector<std::string> activity_ids(const rapidjson::Document& doc, const char* list) {
  std::vector<std::string> ids;
  const auto& activities = doc["context"]["contextActivities"];
  if (!activities.HasMember(list)) return ids;
  for (const auto& a : activities[list].GetArray()) ids.push_back(str(a["id"]));
  return ids;
}

void check_common(const rapidjson::Document& doc, const char* verb) {
  CHECK(str(doc["id"]) == kStamp.id);
  CHECK(str(doc["timestamp"]) == "2026-12-07T02:22:19.123Z");
  CHECK(str(doc["verb"]["id"]) == verb);
  CHECK(str(doc["actor"]["account"]["name"]) == "learner-17");
  CHECK(str(doc["actor"]["objectType"]) == "Agent");
  CHECK(str(doc["context"]["registration"]) == "6f2a3e1c-9b4d-4e2f-8a1b-0c9d8e7f6a5b");
  CHECK(str(doc["context"]["extensions"][kSession]) == "s-42");
  CHECK(activity_ids(doc, "grouping") == std::vector<std::string>{"https://lms.example.com/course/7"});
  CHECK(str(doc["object"]["objectType"]) == "Activity");
}

}  // namespace

TEST_CASE("xapi statement: initialized is about the AU, with the cmi5 category only") {
  const std::string json = initialized_statement(context(), kStamp);
  const rapidjson::Document doc = parsed(json);
  check_common(doc, kVerbInitialized);
  CHECK(str(doc["verb"]["display"]["en-US"]) == "initialized");
  CHECK(str(doc["object"]["id"]) == kAu);
  CHECK_FALSE(doc["object"].HasMember("definition"));
  CHECK_FALSE(doc.HasMember("result"));
  CHECK(activity_ids(doc, "category") == std::vector<std::string>{kCategoryCmi5});
  CHECK_FALSE(doc["context"]["contextActivities"].HasMember("parent"));
  CHECK_FALSE(doc["context"]["extensions"].HasMember(kExtensionMasteryScore));
  // Compact: no whitespace between tokens.
  CHECK(json.rfind("{\"id\":\"0d7e5f1a", 0) == 0);
  CHECK(json.find("\n") == std::string::npos);
}

TEST_CASE("xapi statement: completed carries completion, duration and the moveon category") {
  const rapidjson::Document doc = parsed(completed_statement(context(), kStamp, 754.5));
  check_common(doc, kVerbCompleted);
  CHECK(str(doc["verb"]["display"]["en-US"]) == "completed");
  CHECK(doc["result"]["completion"].GetBool() == true);
  CHECK(str(doc["result"]["duration"]) == "PT12M34.5S");
  CHECK_FALSE(doc["result"].HasMember("success"));
  CHECK(activity_ids(doc, "category") == std::vector<std::string>{kCategoryCmi5, kCategoryMoveOn});
  CHECK_FALSE(doc["context"]["extensions"].HasMember(kExtensionMasteryScore));
}

TEST_CASE("xapi statement: passed and failed carry success, scaled score and the mastery score") {
  const rapidjson::Document pass = parsed(passed_statement(context(), kStamp, 0.9, 61.0));
  check_common(pass, kVerbPassed);
  CHECK(pass["result"]["success"].GetBool() == true);
  CHECK(pass["result"]["score"]["scaled"].GetDouble() == 0.9);
  CHECK(str(pass["result"]["duration"]) == "PT1M1S");
  CHECK(pass["context"]["extensions"][kExtensionMasteryScore].GetDouble() == 0.8);
  CHECK(activity_ids(pass, "category") == std::vector<std::string>{kCategoryCmi5, kCategoryMoveOn});

  const rapidjson::Document fail = parsed(failed_statement(context(), kStamp, 0.25, 30.0));
  check_common(fail, kVerbFailed);
  CHECK(str(fail["verb"]["display"]["en-US"]) == "failed");
  CHECK(fail["result"]["success"].GetBool() == false);
  CHECK(fail["result"]["score"]["scaled"].GetDouble() == 0.25);
  CHECK(fail["context"]["extensions"][kExtensionMasteryScore].GetDouble() == 0.8);

  // No mastery score from the LMS: no extension; no score given: none sent.
  const rapidjson::Document bare = parsed(passed_statement(context(std::nullopt), kStamp, std::nullopt, 5.0));
  CHECK_FALSE(bare["context"]["extensions"].HasMember(kExtensionMasteryScore));
  CHECK_FALSE(bare["result"].HasMember("score"));
  CHECK(bare["result"]["success"].GetBool() == true);
  // Out of range scores are clamped to xAPI's -1..1.
  const rapidjson::Document high = parsed(passed_statement(context(), kStamp, 1.7, 5.0));
  CHECK(high["result"]["score"]["scaled"].GetDouble() == 1.0);
}

TEST_CASE("xapi statement: terminated carries its duration") {
  const rapidjson::Document doc = parsed(terminated_statement(context(), kStamp, 3723.45));
  check_common(doc, kVerbTerminated);
  CHECK(str(doc["result"]["duration"]) == "PT1H2M3.45S");
  CHECK(activity_ids(doc, "category") == std::vector<std::string>{kCategoryCmi5});
}

TEST_CASE("xapi statement: a lesson is experienced, a child of the AU, without cmi5 categories") {
  const rapidjson::Document doc =
      parsed(lesson_statement(context(), kStamp, LessonExperience{"com-01 intro", "Listening \"well\"", 95.0}));
  check_common(doc, kVerbExperienced);
  CHECK(str(doc["object"]["id"]) == std::string(kAu) + "/lesson/com-01%20intro");
  CHECK(str(doc["object"]["definition"]["type"]) == "http://adlnet.gov/expapi/activities/lesson");
  CHECK(str(doc["object"]["definition"]["name"]["en-US"]) == "Listening \"well\"");
  CHECK(str(doc["result"]["duration"]) == "PT1M35S");
  CHECK(activity_ids(doc, "parent") == std::vector<std::string>{kAu});
  CHECK_FALSE(doc["context"]["contextActivities"].HasMember("category"));
  // The mastery score belongs to passed/failed only.
  CHECK_FALSE(doc["context"]["extensions"].HasMember(kExtensionMasteryScore));

  const rapidjson::Document no_time = parsed(lesson_statement(context(), kStamp, LessonExperience{"l2", "T", {}}));
  CHECK_FALSE(no_time.HasMember("result"));
}

TEST_CASE("xapi statement: a question is an answered cmi.interaction") {
  QuestionAnswer q;
  q.question_id = "com-q03";
  q.prompt = "Which reply shows listening?";
  q.type = InteractionType::Choice;
  q.choices = {{"a", "Uh-huh"}, {"b", "So you felt left out?"}};
  q.correct_responses = {"b"};
  q.response = "a";
  q.success = false;
  q.duration_seconds = 12.3;
  const rapidjson::Document doc = parsed(question_statement(context(), kStamp, q));
  check_common(doc, kVerbAnswered);
  CHECK(str(doc["verb"]["display"]["en-US"]) == "answered");
  CHECK(str(doc["object"]["id"]) == std::string(kAu) + "/question/com-q03");
  const auto& def = doc["object"]["definition"];
  CHECK(str(def["type"]) == "http://adlnet.gov/expapi/activities/cmi.interaction");
  CHECK(str(def["interactionType"]) == "choice");
  REQUIRE(def["correctResponsesPattern"].Size() == 1);
  CHECK(str(def["correctResponsesPattern"][0]) == "b");
  REQUIRE(def["choices"].Size() == 2);
  CHECK(str(def["choices"][1]["id"]) == "b");
  CHECK(str(def["choices"][1]["description"]["en-US"]) == "So you felt left out?");
  CHECK(doc["result"]["success"].GetBool() == false);
  CHECK(str(doc["result"]["response"]) == "a");
  CHECK(str(doc["result"]["duration"]) == "PT12.3S");
  CHECK(activity_ids(doc, "parent") == std::vector<std::string>{kAu});

  const std::pair<InteractionType, const char*> kinds[] = {{InteractionType::TrueFalse, "true-false"},
                                                           {InteractionType::Sequencing, "sequencing"},
                                                           {InteractionType::FillIn, "fill-in"},
                                                           {InteractionType::Other, "other"}};
  for (const auto& [type, name] : kinds) {
    q.type = type;
    q.correct_responses.clear();
    const rapidjson::Document d = parsed(question_statement(context(), kStamp, q));
    CHECK(str(d["object"]["definition"]["interactionType"]) == name);
    CHECK_FALSE(d["object"]["definition"].HasMember("correctResponsesPattern"));
    CHECK(d["object"]["definition"].HasMember("choices") == (type == InteractionType::Sequencing));
  }
}

TEST_CASE("xapi statement: a quiz is a completed assessment with a full score") {
  const rapidjson::Document doc =
      parsed(quiz_statement(context(), kStamp, QuizResult{"communication", "Module quiz", 7, 0, 10, false, 240.0}));
  check_common(doc, kVerbCompleted);
  CHECK(str(doc["object"]["id"]) == std::string(kAu) + "/quiz/communication");
  CHECK(str(doc["object"]["definition"]["type"]) == "http://adlnet.gov/expapi/activities/assessment");
  const auto& score = doc["result"]["score"];
  CHECK(score["scaled"].GetDouble() == doctest::Approx(0.7));
  CHECK(score["raw"].GetInt() == 7);
  CHECK(score["min"].GetInt() == 0);
  CHECK(score["max"].GetInt() == 10);
  CHECK(doc["result"]["success"].GetBool() == false);
  CHECK(doc["result"]["completion"].GetBool() == true);
  CHECK(str(doc["result"]["duration"]) == "PT4M");
  // A quiz is an allowed statement: no cmi5 category, even though the verb
  // is "completed".
  CHECK_FALSE(doc["context"]["contextActivities"].HasMember("category"));

  const rapidjson::Document empty = parsed(quiz_statement(context(), kStamp, QuizResult{"m", "Q", 3, 0, 0, false, 0}));
  CHECK(empty["result"]["score"]["scaled"].GetDouble() == 0.0);
  CHECK(empty["result"]["score"]["raw"].GetInt() == 0);  // clamped into min..max
}

TEST_CASE("xapi statement: mini-games are simulations") {
  const rapidjson::Document breathing =
      parsed(breathing_statement(context(), kStamp, BreathingSession{"box-4", "Box breathing", 120.0}));
  check_common(breathing, kVerbCompleted);
  CHECK(str(breathing["object"]["id"]) == std::string(kAu) + "/game/breathing/box-4");
  CHECK(str(breathing["object"]["definition"]["type"]) == "http://adlnet.gov/expapi/activities/simulation");
  CHECK(str(breathing["result"]["duration"]) == "PT2M");
  CHECK(breathing["result"]["completion"].GetBool() == true);

  const rapidjson::Document rephrase = parsed(rephrase_statement(
      context(), kStamp, RephraseAnswer{"r/7", "Soften: \"You never listen\"", "I feel unheard", true, {}}));
  check_common(rephrase, kVerbAnswered);
  CHECK(str(rephrase["object"]["id"]) == std::string(kAu) + "/game/rephrase/r%2F7");
  CHECK(rephrase["result"]["success"].GetBool() == true);
  CHECK(str(rephrase["result"]["response"]) == "I feel unheard");
  CHECK_FALSE(rephrase["result"].HasMember("duration"));
  CHECK(activity_ids(rephrase, "parent") == std::vector<std::string>{kAu});
}

TEST_CASE("xapi statement: any UTF-8 survives, broken bytes become U+FFFD") {
  const std::string title = "Escuta ativa \xE2\x80\x94 \xF0\x9F\x91\x82 \"ok\"\\\n\t";
  const rapidjson::Document doc = parsed(lesson_statement(context(), kStamp, LessonExperience{"l\xC3\xA9", title, {}}));
  CHECK(str(doc["object"]["definition"]["name"]["en-US"]) == title);
  CHECK(str(doc["object"]["id"]) == std::string(kAu) + "/lesson/l%C3%A9");
  RephraseAnswer r{"x", "t", "ab\xFF\xC3(", false, {}};
  const rapidjson::Document broken = parsed(rephrase_statement(context(), kStamp, r));
  CHECK(str(broken["result"]["response"]) == "ab\xEF\xBF\xBD\xEF\xBF\xBD(");
}

TEST_CASE("xapi statement: the template's lists are kept and cmi5 categories never leak") {
  XapiContext c = context();
  // A template with a single-object parent list, an extra category, and
  // (wrongly) the cmi5 category already in it.
  c.context_template_json =
      R"({"contextActivities":{"parent":{"id":"https://lms.example.com/block/2"},)"
      R"("category":[{"id":"https://w3id.org/xapi/cmi5/context/categories/cmi5"},{"id":"https://example.com/profile"}]},)"
      R"("registration":"ignored","extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"s-9"}})";
  const rapidjson::Document allowed = parsed(lesson_statement(c, kStamp, LessonExperience{"l", "L", {}}));
  CHECK(activity_ids(allowed, "parent") == std::vector<std::string>{"https://lms.example.com/block/2", kAu});
  CHECK(activity_ids(allowed, "category") == std::vector<std::string>{"https://example.com/profile"});
  CHECK(str(allowed["context"]["registration"]) == "6f2a3e1c-9b4d-4e2f-8a1b-0c9d8e7f6a5b");

  const rapidjson::Document defined = parsed(completed_statement(c, kStamp, 1.0));
  CHECK(activity_ids(defined, "category") ==
        std::vector<std::string>{"https://example.com/profile", kCategoryCmi5, kCategoryMoveOn});
  CHECK(activity_ids(defined, "parent") == std::vector<std::string>{"https://lms.example.com/block/2"});

  // An empty template is fine.
  c.context_template_json = "";
  const rapidjson::Document bare = parsed(initialized_statement(c, kStamp));
  CHECK(activity_ids(bare, "category") == std::vector<std::string>{kCategoryCmi5});
  CHECK_FALSE(bare["context"].HasMember("extensions"));
}

TEST_CASE("xapi statement: a context with a problem builds nothing and says why") {
  CHECK(xapi_context_problem(context()).empty());
  XapiContext bad_actor = context();
  bad_actor.actor_json = "{";
  CHECK(xapi_context_problem(bad_actor).rfind("the actor is not valid JSON", 0) == 0);
  CHECK(initialized_statement(bad_actor, kStamp).empty());
  XapiContext bad_template = context();
  bad_template.context_template_json = "[1]";
  CHECK(xapi_context_problem(bad_template) == "the context template is not a JSON object");
  CHECK(terminated_statement(bad_template, kStamp, 1.0).empty());
  CHECK(lesson_statement(bad_template, kStamp, LessonExperience{"l", "L", {}}).empty());
}

TEST_CASE("xapi statement: the context comes from the launch and LaunchData") {
  Cmi5Launch launch;
  launch.actor_json = R"({"mbox":"mailto:a@example.com"})";
  launch.registration = "6f2a3e1c-9b4d-4e2f-8a1b-0c9d8e7f6a5b";
  launch.activity_id = kAu;
  Cmi5LaunchData data;
  data.context_template_json = R"({"extensions":{"x":1}})";
  data.mastery_score = 0.6;
  const XapiContext c = xapi_context(launch, data);
  CHECK(c.actor_json == launch.actor_json);
  CHECK(c.activity_id == kAu);
  CHECK(c.context_template_json == data.context_template_json);
  CHECK(c.mastery_score == 0.6);
  CHECK(xapi_context_problem(c).empty());
}

TEST_CASE("xapi statement: sub-activity ids stay under the AU") {
  CHECK(lesson_activity_id("https://x.example/au", "a b") == "https://x.example/au/lesson/a%20b");
  CHECK(lesson_activity_id("https://x.example/au/", "a") == "https://x.example/au/lesson/a");
  CHECK(question_activity_id("urn:au", "q?1#2") == "urn:au/question/q%3F1%232");
  CHECK(quiz_activity_id("urn:au", "m") == "urn:au/quiz/m");
  CHECK(game_activity_id("urn:au", "breathing", "4-7-8") == "urn:au/game/breathing/4-7-8");
}
