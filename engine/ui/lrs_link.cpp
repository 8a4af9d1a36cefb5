#include "ui/lrs_link.h"

#include <algorithm>
#include <utility>

#include "content/sha256.h"
#include "core/lms/cmi5_launch_data.h"
#include "core/lms/uuid.h"
#include "save/statement_queue_codec.h"

namespace warmline::ui {
namespace {

// A batch small enough for fetch's keepalive limit (64 KiB for everything a
// page has in flight) when the page is closing, and for slow kiosk links.
constexpr std::size_t kBatchCount = 50;
constexpr std::size_t kBatchBytes = 48 * 1024;
// The token and LaunchData requests retry on this schedule until the LMS
// answers; cmi5 gives no way on without them.
constexpr std::int64_t kHandshakeFirstRetryMs = 1000;
constexpr std::int64_t kHandshakeMaxRetryMs = 60 * 1000;

std::string short_hash(const std::string& text) { return to_hex(sha256(text)).substr(0, 12); }

bool answered_at_all(const HttpResponse& r) { return r.status != 0 && r.status < 500 && r.status != 429; }

}  // namespace

LrsLink::LrsLink(Storage& storage, HttpClient& http, std::uint64_t seed)
    : storage_(storage), http_(http), random_(seed) {}

std::string LrsLink::queue_file(const std::string& endpoint) { return "xapi-" + short_hash(endpoint) + ".wlq"; }

void LrsLink::start_cmi5(lms::Cmi5Launch launch, std::int64_t now_ms) {
  endpoint_ = launch.endpoint;
  launch_ = std::move(launch);
  phase_ = Phase::Token;
  started_ms_ = now_ms;
  handshake_retry_ms_ = now_ms;
  load_queue();
  load_earlier();
}

void LrsLink::start_direct(std::string endpoint, std::string authorization, std::int64_t now_ms) {
  endpoint_ = std::move(endpoint);
  authorization_ = std::move(authorization);
  phase_ = Phase::Ready;
  started_ms_ = now_ms;
  load_queue();
  // A key refused last time may have been corrected in the config since.
  if (queue_.needs_token()) queue_.on_new_token(now_ms);
}

void LrsLink::set_direct_context(std::optional<lms::XapiContext> context) {
  if (!launch_) context_ = std::move(context);
}

double LrsLink::seconds_since_start(std::int64_t at_ms) const {
  return std::max<std::int64_t>(0, at_ms - started_ms_) / 1000.0;
}

void LrsLink::push(const std::string& json, const std::string& id, std::int64_t at_ms, bool cmi5_defined) {
  if (json.empty()) return;  // the context has a problem; begin_session said so
  queue_.push({id, json, at_ms, cmi5_defined});
  save_queue();
}

void LrsLink::record(std::function<std::string(const lms::XapiContext&, const lms::StatementStamp&)> build,
                     std::int64_t at_ms) {
  if (phase_ == Phase::Off || phase_ == Phase::Refused) return;
  if (phase_ != Phase::Ready) {
    early_.push_back([this, build, at_ms] { record(build, at_ms); });
    return;
  }
  if (!context_) return;  // direct mode with nobody signed in
  if (session_ && !session_->allowed_statement()) return;
  const lms::StatementStamp stamp{lms::uuid_v4(random_), at_ms};
  push(build(*context_, stamp), stamp.id, at_ms, false);
}

void LrsLink::lesson(lms::LessonExperience lesson, std::int64_t at_ms) {
  record([lesson](const lms::XapiContext& c, const lms::StatementStamp& s) { return lms::lesson_statement(c, s, lesson); },
         at_ms);
}

void LrsLink::question(lms::QuestionAnswer answer, std::int64_t at_ms) {
  record([answer](const lms::XapiContext& c, const lms::StatementStamp& s) { return lms::question_statement(c, s, answer); },
         at_ms);
}

void LrsLink::quiz(lms::QuizResult quiz, std::int64_t at_ms) {
  record([quiz](const lms::XapiContext& c, const lms::StatementStamp& s) { return lms::quiz_statement(c, s, quiz); },
         at_ms);
}

void LrsLink::breathing(lms::BreathingSession session, std::int64_t at_ms) {
  record([session](const lms::XapiContext& c, const lms::StatementStamp& s) {
    return lms::breathing_statement(c, s, session);
  }, at_ms);
}

void LrsLink::rephrase(lms::RephraseAnswer answer, std::int64_t at_ms) {
  record([answer](const lms::XapiContext& c, const lms::StatementStamp& s) {
    return lms::rephrase_statement(c, s, answer);
  }, at_ms);
}

void LrsLink::standing(const lms::CourseStanding& standing, std::int64_t at_ms) {
  if (!launch_ || phase_ == Phase::Refused) return;
  if (phase_ != Phase::Ready) {
    early_.push_back([this, standing, at_ms] { this->standing(standing, at_ms); });
    return;
  }
  if (!session_ || !context_) return;
  auto stamp = [this, at_ms] { return lms::StatementStamp{lms::uuid_v4(random_), at_ms}; };
  const double duration = seconds_since_start(at_ms);
  if (standing.completed && !session_->completed() && session_->complete()) {
    const lms::StatementStamp s = stamp();
    push(lms::completed_statement(*context_, s, duration), s.id, at_ms, true);
    earlier_.completed = true;
    save_earlier();
  }
  // Judged once every quiz has been taken; with a mastery score the LMS's
  // threshold decides, otherwise the course's own pass marks do.
  if (standing.quizzes_taken < standing.quizzes_total || session_->passed() || session_->failed()) return;
  const double scaled = standing.score_percent / 100.0;
  const std::optional<bool> mastery = session_->passes_mastery(scaled);
  const bool passes = mastery ? *mastery : standing.success == lms::CourseSuccess::Passed;
  const std::optional<double> score = scaled;
  if (passes && session_->pass(score)) {
    const lms::StatementStamp s = stamp();
    push(lms::passed_statement(*context_, s, score, duration), s.id, at_ms, true);
    earlier_.passed = true;
    save_earlier();
  } else if (!passes && session_->fail(score)) {
    const lms::StatementStamp s = stamp();
    push(lms::failed_statement(*context_, s, score, duration), s.id, at_ms, true);
  }
}

void LrsLink::terminate(std::int64_t now_ms) {
  if (!launch_ || !session_ || !context_ || session_->terminated()) return;
  if (session_->terminate()) {
    const lms::StatementStamp s{lms::uuid_v4(random_), now_ms};
    push(lms::terminated_statement(*context_, s, seconds_since_start(now_ms)), s.id, now_ms, true);
  }
  // The page will not see another turn: whatever is due goes now, even if a
  // batch is already on its way (the LRS stores a repeated id once).
  if (!authorization_.empty() && !queue_.pending().empty()) send_batch(now_ms, true);
}

std::vector<std::pair<std::string, std::string>> LrsLink::lrs_headers() const {
  return {{"Authorization", authorization_},
          {"X-Experience-API-Version", "1.0.3"},
          {"Content-Type", "application/json"}};
}

void LrsLink::request_token() {
  handshake_busy_ = true;
  HttpRequest request;
  request.method = "POST";
  request.url = launch_->fetch;
  http_.start(std::move(request), [this](HttpResponse answer) {
    handshake_busy_ = false;
    if (answer.status != 200) return handshake_failed(answer, "the LMS's token address (fetch)");
    const lms::Cmi5TokenParse token = lms::parse_cmi5_fetch_response(answer.body);
    if (!token.ok()) return refuse("Your LMS did not hand Warmline its key for reporting (" + token.error + ").");
    authorization_ = "Basic " + token.token;
    phase_ = Phase::LaunchData;
    handshake_failures_ = 0;
  });
}

void LrsLink::request_launch_data() {
  handshake_busy_ = true;
  HttpRequest request;
  request.url = lms::launch_data_url(*launch_);
  request.headers = lrs_headers();
  request.headers.pop_back();  // a GET has no body to describe
  http_.start(std::move(request), [this](HttpResponse answer) {
    handshake_busy_ = false;
    if (answer.status != 200) return handshake_failed(answer, "the LMS's launch data (LMS.LaunchData)");
    const lms::Cmi5LaunchDataParse data = lms::parse_cmi5_launch_data(answer.body);
    if (!data.ok()) return refuse("Your LMS sent launch data Warmline cannot use (" + data.error + ").");
    begin_session(data.data, handshake_retry_ms_);
  });
}

void LrsLink::handshake_failed(const HttpResponse& answer, const std::string& what) {
  if (answered_at_all(answer)) {
    return refuse("Your LMS refused " + what + " with HTTP " + std::to_string(answer.status) +
                  ", so this session is not reported to it.");
  }
  ++handshake_failures_;
  const std::int64_t wait =
      std::min<std::int64_t>(kHandshakeMaxRetryMs, kHandshakeFirstRetryMs << std::min(handshake_failures_, 6));
  handshake_retry_ms_ += wait;
  notice_ = "Your learning system (LMS) is not answering. Your progress is kept here and is reported when it is "
            "back.";
}

void LrsLink::refuse(std::string why) {
  phase_ = Phase::Refused;
  early_.clear();
  notice_ = std::move(why) + " Your progress is kept in this browser.";
}

void LrsLink::begin_session(const lms::Cmi5LaunchData& data, std::int64_t now_ms) {
  context_ = lms::xapi_context(*launch_, data);
  if (const std::string problem = lms::xapi_context_problem(*context_); !problem.empty()) {
    return refuse("Your LMS's launch cannot be reported (" + problem + ").");
  }
  session_.emplace(data, earlier_);
  phase_ = Phase::Ready;
  notice_.clear();
  if (queue_.needs_token()) queue_.on_new_token(now_ms);
  // initialized is stamped when the learner arrived, so it comes before
  // anything they did while the handshake ran.
  if (session_->initialize()) {
    const lms::StatementStamp s{lms::uuid_v4(random_), started_ms_};
    push(lms::initialized_statement(*context_, s), s.id, started_ms_, true);
  }
  std::vector<std::function<void()>> early;
  early.swap(early_);
  for (const auto& replay : early) replay();
}

void LrsLink::send_batch(std::int64_t now_ms, bool keepalive) {
  const std::vector<lms::QueuedStatement> batch = queue_.next_batch(kBatchCount, kBatchBytes);
  if (batch.empty()) return;
  HttpRequest request;
  request.method = "POST";
  request.url = lms::xapi_url(endpoint_, "statements");
  request.headers = lrs_headers();
  request.body = lms::batch_json(batch);
  request.keepalive = keepalive;
  sending_ = true;
  http_.start(std::move(request), [this, ids = lms::batch_ids(batch), now_ms](HttpResponse answer) {
    sending_ = false;
    if (answer.status >= 200 && answer.status < 300) {
      queue_.on_sent(ids);
      if (phase_ == Phase::Ready || phase_ == Phase::Refused) notice_.clear();
    } else {
      lms::SendFailure failure{lms::send_failure_kind(answer.status), answer.retry_after_seconds,
                               answer.status == 0 ? answer.error : answer.body};
      queue_.on_failure(now_ms, ids, failure, random_);
      if (failure.kind == lms::SendFailureKind::AuthRejected) {
        notice_ = launch_ ? "Your learning system no longer accepts this session's reports (HTTP " +
                                std::to_string(answer.status) + "). They are kept here and sent at your next launch."
                          : "The learning record store refused this kiosk's key (HTTP " + std::to_string(answer.status) +
                                "). Updates are kept here; check lrs-key and lrs-secret in the kiosk config.";
      } else if (failure.kind != lms::SendFailureKind::BadRequest && failure.kind != lms::SendFailureKind::Conflict) {
        notice_ = "Warmline cannot reach your company's learning records right now. Your progress is kept here "
                  "and sent when they are back.";
      }
    }
    save_queue();
  });
}

std::int64_t LrsLink::pump(std::int64_t now_ms) {
  if (phase_ == Phase::Off) return -1;
  http_.poll();
  if ((phase_ == Phase::Token || phase_ == Phase::LaunchData) && !handshake_busy_) {
    if (now_ms >= handshake_retry_ms_) {
      handshake_retry_ms_ = now_ms;
      phase_ == Phase::Token ? request_token() : request_launch_data();
    } else {
      return handshake_retry_ms_ - now_ms;
    }
  }
  if (!sending_ && !authorization_.empty() && queue_.due(now_ms)) send_batch(now_ms, false);
  if (sending_ || handshake_busy_ || queue_.pending().empty() || queue_.needs_token() || authorization_.empty()) {
    return -1;  // an answer, or an event, brings the next turn
  }
  return std::max<std::int64_t>(0, queue_.retry_at_ms() - now_ms);
}

void LrsLink::load_queue() {
  const std::optional<std::string> bytes = storage_.read_file(queue_file(endpoint_));
  if (!bytes) return;
  StatementQueueDecode decoded = decode_statement_queue(*bytes);
  if (decoded.ok()) {
    queue_ = lms::StatementQueue(std::move(decoded.state));
    return;
  }
  // Kept aside rather than overwritten: the statements may still be read
  // out of it by hand.
  storage_.write_file_atomic(queue_file(endpoint_) + ".damaged", *bytes);
  notice_ = "Warmline could not read the updates it was keeping for your LMS (" + decoded.error + ").";
}

void LrsLink::save_queue() {
  try {
    const IoStatus status = storage_.write_file_atomic(queue_file(endpoint_), encode_statement_queue(queue_.state()));
    if (status.ok()) storage_.sync();
  } catch (const std::exception&) {
    // A queue the format cannot hold stays in memory; the next change
    // (a send that shrinks it) saves it.
  }
}

// What earlier launches of this registration sent, so `completed` and
// `passed` go to the LMS once per registration as cmi5 requires.
void LrsLink::load_earlier() {
  const std::optional<std::string> text = storage_.read_file("cmi5-" + short_hash(launch_->registration) + ".txt");
  if (!text) return;
  earlier_.completed = text->find("completed") != std::string::npos;
  earlier_.passed = text->find("passed") != std::string::npos;
}

void LrsLink::save_earlier() {
  std::string text;
  if (earlier_.completed) text += "completed\n";
  if (earlier_.passed) text += "passed\n";
  storage_.write_file_atomic("cmi5-" + short_hash(launch_->registration) + ".txt", text);
}

}  // namespace warmline::ui
