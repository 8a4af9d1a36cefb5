#include <doctest/doctest.h>

#include <algorithm>
#include <deque>
#include <string>
#include <vector>

#include "core/lms/cmi5_launch.h"
#include "core/lms/uuid.h"
#include "core/lms/xapi_statement.h"
#include "save/memory_storage.h"
#include "ui/lrs_link.h"
#include "ui/xapi_records.h"

using namespace warmline;
using namespace warmline::ui;

namespace {

// Requests wait here until the test answers them, as a network would.
class FakeHttp : public HttpClient {
 public:
  struct Pending {
    HttpRequest request;
    std::function<void(HttpResponse)> done;
  };
  void start(HttpRequest request, std::function<void(HttpResponse)> done) override {
    sent.push_back(request);
    pending.push_back({std::move(request), std::move(done)});
  }
  void poll() override {
    std::vector<std::function<void()>> ready;
    ready.swap(answers);
    for (auto& a : ready) a();
  }
  std::size_t in_flight() const override { return pending.size() + answers.size(); }

  // Answers the oldest request (with `method`, if given); its `done` runs
  // at the next poll().
  HttpRequest answer(int status, std::string body = "", std::optional<double> retry_after = std::nullopt,
                     const std::string& method = "") {
    auto it = std::find_if(pending.begin(), pending.end(),
                           [&](const Pending& p) { return method.empty() || p.request.method == method; });
    REQUIRE(it != pending.end());
    Pending p = std::move(*it);
    pending.erase(it);
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.retry_after_seconds = retry_after;
    answers.push_back([done = std::move(p.done), r] { done(r); });
    return p.request;
  }

  std::vector<HttpRequest> sent;
  std::deque<Pending> pending;
  std::vector<std::function<void()>> answers;
};

const char* kQuery =
    "endpoint=https%3A%2F%2Flrs.example%2Fxapi%2F&fetch=https%3A%2F%2Flms.example%2Ffetch%2F1"
    "&actor=%7B%22objectType%22%3A%22Agent%22%2C%22name%22%3A%22Maria%20Lopez%22%2C%22account%22%3A%7B%22homePage%22"
    "%3A%22https%3A%2F%2Flms.example%22%2C%22name%22%3A%22maria%22%7D%7D"
    "&registration=1b4e28ba-2fa1-41d2-883f-0016d3cca427&activityId=https%3A%2F%2Fcourses.example%2Fau%2F1";

const char* kLaunchData =
    R"({"contextTemplate":{"extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"s-1"}},)"
    R"("launchMode":"Normal","moveOn":"CompletedOrPassed"})";

lms::Cmi5Launch launch() {
  const lms::Cmi5LaunchParse parse = lms::parse_cmi5_launch(kQuery);
  REQUIRE(parse.ok());
  return parse.launch;
}

std::string header(const HttpRequest& r, const std::string& name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return "";
}

// The verbs of the statements in a POST body, in order.
std::vector<std::string> verbs(const std::string& body) {
  std::vector<std::string> out;
  const std::string marker = "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/";
  for (std::size_t at = body.find(marker); at != std::string::npos; at = body.find(marker, at + 1)) {
    const std::size_t start = at + marker.size();
    out.push_back(body.substr(start, body.find('"', start) - start));
  }
  return out;
}

// Runs the handshake to Ready: token, then LaunchData.
void handshake(LrsLink& link, FakeHttp& http, std::int64_t now, const std::string& launch_data = kLaunchData) {
  link.pump(now);
  REQUIRE(http.pending.size() == 1);
  const HttpRequest token = http.answer(200, R"({"auth-token":"dG9rZW4="})");
  CHECK(token.method == "POST");
  CHECK(token.url == "https://lms.example/fetch/1");
  link.pump(now);
  link.pump(now);
  // Statements an earlier session left may already be on their way with the new token.
  const HttpRequest data = http.answer(200, launch_data, std::nullopt, "GET");
  CHECK(data.method == "GET");
  CHECK(data.url.find("https://lrs.example/xapi/activities/state?") == 0);
  CHECK(data.url.find("stateId=LMS.LaunchData") != std::string::npos);
  CHECK(header(data, "Authorization") == "Basic dG9rZW4=");
  CHECK(header(data, "X-Experience-API-Version") == "1.0.3");
  link.pump(now);
}

}  // namespace

TEST_CASE("LrsLink: a cmi5 launch gets its token, reads LaunchData and sends initialized before what the learner did") {
  MemoryStorage storage;
  FakeHttp http;
  LrsLink link(storage, http, 7);
  link.start_cmi5(launch(), 1000);
  link.lesson({"greet", "Greeting", std::nullopt}, 1500);  // before the handshake ends
  handshake(link, http, 2000);
  link.pump(2000);
  REQUIRE(http.pending.size() == 1);
  const HttpRequest post = http.answer(200, "[]");
  CHECK(post.method == "POST");
  CHECK(post.url == "https://lrs.example/xapi/statements");
  CHECK(header(post, "Authorization") == "Basic dG9rZW4=");
  CHECK(verbs(post.body) == std::vector<std::string>{"initialized", "experienced"});
  CHECK(post.body.find("\"s-1\"") != std::string::npos);  // the session id from LaunchData
  CHECK(link.waiting() == 2);
  link.pump(2100);
  CHECK(link.waiting() == 0);
  CHECK(link.notice().empty());
}

TEST_CASE("LrsLink: statements wait out an outage in order and survive a restart") {
  MemoryStorage storage;
  {
    FakeHttp http;
    LrsLink link(storage, http, 1);
    link.start_cmi5(launch(), 0);
    handshake(link, http, 0);
    link.pump(0);
    http.answer(0);  // initialized: no answer at all
    link.pump(10);
    CHECK(!link.notice().empty());
    link.lesson({"a", "A", 3.0}, 20);
    link.lesson({"b", "B", 4.0}, 30);
    const std::int64_t wait = link.pump(40);
    CHECK(wait > 0);
    CHECK(wait <= 2000);
    CHECK(http.pending.empty());  // nothing until the backoff has passed
    link.pump(40 + wait);
    REQUIRE(http.pending.size() == 1);
    http.answer(503, "down", 5.0);
    link.pump(3000);
    const std::int64_t retry = link.pump(3000);
    CHECK(retry == 40 + wait + 5000 - 3000);  // Retry-After: 5 s from the failed send
    CHECK(link.waiting() == 3);
  }  // the tab closes with three statements waiting
  FakeHttp http;
  LrsLink link(storage, http, 2);
  link.start_cmi5(launch(), 100000);
  CHECK(link.waiting() == 3);
  handshake(link, http, 100000);
  REQUIRE(http.pending.size() == 1);
  // The earlier session's statements go as soon as there is a token ...
  CHECK(verbs(http.answer(200, "[]").body) == std::vector<std::string>{"initialized", "experienced", "experienced"});
  link.pump(100001);
  // ... then this session's.
  REQUIRE(http.pending.size() == 1);
  CHECK(verbs(http.answer(200, "[]").body) == std::vector<std::string>{"initialized"});
  link.pump(100002);
  CHECK(link.waiting() == 0);
}

TEST_CASE("LrsLink: completed and passed go once, when the course says so, and terminated comes last") {
  MemoryStorage storage;
  FakeHttp http;
  LrsLink link(storage, http, 3);
  link.start_cmi5(launch(), 0);
  handshake(link, http, 0);
  lms::CourseStanding standing;
  standing.quizzes_total = 2;
  standing.quizzes_taken = 1;
  link.standing(standing, 100);
  CHECK(link.waiting() == 1);  // initialized only
  standing.completed = true;
  standing.quizzes_taken = 2;
  standing.quizzes_passed = 2;
  standing.score_percent = 90;
  standing.success = lms::CourseSuccess::Passed;
  link.standing(standing, 200);
  link.standing(standing, 300);  // nothing new
  link.terminate(400);
  link.lesson({"late", "Late", std::nullopt}, 500);  // after terminated: refused
  REQUIRE(!http.pending.empty());
  const HttpRequest last = http.pending.back().request;
  CHECK(last.keepalive);
  CHECK(verbs(last.body) == std::vector<std::string>{"initialized", "completed", "passed", "terminated"});
  CHECK(last.body.find("\"scaled\":0.9") != std::string::npos);
  CHECK(link.waiting() == 4);

  // The next launch of the same registration does not complete or pass again.
  FakeHttp http2;
  LrsLink again(storage, http2, 4);
  again.start_cmi5(launch(), 1000);
  handshake(again, http2, 1000);
  again.standing(standing, 1100);
  again.pump(1100);
  http2.answer(200, "[]");
  again.pump(1200);
  CHECK(again.waiting() == 1);  // this session's initialized; no second completed or passed
  REQUIRE(http2.pending.size() == 1);
  CHECK(verbs(http2.pending.back().request.body) == std::vector<std::string>{"initialized"});
}

TEST_CASE("LrsLink: the LMS's mastery score decides pass or fail, and a failed session does not pass") {
  MemoryStorage storage;
  FakeHttp http;
  LrsLink link(storage, http, 5);
  link.start_cmi5(launch(), 0);
  handshake(link, http, 0,
            R"({"contextTemplate":{},"launchMode":"Normal","moveOn":"Passed","masteryScore":0.8})");
  lms::CourseStanding standing;
  standing.quizzes_total = 1;
  standing.quizzes_taken = 1;
  standing.score_percent = 70;
  standing.success = lms::CourseSuccess::Passed;  // the pack's own pass mark would pass it
  link.standing(standing, 100);
  standing.score_percent = 95;
  link.standing(standing, 200);  // one judgement per session
  link.terminate(300);
  const std::vector<std::string> sent = verbs(http.pending.back().request.body);
  CHECK(sent == std::vector<std::string>{"initialized", "failed", "terminated"});
}

TEST_CASE("LrsLink: a refused token or launch data stops reporting and says why") {
  MemoryStorage storage;
  SUBCASE("the fetch URL was used already") {
    FakeHttp http;
    LrsLink link(storage, http, 6);
    link.start_cmi5(launch(), 0);
    link.pump(0);
    http.answer(200, R"({"error-code":"1","error-text":"Already in use"})");
    link.pump(0);
    CHECK(link.notice().find("did not hand Warmline its key") != std::string::npos);
    link.lesson({"a", "A", std::nullopt}, 10);
    link.pump(10);
    CHECK(http.pending.empty());
    CHECK(link.waiting() == 0);
  }
  SUBCASE("LaunchData is missing") {
    FakeHttp http;
    LrsLink link(storage, http, 6);
    link.start_cmi5(launch(), 0);
    link.pump(0);
    http.answer(200, R"({"auth-token":"x"})");
    link.pump(0);
    link.pump(0);
    http.answer(404, "no such state");
    link.pump(0);
    CHECK(link.notice().find("HTTP 404") != std::string::npos);
  }
  SUBCASE("the LMS is unreachable: the token request is retried") {
    FakeHttp http;
    LrsLink link(storage, http, 6);
    link.start_cmi5(launch(), 0);
    link.pump(0);
    http.answer(0);
    const std::int64_t wait = link.pump(0);
    CHECK(wait > 0);
    CHECK(http.pending.empty());
    link.pump(wait);
    CHECK(http.pending.size() == 1);
  }
}

TEST_CASE("LrsLink: a kiosk's LRS gets statements about whoever is signed in, with its own credentials") {
  MemoryStorage storage;
  FakeHttp http;
  LrsLink link(storage, http, 8);
  link.start_direct("http://lrs.local/xapi", "Basic a2lvc2s6c2VjcmV0", 0);
  link.lesson({"a", "A", std::nullopt}, 10);  // nobody signed in: nothing to say
  CHECK(link.waiting() == 0);
  lms::XapiContext context;
  context.actor_json = R"({"objectType":"Agent","name":"Sam","account":{"homePage":"https://k.example","name":"sam-1"}})";
  context.registration = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
  context.activity_id = "https://warmline.invalid/course/default";
  link.set_direct_context(context);
  link.lesson({"a", "A", std::nullopt}, 20);
  link.terminate(30);  // not a cmi5 session: no terminated
  link.pump(40);
  REQUIRE(http.pending.size() == 1);
  const HttpRequest post = http.answer(200, "[]");
  CHECK(post.url == "http://lrs.local/xapi/statements");
  CHECK(header(post, "Authorization") == "Basic a2lvc2s6c2VjcmV0");
  CHECK(verbs(post.body) == std::vector<std::string>{"experienced"});
  CHECK(post.body.find("\"sam-1\"") != std::string::npos);
  CHECK(storage.read_file(LrsLink::queue_file("http://lrs.local/xapi")).has_value());
}

TEST_CASE("xapi records: a kiosk's statements name the signed-in learner, with one registration per learner and course") {
  MemoryStorage storage;
  auto owned = std::make_unique<FakeHttp>();
  FakeHttp& http = *owned;
  LrsSettings settings;
  settings.endpoint = "http://lrs.local/xapi/";
  settings.authorization = "Basic a2V5OnNlY3JldA==";
  settings.home_page = "https://shop.example.com";
  const std::unique_ptr<LearningRecords> records = open_kiosk_records(std::move(owned), storage, settings, 9, 0);
  Course course;
  course.info.id = "team-basics";
  Lesson lesson;
  lesson.id = "hello";
  lesson.title = "Say hello";
  records->lesson_read(lesson, 5);  // nobody signed in yet
  records->learner_changed("ana-h5bo", "Ana \"the\" Great", &course);
  records->lesson_read(lesson, 10);
  records->learner_changed("", "", &course);
  records->lesson_read(lesson, 20);
  records->learner_changed("ben-0001", "Ben", &course);
  records->lesson_read(lesson, 30);
  CHECK(records->waiting() == 2);
  records->pump(40);
  REQUIRE(http.pending.size() == 1);
  const std::string body = http.answer(200, "[]").body;
  CHECK(body.find(R"("actor":{"objectType":"Agent","name":"Ana \"the\" Great","account":{"homePage":"https://shop.example.com","name":"ana-h5bo"}})") != std::string::npos);
  CHECK(body.find(R"("name":"ben-0001")") != std::string::npos);
  CHECK(body.find("https://warmline.invalid/course/team-basics/lesson/hello") != std::string::npos);
  // Two different registrations, each a UUID.
  const std::string key = "\"registration\":\"";
  const std::size_t first = body.find(key), second = body.find(key, first + 1);
  REQUIRE(second != std::string::npos);
  const std::string a = body.substr(first + key.size(), 36), b = body.substr(second + key.size(), 36);
  CHECK(a != b);
  CHECK(lms::is_uuid(a));
  CHECK(records->endpoint() == "http://lrs.local/xapi/");
  records->pump(50);
  CHECK(records->waiting() == 0);
}

TEST_CASE("xapi records: a cmi5 launch names its learner, and a broken one says which parameter is wrong") {
  MemoryStorage storage;
  Cmi5Opening ok = open_cmi5_records(std::make_unique<FakeHttp>(), storage, kQuery, 1, 0);
  CHECK(ok.error.empty());
  CHECK(ok.learner_key == "account:https://lms.example|maria");
  CHECK(ok.learner_name == "Maria Lopez");
  REQUIRE(ok.records != nullptr);
  CHECK(ok.records->endpoint() == "https://lrs.example/xapi/");

  Cmi5Opening broken = open_cmi5_records(std::make_unique<FakeHttp>(), storage, "endpoint=x&fetch=y&actor=z", 1, 0);
  CHECK(broken.records == nullptr);
  CHECK(broken.error.find("cmi5 launch:") == 0);
}
