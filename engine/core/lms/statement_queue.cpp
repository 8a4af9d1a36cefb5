#include "core/lms/statement_queue.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>
#include <utility>

#include "core/lms/uuid.h"

namespace warmline::lms {
namespace {

std::size_t cost(const QueuedStatement& s) { return s.id.size() + s.json.size(); }

// Enough doublings to pass the cap from 2 s; more would only overflow.
constexpr std::uint32_t kMaxDoublings = 20;
constexpr std::uint32_t kMaxCountedFailures = 1000000;

// An LRS may answer a 400 with a whole HTML page; the list keeps the gist.
std::string shortened(std::string text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // whole characters
  text.resize(end);
  return text + "...";
}

}  // namespace

SendFailureKind send_failure_kind(int http_status) {
  if (http_status <= 0 || http_status == 408) return SendFailureKind::Network;
  if (http_status == 401 || http_status == 403) return SendFailureKind::AuthRejected;
  if (http_status == 409) return SendFailureKind::Conflict;
  if (http_status == 429) return SendFailureKind::RateLimited;
  if (http_status >= 400 && http_status < 500) return SendFailureKind::BadRequest;
  // 5xx, and anything else no LRS should answer: assume it passes.
  return SendFailureKind::ServerError;
}

StatementQueue::StatementQueue(StatementQueueLimits limits) : limits_(limits) {}

StatementQueue::StatementQueue(StatementQueueState state, StatementQueueLimits limits)
    : limits_(limits), state_(std::move(state)) {
  for (const QueuedStatement& s : state_.pending) bytes_ += cost(s);
}

bool StatementQueue::over_limits(std::size_t extra_count, std::size_t extra_bytes) const {
  return state_.pending.size() + extra_count > limits_.max_statements || bytes_ + extra_bytes > limits_.max_bytes;
}

bool StatementQueue::drop_oldest_allowed() {
  const auto it = std::find_if(state_.pending.begin(), state_.pending.end(),
                               [](const QueuedStatement& s) { return !s.cmi5_defined; });
  if (it == state_.pending.end()) return false;
  bytes_ -= cost(*it);
  state_.pending.erase(it);
  ++state_.dropped;
  return true;
}

PushResult StatementQueue::push(QueuedStatement statement) {
  const std::int64_t when = statement.queued_ms;
  if (!is_uuid(statement.id)) {
    statement.id = shortened(std::move(statement.id), kMaxIdBytes);
    reject(std::move(statement), "not sent: its id is not a UUID", when);
    return PushResult::Rejected;
  }
  if (statement.json.empty() || statement.json.size() > limits_.max_statement_bytes) {
    const std::string reason = "not sent: " + std::to_string(statement.json.size()) + " bytes of JSON, outside 1.." +
                               std::to_string(limits_.max_statement_bytes);
    statement.json.clear();  // too big to keep
    reject(std::move(statement), reason, when);
    return PushResult::Rejected;
  }
  const std::size_t size = cost(statement);
  while (over_limits(1, size) && drop_oldest_allowed()) {
  }
  // Only cmi5-defined statements are left: an allowed one gives way, a
  // cmi5-defined one is kept over the limit (a handful per launch).
  if (over_limits(1, size) && !statement.cmi5_defined) {
    ++state_.dropped;
    return PushResult::Dropped;
  }
  bytes_ += size;
  state_.pending.push_back(std::move(statement));
  return PushResult::Queued;
}

bool StatementQueue::due(std::int64_t now_ms) const {
  if (state_.pending.empty() || state_.needs_token) return false;
  return now_ms >= state_.retry_at_ms || now_ms < state_.last_failure_ms;
}

std::vector<QueuedStatement> StatementQueue::next_batch(std::size_t max_count, std::size_t max_bytes) const {
  std::vector<QueuedStatement> batch;
  if (state_.pending.empty()) return batch;
  const QueuedStatement& first = state_.pending.front();
  batch.push_back(first);
  if (first.send_alone) return batch;
  std::size_t bytes = 2 + first.json.size();  // "[" + json + "]"
  for (std::size_t i = 1; i < state_.pending.size() && batch.size() < max_count; ++i) {
    const QueuedStatement& s = state_.pending[i];
    if (s.send_alone || bytes + 1 + s.json.size() > max_bytes) break;
    bytes += 1 + s.json.size();
    batch.push_back(s);
  }
  return batch;
}

void StatementQueue::on_sent(const std::vector<std::string>& ids) {
  std::unordered_set<std::string> sent(ids.begin(), ids.end());
  // A batch is the oldest statements, so they are nearly always in front.
  while (!state_.pending.empty() && sent.erase(state_.pending.front().id) > 0) {
    bytes_ -= cost(state_.pending.front());
    state_.pending.pop_front();
  }
  if (!sent.empty()) {
    const auto rest = std::remove_if(state_.pending.begin(), state_.pending.end(),
                                     [&](const QueuedStatement& s) { return sent.count(s.id) > 0; });
    for (auto it = rest; it != state_.pending.end(); ++it) bytes_ -= cost(*it);
    state_.pending.erase(rest, state_.pending.end());
  }
  state_.consecutive_failures = 0;
  state_.last_failure_ms = 0;
  state_.retry_at_ms = 0;
}

void StatementQueue::on_failure(std::int64_t now_ms, const std::vector<std::string>& batch_ids,
                                const SendFailure& failure, SeededRandom& random) {
  switch (failure.kind) {
    case SendFailureKind::Network:
    case SendFailureKind::ServerError:
    case SendFailureKind::RateLimited:
      back_off(now_ms, failure, random);
      return;
    case SendFailureKind::AuthRejected:
      state_.needs_token = true;
      state_.last_failure_ms = now_ms;
      return;
    case SendFailureKind::BadRequest:
    case SendFailureKind::Conflict:
      break;
  }
  // The LRS refused the batch as a whole for something in it. Alone, a
  // statement is judged on its own: retried one by one, at once.
  const std::unordered_set<std::string> in_batch(batch_ids.begin(), batch_ids.end());
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < state_.pending.size() && found.size() < in_batch.size(); ++i) {
    if (in_batch.count(state_.pending[i].id) > 0) found.push_back(i);
  }
  state_.retry_at_ms = now_ms;
  if (found.size() > 1) {
    for (const std::size_t i : found) state_.pending[i].send_alone = true;
    return;
  }
  if (found.empty()) return;  // dropped meanwhile
  if (failure.kind == SendFailureKind::Conflict) {
    // 409 for a single statement: the LRS has one with this id, which can
    // only be this statement sent before, its answer lost.
    on_sent({state_.pending[found[0]].id});
    return;
  }
  const auto it = state_.pending.begin() + static_cast<std::ptrdiff_t>(found[0]);
  QueuedStatement refused = std::move(*it);
  bytes_ -= cost(refused);
  state_.pending.erase(it);
  reject(std::move(refused), failure.reason.empty() ? "refused by the LRS (400)" : failure.reason, now_ms);
}

void StatementQueue::on_new_token(std::int64_t now_ms) {
  state_.needs_token = false;
  state_.retry_at_ms = now_ms;
}

void StatementQueue::reject(QueuedStatement statement, std::string reason, std::int64_t now_ms) {
  statement.send_alone = false;
  state_.rejected.push_back(RejectedStatement{std::move(statement), shortened(std::move(reason), kMaxReasonBytes), now_ms});
  while (state_.rejected.size() > limits_.max_rejected) {
    state_.rejected.erase(state_.rejected.begin());
    ++state_.dropped;
  }
}

void StatementQueue::back_off(std::int64_t now_ms, const SendFailure& failure, SeededRandom& random) {
  state_.consecutive_failures = std::min(state_.consecutive_failures + 1, kMaxCountedFailures);
  state_.last_failure_ms = now_ms;
  std::int64_t wait_ms = 0;
  if (failure.retry_after_seconds && std::isfinite(*failure.retry_after_seconds)) {
    const double asked = std::clamp(*failure.retry_after_seconds * 1000.0, double(kMinRetryAfterMs),
                                    double(kMaxRetryAfterMs));
    wait_ms = static_cast<std::int64_t>(asked);
  } else {
    const std::uint32_t doublings = std::min(state_.consecutive_failures - 1, kMaxDoublings);
    const std::int64_t base = std::min(kFirstBackoffMs << doublings, kMaxBackoffMs);
    wait_ms = base - static_cast<std::int64_t>(random.below(static_cast<std::size_t>(base / 4 + 1)));
  }
  state_.retry_at_ms = now_ms + wait_ms;
}

std::string batch_json(const std::vector<QueuedStatement>& batch) {
  std::size_t size = 2;
  for (const QueuedStatement& s : batch) size += s.json.size() + 1;
  std::string out;
  out.reserve(size);
  out += '[';
  for (std::size_t i = 0; i < batch.size(); ++i) {
    if (i > 0) out += ',';
    out += batch[i].json;
  }
  out += ']';
  return out;
}

std::vector<std::string> batch_ids(const std::vector<QueuedStatement>& batch) {
  std::vector<std::string> ids;
  ids.reserve(batch.size());
  for (const QueuedStatement& s : batch) ids.push_back(s.id);
  return ids;
}

}  // namespace warmline::lms
