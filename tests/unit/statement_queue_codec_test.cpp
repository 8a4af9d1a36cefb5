#include "save/statement_queue_codec.h"

#include <string>

#include <doctest/doctest.h>

#include "core/byte_io.h"
#include "core/crc32.h"
#include "core/lms/uuid.h"
#include "save/statement_queue_archive.h"

using namespace warmline;
using namespace warmline::lms;

namespace {

constexpr std::int64_t kStart = 1796610139123;

// A queue mid-trouble: pending statements (one cmi5-defined, one marked to
// go alone), a rejected one, drops, and a backoff under way.
StatementQueueState sample_state() {
  SeededRandom ids(3);
  StatementQueueState s;
  for (int i = 0; i < 4; ++i) {
    QueuedStatement q;
    q.id = uuid_v4(ids);
    q.json = "{\"id\":\"" + q.id + "\",\"title\":\"Escuta \xE2\x80\x94 " + std::to_string(i) + "\"}";
    q.queued_ms = kStart + i * 1000;
    q.cmi5_defined = i == 0;
    q.send_alone = i == 1;
    s.pending.push_back(q);
  }
  RejectedStatement r;
  r.statement.id = uuid_v4(ids);
  r.statement.json = "{\"bad\":true}";
  r.statement.queued_ms = kStart - 5000;
  r.reason = "400: verb id is not an IRI";
  r.rejected_ms = kStart - 10;
  s.rejected.push_back(r);
  s.dropped = 123456789012ull;
  s.consecutive_failures = 7;
  s.last_failure_ms = kStart + 9000;
  s.retry_at_ms = kStart + 9000 + 128000;
  s.needs_token = true;
  return s;
}

void check_equal(const StatementQueueState& a, const StatementQueueState& b) {
  REQUIRE(a.pending.size() == b.pending.size());
  for (std::size_t i = 0; i < a.pending.size(); ++i) {
    CHECK(a.pending[i].id == b.pending[i].id);
    CHECK(a.pending[i].json == b.pending[i].json);
    CHECK(a.pending[i].queued_ms == b.pending[i].queued_ms);
    CHECK(a.pending[i].cmi5_defined == b.pending[i].cmi5_defined);
    CHECK(a.pending[i].send_alone == b.pending[i].send_alone);
  }
  REQUIRE(a.rejected.size() == b.rejected.size());
  for (std::size_t i = 0; i < a.rejected.size(); ++i) {
    CHECK(a.rejected[i].statement.id == b.rejected[i].statement.id);
    CHECK(a.rejected[i].statement.json == b.rejected[i].statement.json);
    CHECK(a.rejected[i].reason == b.rejected[i].reason);
    CHECK(a.rejected[i].rejected_ms == b.rejected[i].rejected_ms);
  }
  CHECK(a.dropped == b.dropped);
  CHECK(a.consecutive_failures == b.consecutive_failures);
  CHECK(a.last_failure_ms == b.last_failure_ms);
  CHECK(a.retry_at_ms == b.retry_at_ms);
  CHECK(a.needs_token == b.needs_token);
}

std::string payload_of(const std::string& file) { return file.substr(kStatementQueueHeaderBytes); }

}  // namespace

TEST_CASE("statement queue codec: round trip keeps everything") {
  const StatementQueueState state = sample_state();
  const std::string bytes = encode_statement_queue(state);
  CHECK(bytes.compare(0, 8, std::string("WLXAPIQ\x1a", 8)) == 0);
  CHECK(byte_io::get_le(bytes, 8, 4) == kStatementQueueFormat);
  CHECK(byte_io::get_le(bytes, 12, 4) == bytes.size() - kStatementQueueHeaderBytes);
  CHECK(byte_io::get_le(bytes, 16, 4) == crc32(payload_of(bytes)));
  const StatementQueueDecode d = decode_statement_queue(bytes);
  REQUIRE(d.ok());
  check_equal(d.state, state);
  // Encoding is deterministic: the same state gives the same bytes.
  CHECK(encode_statement_queue(d.state) == bytes);
}

TEST_CASE("statement queue codec: an empty queue round-trips") {
  const std::string bytes = encode_statement_queue(StatementQueueState{});
  const StatementQueueDecode d = decode_statement_queue(bytes);
  REQUIRE(d.ok());
  CHECK(d.state.pending.empty());
  CHECK(d.state.rejected.empty());
  CHECK(d.state.dropped == 0);
  CHECK_FALSE(d.state.needs_token);
}

TEST_CASE("statement queue codec: a restored queue sends as the saved one would") {
  SeededRandom ids(1), jitter(2);
  StatementQueue q;
  for (int i = 0; i < 20; ++i) {
    QueuedStatement s;
    s.id = uuid_v4(ids);
    s.json = "{\"id\":\"" + s.id + "\",\"n\":" + std::to_string(i) + "}";
    s.queued_ms = kStart + i;
    q.push(s);
  }
  q.on_failure(kStart, {}, SendFailure{SendFailureKind::Network, std::nullopt, ""}, jitter);
  const StatementQueueDecode d = decode_statement_queue(encode_statement_queue(q.state()));
  REQUIRE(d.ok());
  StatementQueue restored(d.state);
  CHECK(restored.due(q.retry_at_ms()) == true);
  CHECK_FALSE(restored.due(q.retry_at_ms() - 1));
  CHECK(batch_json(restored.next_batch(5, 1 << 20)) == batch_json(q.next_batch(5, 1 << 20)));
  CHECK(restored.pending_bytes() == q.pending_bytes());
}

TEST_CASE("statement queue codec: bad headers are refused with a sentence") {
  const std::string good = encode_statement_queue(sample_state());
  auto error = [](const std::string& bytes) { return decode_statement_queue(bytes).error; };
  CHECK(error("") == "statement queue: the file is empty");
  CHECK(error("WLSAVE\0\x1a-----------------") == "statement queue: not a Warmline statement queue file");
  CHECK(error(good.substr(0, 12)) == "statement queue: the file is cut short inside its header");
  std::string newer = good;
  newer[8] = 2;
  CHECK(error(newer) == "statement queue: saved by a newer Warmline (format 2); update Warmline to read it");
  std::string zero = good;
  zero[8] = 0;
  CHECK(error(zero) == "statement queue: unknown format 0");
  std::string huge = good;
  huge[15] = '\x7f';  // claims about 2 GB
  CHECK(error(huge).rfind("statement queue: damaged: the header claims", 0) == 0);
  CHECK(error(good.substr(0, good.size() - 1)) ==
        "statement queue: the file is cut short: " + std::to_string(good.size() - 21) + " of " +
            std::to_string(good.size() - 20) + " bytes");
  CHECK(error(good + "x") == "statement queue: damaged: 1 unexpected bytes after the queue");
}

TEST_CASE("statement queue codec: every flipped bit and every truncation is refused, never a crash") {
  const std::string good = encode_statement_queue(sample_state());
  int accepted = 0;
  for (std::size_t i = 0; i < good.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string bad = good;
      bad[i] = static_cast<char>(bad[i] ^ (1 << bit));
      const StatementQueueDecode d = decode_statement_queue(bad);
      if (d.ok()) ++accepted;
      else CHECK(d.state.pending.empty());
    }
  }
  CHECK(accepted == 0);  // CRC-32 catches every single-bit error
  for (std::size_t n = 0; n < good.size(); ++n) CHECK_FALSE(decode_statement_queue(good.substr(0, n)).ok());
}

TEST_CASE("statement queue codec: a payload with a valid checksum but bad contents is refused") {
  const std::string good = encode_statement_queue(sample_state());
  // Every truncation of the payload, re-wrapped with a correct header.
  for (std::size_t n = 0; n < payload_of(good).size(); ++n) {
    const StatementQueueDecode d = decode_statement_queue(wrap_statement_queue_payload(payload_of(good).substr(0, n)));
    CHECK_FALSE(d.ok());
    CHECK(d.error.rfind("statement queue: damaged", 0) == 0);
  }
  // Each byte of the payload in turn set to 0xFF, re-wrapped: either a clean
  // refusal or a state that re-encodes to exactly those bytes.
  for (std::size_t i = 1; i < payload_of(good).size(); ++i) {
    std::string payload = payload_of(good);
    payload[i] = '\xff';
    const std::string file = wrap_statement_queue_payload(payload);
    const StatementQueueDecode d = decode_statement_queue(file);
    if (d.ok()) CHECK(encode_statement_queue(d.state) == file);
  }
}

TEST_CASE("statement queue codec: forged counts and flags are refused before allocating") {
  auto payload = [](auto write) {
    std::string p;
    {
      saved::Out ar(p);
      std::uint32_t version = saved::kStatementQueueVersion;
      ar(version);
      write(ar);
    }
    return wrap_statement_queue_payload(p);
  };
  auto header = [](saved::Out& ar, std::uint8_t needs_token) {
    saved::varint(ar, 0);                // dropped
    saved::varint(ar, 0);                // failures
    ar(std::int64_t{0}, std::int64_t{0});  // last failure, retry at
    ar(needs_token);
  };
  const std::string many = payload([&](saved::Out& ar) {
    header(ar, 0);
    saved::varint(ar, 2000000);  // pending
  });
  CHECK(decode_statement_queue(many).error ==
        "statement queue: damaged: a stored list of queued statements claims 2000000 entries, more than the limit of "
        "1000000");
  const std::string flag = payload([&](saved::Out& ar) { header(ar, 2); });
  CHECK(decode_statement_queue(flag).error == "statement queue: damaged: a stored yes/no is 2");
  const std::string no_json = payload([&](saved::Out& ar) {
    header(ar, 0);
    saved::varint(ar, 1);
    saved::varint(ar, 36);
    const std::string id(36, 'a');
    ar(cereal::binary_data(id.data(), id.size()));
    saved::varint(ar, 0);  // empty JSON
  });
  CHECK(decode_statement_queue(no_json).error == "statement queue: damaged: a queued statement has no JSON");
  const std::string newer = [&] {
    std::string p;
    {
      saved::Out ar(p);
      std::uint32_t version = saved::kStatementQueueVersion + 1;
      ar(version);
    }
    return wrap_statement_queue_payload(p);
  }();
  CHECK(decode_statement_queue(newer).error ==
        "statement queue: saved by a newer Warmline (statement queue version 2); update Warmline to open it");
  CHECK(decode_statement_queue(wrap_statement_queue_payload("")).error ==
        "statement queue: damaged: the queue is not in little-endian form");
}

TEST_CASE("statement queue codec: a state breaking the format's limits is not written") {
  StatementQueueState s;
  QueuedStatement q;
  q.id = std::string(100, 'x');  // longer than any id the queue keeps
  q.json = "{}";
  s.pending.push_back(q);
  CHECK_THROWS_AS(encode_statement_queue(s), saved::Unsavable);
}
