#include "save/profile_codec.h"

#include <cstring>
#include <exception>

#include "core/byte_io.h"
#include "core/crc32.h"
#include "save/progress_archive.h"

namespace warmline {
namespace {

constexpr char kMagic[8] = {'W', 'L', 'S', 'A', 'V', 'E', '\0', '\x1a'};

using byte_io::get_le;
using byte_io::put_le;

}  // namespace

std::string wrap_payload(std::string_view payload) {
  std::string out;
  out.reserve(kSaveHeaderBytes + payload.size());
  out.append(kMagic, sizeof kMagic);
  put_le(out, kSaveFormat, 4);
  put_le(out, payload.size(), 4);
  put_le(out, crc32(payload), 4);
  out.append(payload);
  return out;
}

std::string encode_profile(const LearnerProgress& progress) {
  std::string payload;
  {
    saved::Out ar(payload);
    LearnerProgress copy = progress;  // cereal's serialize takes a mutable reference
    ar(copy);
  }
  return wrap_payload(payload);
}

ProfileDecode decode_profile(std::string_view bytes) {
  ProfileDecode result;
  auto fail = [&](std::string message) {
    result.progress = LearnerProgress{};
    result.error = std::move(message);
    return result;
  };
  if (bytes.empty()) return fail("the file is empty");
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return fail("not a Warmline progress file");
  }
  if (bytes.size() < kSaveHeaderBytes) return fail("the file is cut short inside its header");
  const std::uint64_t format = get_le(bytes, 8, 4);
  if (format > kSaveFormat) {
    return fail("saved by a newer Warmline (format " + std::to_string(format) + "); update Warmline to open it");
  }
  if (format != kSaveFormat) return fail("unknown save format " + std::to_string(format));
  const std::uint64_t size = get_le(bytes, 12, 4);
  const std::size_t remainder = bytes.size() - kSaveHeaderBytes;
  if (size > kMaxSavePayloadBytes) {
    return fail("damaged: the header claims " + std::to_string(size) + " bytes, more than any save holds");
  }
  if (size > remainder) {
    return fail("the file is cut short: " + std::to_string(remainder) + " of " + std::to_string(size) + " bytes");
  }
  if (size < remainder) {
    return fail("damaged: " + std::to_string(remainder - size) + " unexpected bytes after the progress");
  }
  const std::string_view payload = bytes.substr(kSaveHeaderBytes);
  if (crc32(payload) != get_le(bytes, 16, 4)) return fail("damaged: the checksum does not match");
  if (payload.empty() || payload[0] != 1) return fail("damaged: the progress is not in little-endian form");

  try {
    saved::In ar(payload);
    ar(result.progress);
    if (ar.remaining() != 0) {
      return fail("damaged: " + std::to_string(ar.remaining()) + " unexpected bytes after the progress");
    }
  } catch (const saved::TooNew& e) {
    return fail(e.what());
  } catch (const saved::Damaged& e) {
    return fail(std::string("damaged: ") + e.what());
  } catch (const cereal::Exception& e) {
    return fail(std::string("damaged: the progress ends early or is malformed (") + e.what() + ")");
  } catch (const std::exception& e) {
    return fail(std::string("damaged: the progress cannot be read (") + e.what() + ")");
  }
  return result;
}

}  // namespace warmline

