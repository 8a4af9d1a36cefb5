#include "core/lms/statement_queue.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "core/lms/uuid.h"

using namespace warmline;
using namespace warmline::lms;

namespace {

constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kStart = 1796610139123;  // 2026-12-07T02:22:19.123Z

// Statement number `n`, its id drawn from `ids`.
QueuedStatement statement(SeededRandom& ids, int n, std::int64_t at, bool cmi5 = false) {
  QueuedStatement s;
  s.id = uuid_v4(ids);
  s.json = "{\"id\":\"" + s.id + "\",\"n\":" + std::to_string(n) + "}";
  s.queued_ms = at;
  s.cmi5_defined = cmi5;
  return s;
}

int number_of(const QueuedStatement& s) {
  rapidjson::Document doc;
  doc.Parse(s.json.c_str());
  REQUIRE(doc.IsObject());
  return doc["n"].GetInt();
}

std::vector<int> numbers(const std::deque<QueuedStatement>& list) {
  std::vector<int> out;
  for (const QueuedStatement& s : list) out.push_back(number_of(s));
  return out;
}

SendFailure failure(SendFailureKind kind, std::optional<double> retry_after = std::nullopt, std::string reason = "") {
  return SendFailure{kind, retry_after, std::move(reason)};
}

}  // namespace

TEST_CASE("statement queue: HTTP statuses map to failure kinds") {
  CHECK(send_failure_kind(0) == SendFailureKind::Network);
  CHECK(send_failure_kind(408) == SendFailureKind::Network);
  CHECK(send_failure_kind(500) == SendFailureKind::ServerError);
  CHECK(send_failure_kind(503) == SendFailureKind::ServerError);
  CHECK(send_failure_kind(429) == SendFailureKind::RateLimited);
  CHECK(send_failure_kind(401) == SendFailureKind::AuthRejected);
  CHECK(send_failure_kind(403) == SendFailureKind::AuthRejected);
  CHECK(send_failure_kind(400) == SendFailureKind::BadRequest);
  CHECK(send_failure_kind(413) == SendFailureKind::BadRequest);
  CHECK(send_failure_kind(409) == SendFailureKind::Conflict);
}

TEST_CASE("statement queue: batches are the oldest statements, bounded by count and bytes") {
  SeededRandom ids(1);
  StatementQueue q;
  CHECK_FALSE(q.due(kStart));
  CHECK(q.next_batch(10, 1000).empty());
  for (int i = 0; i < 5; ++i) REQUIRE(q.push(statement(ids, i, kStart)) == PushResult::Queued);
  CHECK(q.due(kStart));
  const std::vector<QueuedStatement> three = q.next_batch(3, 100000);
  REQUIRE(three.size() == 3);
  CHECK(number_of(three[0]) == 0);
  CHECK(number_of(three[2]) == 2);
  // Each statement is 51 bytes: "[" + 2 statements + "," + "]" is 105.
  REQUIRE(q.pending().front().json.size() == 51);
  CHECK(q.next_batch(10, 105).size() == 2);
  CHECK(q.next_batch(10, 104).size() == 1);
  CHECK(q.next_batch(10, 10).size() == 1);  // never stuck behind one big statement
  CHECK(q.next_batch(0, 100000).size() == 1);

  const std::string body = batch_json(three);
  rapidjson::Document doc;
  doc.Parse(body.c_str());
  REQUIRE(doc.IsArray());
  REQUIRE(doc.Size() == 3);
  CHECK(doc[1]["n"].GetInt() == 1);
  CHECK(batch_json({}) == "[]");
  CHECK(batch_ids(three) == std::vector<std::string>{three[0].id, three[1].id, three[2].id});

  q.on_sent(batch_ids(three));
  CHECK(numbers(q.pending()) == std::vector<int>{3, 4});
  CHECK(q.pending_bytes() == 2 * (51 + 36));
}

TEST_CASE("statement queue: backoff starts at 2 s and doubles to a 10 minute cap") {
  SeededRandom ids(2), jitter(99);
  StatementQueue q;
  q.push(statement(ids, 0, kStart));
  const std::int64_t bases[] = {2, 4, 8, 16, 32, 64, 128, 256, 512, 600, 600, 600, 600};
  std::int64_t now = kStart;
  for (const std::int64_t base_s : bases) {
    REQUIRE(q.due(now));
    q.on_failure(now, batch_ids(q.next_batch(50, 1 << 20)), failure(SendFailureKind::Network), jitter);
    const std::int64_t wait = q.retry_at_ms() - now;
    // Jitter takes up to a quarter off, never adds.
    CHECK(wait <= base_s * kSecond);
    CHECK(wait >= base_s * kSecond * 3 / 4);
    CHECK_FALSE(q.due(now));
    CHECK_FALSE(q.due(q.retry_at_ms() - 1));
    CHECK(q.due(q.retry_at_ms()));
    now = q.retry_at_ms();
  }
  CHECK(q.consecutive_failures() == 13);
  // Success resets it all: the next failure waits about 2 s again.
  q.push(statement(ids, 1, now));
  q.on_sent({q.pending().front().id});
  CHECK(q.consecutive_failures() == 0);
  CHECK(q.due(now));
  q.on_failure(now, batch_ids(q.next_batch(50, 1 << 20)), failure(SendFailureKind::ServerError), jitter);
  CHECK(q.retry_at_ms() - now <= 2 * kSecond);
  CHECK(q.retry_at_ms() - now >= 1500);
}

TEST_CASE("statement queue: the jitter is deterministic per seed and spreads kiosks apart") {
  std::set<std::int64_t> waits;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    SeededRandom ids(5), jitter(seed);
    StatementQueue q;
    q.push(statement(ids, 0, kStart));
    for (int i = 0; i < 6; ++i) q.on_failure(kStart, {}, failure(SendFailureKind::Network), jitter);
    const std::int64_t wait = q.retry_at_ms() - kStart;
    CHECK(wait >= 48 * kSecond);  // base 64 s, less at most a quarter
    CHECK(wait <= 64 * kSecond);
    waits.insert(wait);
    // The same seed gives the same wait.
    SeededRandom ids2(5), jitter2(seed);
    StatementQueue again;
    again.push(statement(ids2, 0, kStart));
    for (int i = 0; i < 6; ++i) again.on_failure(kStart, {}, failure(SendFailureKind::Network), jitter2);
    CHECK(again.retry_at_ms() == q.retry_at_ms());
  }
  CHECK(waits.size() >= 15);
}

TEST_CASE("statement queue: Retry-After is honoured, within sane bounds") {
  SeededRandom ids(3), jitter(1);
  StatementQueue q;
  q.push(statement(ids, 0, kStart));
  q.on_failure(kStart, {}, failure(SendFailureKind::RateLimited, 30.0), jitter);
  CHECK(q.retry_at_ms() == kStart + 30 * kSecond);
  q.on_failure(kStart, {}, failure(SendFailureKind::ServerError, 0.0), jitter);
  CHECK(q.retry_at_ms() == kStart + kSecond);
  q.on_failure(kStart, {}, failure(SendFailureKind::RateLimited, 1e9), jitter);
  CHECK(q.retry_at_ms() == kStart + kHour);
  q.on_failure(kStart, {}, failure(SendFailureKind::RateLimited, 2.5), jitter);
  CHECK(q.retry_at_ms() == kStart + 2500);
}

TEST_CASE("statement queue: a clock stepping back before the last failure does not stall sending") {
  SeededRandom ids(4), jitter(1);
  StatementQueue q;
  q.push(statement(ids, 0, kStart));
  for (int i = 0; i < 10; ++i) q.on_failure(kStart, {}, failure(SendFailureKind::Network), jitter);
  CHECK_FALSE(q.due(kStart + kMinute));
  CHECK(q.due(kStart - kHour));
}

TEST_CASE("statement queue: a day offline, then every statement arrives once and in order") {
  SeededRandom ids(6), jitter(7);
  StatementQueue q;
  std::vector<std::string> delivered;
  int attempts = 0;
  std::int64_t longest_gap = 0, last_attempt = kStart;
  int next = 0;
  const std::int64_t back_online = kStart + 24 * kHour;
  // One statement every 30 s for a day and a half; the transport is polled
  // every second and fails while offline.
  for (std::int64_t now = kStart; now < kStart + 36 * kHour; now += kSecond) {
    if ((now - kStart) % (30 * kSecond) == 0) REQUIRE(q.push(statement(ids, next++, now)) == PushResult::Queued);
    if (!q.due(now)) continue;
    if (now < back_online) {
      ++attempts;
      longest_gap = std::max(longest_gap, now - last_attempt);
      last_attempt = now;
    }
    const std::vector<QueuedStatement> batch = q.next_batch(100, 256 * 1024);
    if (now < back_online) {
      q.on_failure(now, batch_ids(batch), failure(SendFailureKind::Network), jitter);
    } else {
      for (const QueuedStatement& s : batch) delivered.push_back(s.json);
      q.on_sent(batch_ids(batch));
    }
  }
  CHECK(q.pending().empty());
  CHECK(q.dropped() == 0);
  REQUIRE(delivered.size() == static_cast<std::size_t>(next));
  for (int i = 0; i < next; ++i) {
    rapidjson::Document doc;
    doc.Parse(delivered[static_cast<std::size_t>(i)].c_str());
    REQUIRE(doc["n"].GetInt() == i);
  }
  // Offline it kept trying, never more than 10 minutes apart, and not in a
  // tight loop: about 24 * 6 / 0.875 tries in the day.
  CHECK(longest_gap <= 10 * kMinute + kSecond);
  CHECK(attempts > 150);
  CHECK(attempts < 400);
}

TEST_CASE("statement queue: a 400 on a batch retries one by one and sets aside only the bad one") {
  SeededRandom ids(8), jitter(1);
  StatementQueue q;
  for (int i = 0; i < 6; ++i) q.push(statement(ids, i, kStart));
  const std::string bad = q.pending()[2].id;
  std::int64_t now = kStart;
  std::vector<int> delivered;
  int posts = 0;
  while (!q.pending().empty() && posts < 50) {
    REQUIRE(q.due(now));  // a 400 is not a reason to wait
    const std::vector<QueuedStatement> batch = q.next_batch(4, 1 << 20);
    ++posts;
    const bool has_bad = std::any_of(batch.begin(), batch.end(), [&](const QueuedStatement& s) { return s.id == bad; });
    if (has_bad) {
      q.on_failure(now, batch_ids(batch), failure(SendFailureKind::BadRequest, std::nullopt, "400: bad verb"), jitter);
    } else {
      for (const QueuedStatement& s : batch) delivered.push_back(number_of(s));
      q.on_sent(batch_ids(batch));
    }
    now += 10;
  }
  // [0..3] refused; 0, 1, 2 (refused alone), 3 one at a time; then 4, 5 together.
  CHECK(posts == 6);
  CHECK(delivered == std::vector<int>{0, 1, 3, 4, 5});
  REQUIRE(q.rejected().size() == 1);
  CHECK(q.rejected()[0].statement.id == bad);
  CHECK(q.rejected()[0].reason == "400: bad verb");
  CHECK(number_of(q.rejected()[0].statement) == 2);
  CHECK(q.consecutive_failures() == 0);
  q.clear_rejected();
  CHECK(q.rejected().empty());
}

TEST_CASE("statement queue: 409 on a single statement counts as sent; on a batch it splits") {
  SeededRandom ids(9), jitter(1);
  StatementQueue q;
  for (int i = 0; i < 3; ++i) q.push(statement(ids, i, kStart));
  // The answer to an earlier POST of statement 0 was lost; it is stored.
  const std::vector<QueuedStatement> batch = q.next_batch(10, 1 << 20);
  q.on_failure(kStart, batch_ids(batch), failure(SendFailureKind::Conflict), jitter);
  CHECK(q.pending().size() == 3);
  CHECK(q.next_batch(10, 1 << 20).size() == 1);
  q.on_failure(kStart, batch_ids(q.next_batch(10, 1 << 20)), failure(SendFailureKind::Conflict), jitter);
  CHECK(numbers(q.pending()) == std::vector<int>{1, 2});
  CHECK(q.rejected().empty());
  CHECK(q.due(kStart));
  q.on_sent(batch_ids(q.next_batch(1, 1 << 20)));
  q.on_sent(batch_ids(q.next_batch(1, 1 << 20)));
  CHECK(q.pending().empty());
}

TEST_CASE("statement queue: 401/403 waits for a new token, then retries at once") {
  SeededRandom ids(10), jitter(1);
  StatementQueue q;
  q.push(statement(ids, 0, kStart));
  q.on_failure(kStart, batch_ids(q.next_batch(10, 1 << 20)), failure(SendFailureKind::AuthRejected), jitter);
  CHECK(q.needs_token());
  CHECK_FALSE(q.due(kStart + kHour));
  CHECK(q.pending().size() == 1);
  q.on_new_token(kStart + 5 * kSecond);
  CHECK_FALSE(q.needs_token());
  CHECK(q.due(kStart + 5 * kSecond));
  CHECK(q.consecutive_failures() == 0);  // not counted as a network failure
}

TEST_CASE("statement queue: when full, the oldest allowed statements go first, cmi5-defined never") {
  SeededRandom ids(11);
  StatementQueueLimits limits;
  limits.max_statements = 4;
  StatementQueue q(limits);
  REQUIRE(q.push(statement(ids, 0, kStart, true)) == PushResult::Queued);  // initialized
  REQUIRE(q.push(statement(ids, 1, kStart)) == PushResult::Queued);
  REQUIRE(q.push(statement(ids, 2, kStart)) == PushResult::Queued);
  REQUIRE(q.push(statement(ids, 3, kStart, true)) == PushResult::Queued);
  CHECK(q.push(statement(ids, 4, kStart)) == PushResult::Queued);
  CHECK(numbers(q.pending()) == std::vector<int>{0, 2, 3, 4});
  CHECK(q.dropped() == 1);
  CHECK(q.push(statement(ids, 5, kStart, true)) == PushResult::Queued);
  CHECK(numbers(q.pending()) == std::vector<int>{0, 3, 4, 5});
  CHECK(q.push(statement(ids, 6, kStart, true)) == PushResult::Queued);
  CHECK(numbers(q.pending()) == std::vector<int>{0, 3, 5, 6});
  CHECK(q.dropped() == 3);
  // Only cmi5-defined statements left: an allowed one gives way...
  CHECK(q.push(statement(ids, 7, kStart)) == PushResult::Dropped);
  CHECK(q.dropped() == 4);
  // ...and a cmi5-defined one is kept over the limit.
  CHECK(q.push(statement(ids, 8, kStart, true)) == PushResult::Queued);
  CHECK(numbers(q.pending()) == std::vector<int>{0, 3, 5, 6, 8});
  CHECK(q.dropped() == 4);
}

TEST_CASE("statement queue: the byte bound drops the oldest allowed statements too") {
  SeededRandom ids(12);
  StatementQueueLimits limits;
  limits.max_bytes = 3 * (51 + 36);  // room for three
  StatementQueue q(limits);
  for (int i = 0; i < 5; ++i) REQUIRE(q.push(statement(ids, i, kStart)) == PushResult::Queued);
  CHECK(numbers(q.pending()) == std::vector<int>{2, 3, 4});
  CHECK(q.dropped() == 2);
  CHECK(q.pending_bytes() == limits.max_bytes);
}

TEST_CASE("statement queue: the default bound is 50,000 statements") {
  SeededRandom ids(13);
  StatementQueue q;
  for (int i = 0; i < 50010; ++i) q.push(statement(ids, i, kStart + i));
  CHECK(q.pending().size() == 50000);
  CHECK(q.dropped() == 10);
  CHECK(number_of(q.pending().front()) == 10);
  CHECK(number_of(q.pending().back()) == 50009);
}

TEST_CASE("statement queue: statements that could never be sent are set aside with a reason") {
  SeededRandom ids(14);
  StatementQueueLimits limits;
  limits.max_statement_bytes = 100;
  StatementQueue q(limits);
  QueuedStatement big = statement(ids, 0, kStart);
  big.json = "{\"pad\":\"" + std::string(200, 'x') + "\"}";
  CHECK(q.push(big) == PushResult::Rejected);
  QueuedStatement no_id = statement(ids, 1, kStart);
  no_id.id = "statement-1";
  CHECK(q.push(no_id) == PushResult::Rejected);
  QueuedStatement empty = statement(ids, 2, kStart);
  empty.json.clear();
  CHECK(q.push(empty) == PushResult::Rejected);
  CHECK(q.pending().empty());
  REQUIRE(q.rejected().size() == 3);
  CHECK(q.rejected()[0].reason == "not sent: 210 bytes of JSON, outside 1..100");
  CHECK(q.rejected()[0].statement.json.empty());
  CHECK(q.rejected()[0].statement.id == big.id);
  CHECK(q.rejected()[1].reason == "not sent: its id is not a UUID");
  CHECK(q.rejected()[1].statement.id == "statement-1");
  CHECK(q.rejected()[2].reason == "not sent: 0 bytes of JSON, outside 1..100");
}

TEST_CASE("statement queue: the rejected list is bounded and long reasons are cut") {
  SeededRandom ids(15), jitter(1);
  StatementQueueLimits limits;
  limits.max_rejected = 2;
  StatementQueue q(limits);
  for (int i = 0; i < 3; ++i) {
    q.push(statement(ids, i, kStart));
    q.on_failure(kStart, batch_ids(q.next_batch(1, 1 << 20)),
                 failure(SendFailureKind::BadRequest, std::nullopt, std::string(5000, 'e')), jitter);
  }
  REQUIRE(q.rejected().size() == 2);
  CHECK(number_of(q.rejected()[0].statement) == 1);
  CHECK(q.dropped() == 1);
  CHECK(q.rejected()[0].reason.size() == StatementQueue::kMaxReasonBytes + 3);
}

TEST_CASE("statement queue: a restored queue carries on where it stopped") {
  SeededRandom ids(16), jitter(1);
  StatementQueue q;
  for (int i = 0; i < 3; ++i) q.push(statement(ids, i, kStart));
  q.on_failure(kStart, {}, failure(SendFailureKind::Network), jitter);
  StatementQueue restored(q.state());
  CHECK(restored.pending_bytes() == q.pending_bytes());
  CHECK(restored.retry_at_ms() == q.retry_at_ms());
  CHECK(restored.consecutive_failures() == 1);
  CHECK(numbers(restored.pending()) == std::vector<int>{0, 1, 2});
}
