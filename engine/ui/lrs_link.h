#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/lms/cmi5_launch.h"
#include "core/lms/cmi5_session.h"
#include "core/lms/course_standing.h"
#include "core/lms/statement_queue.h"
#include "core/lms/xapi_statement.h"
#include "core/quiz/seeded_random.h"
#include "save/storage.h"
#include "ui/http_client.h"

// The app's line to an xAPI LRS: what the learner does becomes statements,
// they wait in a queue saved with the profiles, and go out whenever the LRS
// can take them. Two ways in:
//  - cmi5: an LMS launched the page. The link gets its token from the fetch
//    URL, reads LMS.LaunchData, sends `initialized`, and keeps to the cmi5
//    rules (lms/README.md) until `terminated` when the page goes away.
//  - direct: a kiosk configured with an LRS and its credentials; statements
//    are about whoever is signed in, with no cmi5 session around them.
// All times are the caller's unix milliseconds; the link reads no clock.
namespace warmline::ui {

class LrsLink {
 public:
  LrsLink(Storage& storage, HttpClient& http, std::uint64_t seed);

  // Starts the cmi5 handshake; statements for events before it finishes
  // are built once LaunchData has arrived, with the time they happened.
  void start_cmi5(lms::Cmi5Launch launch, std::int64_t now_ms);
  // A kiosk's LRS: `authorization` is the whole header value ("Basic ...").
  void start_direct(std::string endpoint, std::string authorization, std::int64_t now_ms);
  // Direct mode: who the next statements are about (the kiosk's signed-in
  // learner); std::nullopt while nobody is.
  void set_direct_context(std::optional<lms::XapiContext> context);

  void lesson(lms::LessonExperience lesson, std::int64_t at_ms);
  void question(lms::QuestionAnswer answer, std::int64_t at_ms);
  void quiz(lms::QuizResult quiz, std::int64_t at_ms);
  void breathing(lms::BreathingSession session, std::int64_t at_ms);
  void rephrase(lms::RephraseAnswer answer, std::int64_t at_ms);
  // cmi5: where the learner now stands; `completed`, `passed` or `failed`
  // go out once the course (and the LMS's mastery score) says so.
  void standing(const lms::CourseStanding& standing, std::int64_t at_ms);
  // cmi5: the page is going away. `terminated` is queued and everything
  // waiting is sent at once, as a request the browser finishes by itself.
  void terminate(std::int64_t now_ms);

  // Takes answers in, sends what is due. Returns the milliseconds until it
  // next has something to do without an answer arriving, or -1 for never.
  std::int64_t pump(std::int64_t now_ms);

  bool active() const { return phase_ != Phase::Off; }
  bool cmi5() const { return launch_.has_value(); }
  // A sentence for the learner when statements cannot reach the LRS (or
  // the LMS refused the launch); "" while all is well.
  const std::string& notice() const { return notice_; }
  std::size_t waiting() const { return queue_.pending().size(); }
  const lms::StatementQueue& queue() const { return queue_; }

  // The saved queue for `endpoint` (one file per LRS, since the queue
  // does not record where its statements go).
  static std::string queue_file(const std::string& endpoint);

 private:
  enum class Phase { Off, Token, LaunchData, Ready, Refused };

  // A cmi5 "allowed" statement (or a kiosk's), built once the context is known.
  void record(std::function<std::string(const lms::XapiContext&, const lms::StatementStamp&)> build,
              std::int64_t at_ms);
  void push(const std::string& json, const std::string& id, std::int64_t at_ms, bool cmi5_defined);
  void begin_session(const lms::Cmi5LaunchData& data, std::int64_t now_ms);
  void request_token();
  void request_launch_data();
  void send_batch(std::int64_t now_ms, bool keepalive);
  void handshake_failed(const HttpResponse& answer, const std::string& what);
  void refuse(std::string why);
  double seconds_since_start(std::int64_t at_ms) const;
  std::vector<std::pair<std::string, std::string>> lrs_headers() const;
  void load_queue();
  void save_queue();
  void load_earlier();
  void save_earlier();

  Storage& storage_;
  HttpClient& http_;
  SeededRandom random_;
  Phase phase_ = Phase::Off;
  std::string endpoint_;
  std::string authorization_;
  std::optional<lms::Cmi5Launch> launch_;
  std::optional<lms::Cmi5Session> session_;
  lms::Cmi5Earlier earlier_;
  std::optional<lms::XapiContext> context_;
  std::int64_t started_ms_ = 0;  // when `initialized` was recorded
  lms::StatementQueue queue_;
  // Events that happened before LaunchData arrived, replayed in order.
  std::vector<std::function<void()>> early_;
  bool handshake_busy_ = false;
  std::int64_t handshake_retry_ms_ = 0;
  int handshake_failures_ = 0;
  bool sending_ = false;
  std::string notice_;
};

}  // namespace warmline::ui
