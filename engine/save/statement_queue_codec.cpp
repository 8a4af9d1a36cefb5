#include "save/statement_queue_codec.h"

#include "save/framed_file.h"
#include "save/statement_queue_archive.h"

namespace warmline {
namespace {

const FrameKind kQueueFrame{"WLXAPIQ\x1a", kStatementQueueFormat, kMaxStatementQueuePayloadBytes,
                            "not a Warmline statement queue file", "queue", "queue", "unknown format", "read"};

}  // namespace

std::string wrap_statement_queue_payload(std::string_view payload) { return wrap_frame(kQueueFrame, payload); }

std::string encode_statement_queue(const lms::StatementQueueState& state) {
  std::string payload;
  {
    saved::Out ar(payload);
    lms::StatementQueueState copy = state;  // cereal's serialize takes a mutable reference
    ar(copy);
  }
  if (payload.size() > kMaxStatementQueuePayloadBytes) {
    throw saved::Unsavable("cannot save: the statement queue takes " + std::to_string(payload.size()) +
                           " bytes, more than the limit of " + std::to_string(kMaxStatementQueuePayloadBytes));
  }
  return wrap_statement_queue_payload(payload);
}

StatementQueueDecode decode_statement_queue(std::string_view bytes) {
  StatementQueueDecode result;
  std::string_view payload;
  std::string error = unwrap_frame(kQueueFrame, bytes, payload);
  if (error.empty()) error = read_frame_payload(kQueueFrame, payload, result.state);
  if (!error.empty()) {
    result.state = lms::StatementQueueState{};
    result.error = "statement queue: " + error;
  }
  return result;
}

}  // namespace warmline
