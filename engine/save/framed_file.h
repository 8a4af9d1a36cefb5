#pragma once
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "save/progress_archive.h"

// The frame every file Warmline saves is wrapped in (save/README.md): an
// 8-byte magic, the container format, the payload size and its CRC-32, all
// little-endian, then the cereal payload. Profiles and the xAPI statement
// queue differ only in the words below, so one reader checks both and every
// damaged file gets the same careful answer.
namespace warmline {

inline constexpr std::size_t kFrameHeaderBytes = 20;

struct FrameKind {
  const char* magic;           // exactly 8 bytes
  std::uint32_t format;        // the container format this build writes
  std::size_t max_payload;     // a larger claim is damage, refused unread
  const char* not_ours;        // "not a Warmline progress file"
  const char* contents;        // "progress": "unexpected bytes after the progress"
  const char* holder;          // "save": "more than any save holds"
  const char* unknown_format;  // "unknown save format"
  const char* newer_verb;      // "open": "update Warmline to open it"
};

std::string wrap_frame(const FrameKind& kind, std::string_view payload);

// Checks magic, format, size and checksum; "" and `payload` set, or what is
// wrong with `bytes`, a sentence for the learner.
std::string unwrap_frame(const FrameKind& kind, std::string_view bytes, std::string_view& payload);

// Reads `value` from a payload unwrap_frame accepted, all of it; "" or the
// problem. Never throws.
template <typename T>
std::string read_frame_payload(const FrameKind& kind, std::string_view payload, T& value) {
  const std::string what = kind.contents;
  try {
    saved::In ar(payload);
    ar(value);
    if (ar.remaining() != 0) {
      return "damaged: " + std::to_string(ar.remaining()) + " unexpected bytes after the " + what;
    }
  } catch (const saved::TooNew& e) {
    return e.what();
  } catch (const saved::Damaged& e) {
    return std::string("damaged: ") + e.what();
  } catch (const cereal::Exception& e) {
    return "damaged: the " + what + " ends early or is malformed (" + e.what() + ")";
  } catch (const std::exception& e) {
    return "damaged: the " + what + " cannot be read (" + e.what() + ")";
  }
  return "";
}

}  // namespace warmline
