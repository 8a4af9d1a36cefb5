#include "save/statement_queue_codec.h"

#include <cstring>
#include <exception>

#include "core/byte_io.h"
#include "core/crc32.h"
#include "save/statement_queue_archive.h"

namespace warmline {
namespace {

constexpr char kMagic[8] = {'W', 'L', 'X', 'A', 'P', 'I', 'Q', '\x1a'};

using byte_io::get_le;
using byte_io::put_le;

}  // namespace

std::string wrap_statement_queue_payload(std::string_view payload) {
  std::string out;
  out.reserve(kStatementQueueHeaderBytes + payload.size());
  out.append(kMagic, sizeof kMagic);
  put_le(out, kStatementQueueFormat, 4);
  put_le(out, payload.size(), 4);
  put_le(out, crc32(payload), 4);
  out.append(payload);
  return out;
}

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
  auto fail = [&](std::string message) {
    result.state = lms::StatementQueueState{};
    result.error = "statement queue: " + std::move(message);
    return result;
  };
  if (bytes.empty()) return fail("the file is empty");
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return fail("not a Warmline statement queue file");
  }
  if (bytes.size() < kStatementQueueHeaderBytes) return fail("the file is cut short inside its header");
  const std::uint64_t format = get_le(bytes, 8, 4);
  if (format > kStatementQueueFormat) {
    return fail("saved by a newer Warmline (format " + std::to_string(format) + "); update Warmline to read it");
  }
  if (format != kStatementQueueFormat) return fail("unknown format " + std::to_string(format));
  const std::uint64_t size = get_le(bytes, 12, 4);
  const std::size_t remainder = bytes.size() - kStatementQueueHeaderBytes;
  if (size > kMaxStatementQueuePayloadBytes) {
    return fail("damaged: the header claims " + std::to_string(size) + " bytes, more than any queue holds");
  }
  if (size > remainder) {
    return fail("the file is cut short: " + std::to_string(remainder) + " of " + std::to_string(size) + " bytes");
  }
  if (size < remainder) {
    return fail("damaged: " + std::to_string(remainder - size) + " unexpected bytes after the queue");
  }
  const std::string_view payload = bytes.substr(kStatementQueueHeaderBytes);
  if (crc32(payload) != get_le(bytes, 16, 4)) return fail("damaged: the checksum does not match");
  if (payload.empty() || payload[0] != 1) return fail("damaged: the queue is not in little-endian form");

  try {
    saved::In ar(payload);
    ar(result.state);
    if (ar.remaining() != 0) {
      return fail("damaged: " + std::to_string(ar.remaining()) + " unexpected bytes after the queue");
    }
  } catch (const saved::TooNew& e) {
    return fail(e.what());
  } catch (const saved::Damaged& e) {
    return fail(std::string("damaged: ") + e.what());
  } catch (const cereal::Exception& e) {
    return fail(std::string("damaged: the queue ends early or is malformed (") + e.what() + ")");
  } catch (const std::exception& e) {
    return fail(std::string("damaged: the queue cannot be read (") + e.what() + ")");
  }
  return result;
}

}  // namespace warmline
