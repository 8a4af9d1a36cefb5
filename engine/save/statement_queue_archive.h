#pragma once
// cereal serialization of the xAPI statement queue's state
// (core/lms/statement_queue.h), in the save layer so core never sees
// cereal. Untrusted on load, like a save file: every count and length is
// checked before anything is allocated, and lists grow only as entries are
// read. The number helpers are the save file's (save/progress_archive.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include <cereal/cereal.hpp>

#include "core/lms/statement_queue.h"
#include "save/progress_archive.h"

namespace warmline::saved {

inline constexpr std::uint32_t kStatementQueueVersion = 1;

// Far above what the queue holds with its default limits (50,000 pending,
// 1,000 rejected, 256 KiB a statement), so a queue that grew past them with
// cmi5-defined statements, or under larger limits, still saves.
inline constexpr std::size_t kQueuedStatements = 1000000;
inline constexpr std::size_t kRejectedStatements = 100000;
inline constexpr std::size_t kStatementJsonBytes = 1024 * 1024;
inline constexpr std::size_t kStatementIdBytes = lms::StatementQueue::kMaxIdBytes;
inline constexpr std::size_t kRejectReasonBytes = 4096;
inline constexpr std::uint64_t kCountedFailures = 1000000;

// A string of at most `max` bytes.
template <class Archive>
void long_text(Archive& ar, std::string& s, std::size_t max, const char* what) {
  std::size_t n = s.size();
  count(ar, n, max, what);
  if constexpr (Archive::is_loading::value) s.resize(n);
  ar(cereal::binary_data(s.data(), n));
}

inline void flag(Out& ar, bool& b) { ar(static_cast<std::uint8_t>(b ? 1 : 0)); }
inline void flag(In& ar, bool& b) {
  std::uint8_t v = 0;
  ar(v);
  if (v > 1) fail(ar, "a stored yes/no is " + std::to_string(v));
  b = v == 1;
}

inline void unsigned_number(Out& ar, std::uint64_t& v) { varint(ar, v); }
inline void unsigned_number(In& ar, std::uint64_t& v) { v = varint(ar); }

inline void millis(Out& ar, std::int64_t& ms) { ar(ms); }
inline void millis(In& ar, std::int64_t& ms) { ar(ms); }

// `json_optional`: a rejected statement may have lost its (oversized) JSON.
template <class Archive>
void statement(Archive& ar, lms::QueuedStatement& s, bool json_optional) {
  long_text(ar, s.id, kStatementIdBytes, "bytes of statement id");
  long_text(ar, s.json, kStatementJsonBytes, "bytes of statement JSON");
  if (s.json.empty() && !json_optional) fail(ar, "a queued statement has no JSON");
  millis(ar, s.queued_ms);
  flag(ar, s.cmi5_defined);
  flag(ar, s.send_alone);
}

}  // namespace warmline::saved

namespace warmline::lms {

template <class Archive>
void serialize(Archive& ar, StatementQueueState& q, std::uint32_t version) {
  saved::check_version(ar, version, saved::kStatementQueueVersion, "statement queue");
  saved::unsigned_number(ar, q.dropped);
  std::uint64_t failures = q.consecutive_failures;
  saved::unsigned_number(ar, failures);
  if (failures > saved::kCountedFailures) saved::fail(ar, "the failure count is " + std::to_string(failures));
  q.consecutive_failures = static_cast<std::uint32_t>(failures);
  saved::millis(ar, q.last_failure_ms);
  saved::millis(ar, q.retry_at_ms);
  saved::flag(ar, q.needs_token);

  std::size_t pending = q.pending.size();
  saved::count(ar, pending, saved::kQueuedStatements, "queued statements");
  if constexpr (Archive::is_loading::value) {
    q.pending.clear();
    for (std::size_t i = 0; i < pending; ++i) {
      q.pending.emplace_back();
      saved::statement(ar, q.pending.back(), false);
    }
  } else {
    for (QueuedStatement& s : q.pending) saved::statement(ar, s, false);
  }

  saved::each(ar, q.rejected, saved::kRejectedStatements, "rejected statements", [](Archive& a, RejectedStatement& r) {
    saved::statement(a, r.statement, true);
    saved::long_text(a, r.reason, saved::kRejectReasonBytes, "bytes of rejection reason");
    saved::millis(a, r.rejected_ms);
  });
}

}  // namespace warmline::lms

CEREAL_CLASS_VERSION(warmline::lms::StatementQueueState, warmline::saved::kStatementQueueVersion)
