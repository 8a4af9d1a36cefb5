#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/lms/statement_queue.h"

// The xAPI statement queue as bytes, so statements wait out a reboot or a
// closed tab. The caller writes them with Storage::write_file_atomic.
// Layout (integers little-endian), like a save file (save/README.md):
//
//   offset  size  field
//        0     8  magic "WLXAPIQ\x1a"
//        8     4  container format, kStatementQueueFormat
//       12     4  payload size in bytes
//       16     4  CRC-32 of the payload
//       20     *  payload: StatementQueueState in cereal's portable binary
//                 form (save/statement_queue_archive.h)
namespace warmline {

inline constexpr std::uint32_t kStatementQueueFormat = 1;
inline constexpr std::size_t kStatementQueueHeaderBytes = 20;
// The queue's own bounds (32 MiB of pending statements, plus the few
// cmi5-defined ones it keeps beyond them and the rejected list) stay well
// under this; a larger claim is damage, refused unread.
inline constexpr std::size_t kMaxStatementQueuePayloadBytes = 64 * 1024 * 1024;

// Throws saved::Unsavable (a std::runtime_error) if the state breaks a
// limit of the format; a StatementQueue with its default limits never does.
std::string encode_statement_queue(const lms::StatementQueueState& state);

struct StatementQueueDecode {
  lms::StatementQueueState state;  // empty on error
  std::string error;               // empty on success; a sentence otherwise
  bool ok() const { return error.empty(); }
};

// Never throws and never trusts `bytes`.
StatementQueueDecode decode_statement_queue(std::string_view bytes);

// Wraps an already archived payload in the header (for tests).
std::string wrap_statement_queue_payload(std::string_view payload);

}  // namespace warmline
