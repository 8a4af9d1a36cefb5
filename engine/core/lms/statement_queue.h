#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "core/quiz/seeded_random.h"

// Statements waiting for the LRS, kept (and saved by the caller, see
// save/statement_queue_codec.h) until it has them, so a flaky network or a
// kiosk offline for a day loses nothing. The transport asks due(now), POSTs
// next_batch() as batch_json(), and reports back with on_sent() or
// on_failure(). Oldest first, always: the LRS sees statements in the order
// they happened. No clock: every time is the caller's unix milliseconds.
// The policies (backoff, 400 split, 409, bounds) are in lms/README.md.
namespace warmline::lms {

struct QueuedStatement {
  std::string id;    // the statement's UUID (also inside `json`)
  std::string json;  // one statement object
  std::int64_t queued_ms = 0;
  bool cmi5_defined = false;  // never dropped to make room
  bool send_alone = false;    // its batch was refused: it goes in a batch of its own
};

struct RejectedStatement {
  QueuedStatement statement;
  std::string reason;  // the LRS's answer, or why it could not be queued (at most ~1000 bytes)
  std::int64_t rejected_ms = 0;
};

enum class SendFailureKind {
  Network,       // no answer at all: offline, DNS, timeout
  ServerError,   // 5xx
  RateLimited,   // 429
  AuthRejected,  // 401, 403: the token is no good
  BadRequest,    // 400 (and other 4xx): something in the batch is refused
  Conflict,      // 409: a statement with that id is already stored
};

// The kind for an HTTP status; 0 (no response) is Network.
SendFailureKind send_failure_kind(int http_status);

struct SendFailure {
  SendFailureKind kind = SendFailureKind::Network;
  std::optional<double> retry_after_seconds;  // the Retry-After header, if any
  std::string reason;                         // the LRS's message, for the rejected list
};

struct StatementQueueLimits {
  std::size_t max_statements = 50000;
  std::size_t max_bytes = 32 * 1024 * 1024;  // ids and JSON together
  std::size_t max_statement_bytes = 256 * 1024;
  std::size_t max_rejected = 1000;
};

// Everything the queue knows, for saving and restoring it.
struct StatementQueueState {
  std::deque<QueuedStatement> pending;  // oldest first
  std::vector<RejectedStatement> rejected;
  std::uint64_t dropped = 0;  // statements given up to stay within the limits
  std::uint32_t consecutive_failures = 0;
  std::int64_t last_failure_ms = 0;
  std::int64_t retry_at_ms = 0;  // no attempt before this
  bool needs_token = false;
};

enum class PushResult {
  Queued,
  Rejected,  // too large to ever send: on the rejected list instead
  Dropped,   // the queue is full of statements that outrank it
};

class StatementQueue {
 public:
  // Backoff: 2 s after the first failure, doubling to 10 minutes; each wait
  // is shortened by a random amount of up to a quarter, so a room of kiosks
  // coming back online together does not hit the LRS in step.
  static constexpr std::int64_t kFirstBackoffMs = 2000;
  static constexpr std::int64_t kMaxBackoffMs = 10 * 60 * 1000;
  // A Retry-After is honoured between these bounds.
  static constexpr std::int64_t kMinRetryAfterMs = 1000;
  static constexpr std::int64_t kMaxRetryAfterMs = 60 * 60 * 1000;
  // A rejected statement keeps this much of its id and reason.
  static constexpr std::size_t kMaxIdBytes = 64;
  static constexpr std::size_t kMaxReasonBytes = 1000;

  explicit StatementQueue(StatementQueueLimits limits = {});
  // A queue as saved; statements over the limits are kept, not dropped.
  explicit StatementQueue(StatementQueueState state, StatementQueueLimits limits = {});

  // Adds `statement` at the back, dropping the oldest allowed statements if
  // the limits are reached (cmi5-defined ones are never dropped). A
  // statement whose id is not a UUID, or whose JSON is empty or over
  // max_statement_bytes, goes on the rejected list (the JSON of an
  // oversized one is not kept).
  PushResult push(QueuedStatement statement);

  // A send may be tried now: something is pending, the backoff has passed
  // and the token is good. A clock that stepped back before the last
  // failure counts as due, rather than stalling until it catches up.
  bool due(std::int64_t now_ms) const;
  std::int64_t retry_at_ms() const { return state_.retry_at_ms; }

  // The oldest statements, up to `max_count` and `max_bytes` of batch_json
  // (but always at least one); a statement marked send_alone goes alone.
  std::vector<QueuedStatement> next_batch(std::size_t max_count, std::size_t max_bytes) const;

  // The LRS stored these: they leave the queue and the backoff resets.
  void on_sent(const std::vector<std::string>& ids);
  // The POST of `batch_ids` failed; see SendFailureKind for what follows.
  void on_failure(std::int64_t now_ms, const std::vector<std::string>& batch_ids, const SendFailure& failure,
                  SeededRandom& random);
  // After AuthRejected the queue waits for this: the caller has a new token.
  void on_new_token(std::int64_t now_ms);
  bool needs_token() const { return state_.needs_token; }

  const std::deque<QueuedStatement>& pending() const { return state_.pending; }
  const std::vector<RejectedStatement>& rejected() const { return state_.rejected; }
  std::uint64_t dropped() const { return state_.dropped; }
  std::size_t pending_bytes() const { return bytes_; }
  std::uint32_t consecutive_failures() const { return state_.consecutive_failures; }
  const StatementQueueState& state() const { return state_; }
  void clear_rejected() { state_.rejected.clear(); }

 private:
  void reject(QueuedStatement statement, std::string reason, std::int64_t now_ms);
  void back_off(std::int64_t now_ms, const SendFailure& failure, SeededRandom& random);
  // Drops the oldest allowed statement; false when there is none.
  bool drop_oldest_allowed();
  bool over_limits(std::size_t extra_count, std::size_t extra_bytes) const;

  StatementQueueLimits limits_;
  StatementQueueState state_;
  std::size_t bytes_ = 0;
};

// The statements as one JSON array, for the POST body.
std::string batch_json(const std::vector<QueuedStatement>& batch);
std::vector<std::string> batch_ids(const std::vector<QueuedStatement>& batch);

}  // namespace warmline::lms
