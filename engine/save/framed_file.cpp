#include "save/framed_file.h"

#include <cstring>

#include "core/byte_io.h"
#include "core/crc32.h"

namespace warmline {

using byte_io::get_le;
using byte_io::put_le;

std::string wrap_frame(const FrameKind& kind, std::string_view payload) {
  std::string out;
  out.reserve(kFrameHeaderBytes + payload.size());
  out.append(kind.magic, 8);
  put_le(out, kind.format, 4);
  put_le(out, payload.size(), 4);
  put_le(out, crc32(payload), 4);
  out.append(payload);
  return out;
}

std::string unwrap_frame(const FrameKind& kind, std::string_view bytes, std::string_view& payload) {
  const std::string what = kind.contents;
  if (bytes.empty()) return "the file is empty";
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kind.magic, 8) != 0) return kind.not_ours;
  if (bytes.size() < kFrameHeaderBytes) return "the file is cut short inside its header";
  const std::uint64_t format = get_le(bytes, 8, 4);
  if (format > kind.format) {
    return "saved by a newer Warmline (format " + std::to_string(format) + "); update Warmline to " +
           kind.newer_verb + " it";
  }
  if (format != kind.format) return std::string(kind.unknown_format) + " " + std::to_string(format);
  const std::uint64_t size = get_le(bytes, 12, 4);
  const std::size_t remainder = bytes.size() - kFrameHeaderBytes;
  if (size > kind.max_payload) {
    return "damaged: the header claims " + std::to_string(size) + " bytes, more than any " + kind.holder + " holds";
  }
  if (size > remainder) {
    return "the file is cut short: " + std::to_string(remainder) + " of " + std::to_string(size) + " bytes";
  }
  if (size < remainder) return "damaged: " + std::to_string(remainder - size) + " unexpected bytes after the " + what;
  payload = bytes.substr(kFrameHeaderBytes);
  if (crc32(payload) != get_le(bytes, 16, 4)) return "damaged: the checksum does not match";
  if (payload.empty() || payload[0] != 1) return "damaged: the " + what + " is not in little-endian form";
  return "";
}

}  // namespace warmline
