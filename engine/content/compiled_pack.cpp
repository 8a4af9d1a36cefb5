#include "content/compiled_pack.h"

#include <algorithm>
#include <cstring>
#include <exception>

#include "core/byte_io.h"
#include "content/course_archive.h"
#include "content/course_validator.h"
#include "content/limits.h"
#include "content/sha256.h"

// The .wlpack layout (all integers little-endian):
//
//   offset  size  field
//        0     8  magic "WLPACK\0\x1a" (the NUL marks binary data, Ctrl-Z stops
//                 a text dump)
//        8     4  format version, kCompiledPackFormat
//       12     8  payload size in bytes
//       20    32  SHA-256 of the payload
//       52     *  payload: the Course in cereal's portable binary form,
//                 starting with cereal's endianness byte (1, little-endian);
//                 field order and encoding in content/course_archive.h
namespace warmline {
namespace {

constexpr char kMagic[8] = {'W', 'L', 'P', 'A', 'C', 'K', '\0', '\x1a'};
constexpr std::size_t kHeaderBytes = 8 + 4 + 8 + 32;

using byte_io::get_le;
using byte_io::put_le;

}  // namespace

std::string write_compiled_pack(const Course& course) {
  std::string payload;
  {
    archive::Out ar(payload);
    ar(course);
  }
  std::string out;
  out.reserve(kHeaderBytes + payload.size());
  out.append(kMagic, sizeof kMagic);
  put_le(out, kCompiledPackFormat, 4);
  put_le(out, payload.size(), 8);
  const Sha256Digest hash = sha256(payload);
  out.append(reinterpret_cast<const char*>(hash.data()), hash.size());
  out += payload;
  return out;
}

PackLoad read_compiled_pack(const std::string& file, std::string_view bytes) {
  PackLoad result;
  auto fail = [&](std::string message) {
    result.course = Course{};
    result.diagnostics.push_back(Diagnostic{file, 1, 1, std::move(message), Severity::Error});
    return result;
  };
  const std::string reads = "this engine reads format " + std::to_string(kCompiledPackFormat);

  if (bytes.empty()) return fail("not a Warmline pack: the file is empty");
  if (std::memcmp(bytes.data(), kMagic, std::min(bytes.size(), sizeof kMagic)) != 0) {
    return fail("not a Warmline pack (a compiled pack starts with \"WLPACK\")");
  }
  if (bytes.size() < kHeaderBytes) {
    return fail("truncated: the header needs " + std::to_string(kHeaderBytes) + " bytes, the file has " +
                std::to_string(bytes.size()));
  }
  const std::uint64_t format = get_le(bytes, 8, 4);
  if (format > kCompiledPackFormat) {
    return fail("made by a newer warmline-pack (format " + std::to_string(format) + "); " + reads +
                ": update Warmline or rebuild the pack");
  }
  if (format != kCompiledPackFormat) {
    return fail("unknown compiled pack format " + std::to_string(format) + "; " + reads);
  }
  const std::uint64_t payload_size = get_le(bytes, 12, 8);
  const std::size_t remainder = bytes.size() - kHeaderBytes;
  // The whole file, header included, stays within kCompiledPackBytes.
  constexpr std::size_t kMaxPayload = limits::kCompiledPackBytes - kHeaderBytes;
  if (payload_size > kMaxPayload || remainder > kMaxPayload) {
    return fail("damaged: the content claims " + std::to_string(std::max<std::uint64_t>(payload_size, remainder)) +
                " bytes, more than any pack can hold (" + std::to_string(kMaxPayload) + ")");
  }
  if (payload_size > remainder) {
    return fail("truncated: the header promises " + std::to_string(payload_size) +
                " bytes of content, the file has " + std::to_string(remainder));
  }
  if (payload_size < remainder) {
    return fail("damaged: " + std::to_string(remainder - payload_size) +
                " unexpected bytes after the content");
  }
  const std::string_view payload = bytes.substr(kHeaderBytes);
  const Sha256Digest hash = sha256(payload);
  if (std::memcmp(hash.data(), bytes.data() + 20, hash.size()) != 0) {
    return fail("damaged: content hash does not match");
  }
  if (payload.empty() || payload[0] != 1) {
    return fail("damaged: the content is not in little-endian portable binary form");
  }

  try {
    archive::In ar(payload);
    ar(result.course);
    if (ar.remaining() != 0) {
      return fail("damaged: " + std::to_string(ar.remaining()) + " unexpected bytes after the course");
    }
  } catch (const archive::Damaged& e) {
    return fail(std::string("damaged: ") + e.what());
  } catch (const cereal::Exception& e) {
    return fail(std::string("damaged: the content ends early or is malformed (") + e.what() + ")");
  } catch (const std::exception& e) {
    return fail(std::string("damaged: the content cannot be read (") + e.what() + ")");
  }

  validate_course(result.course, result.diagnostics);
  if (has_errors(result.diagnostics)) {
    result.diagnostics.push_back(Diagnostic{
        file, 1, 1,
        "the compiled pack holds content that fails the checks above; rebuild it from its source folder",
        Severity::Error});
  }
  return result;
}

}  // namespace warmline
