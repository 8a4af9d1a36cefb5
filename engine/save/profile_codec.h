#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/progress/learner_progress.h"

// A learner's progress as bytes: the save file and the export file alike.
// Layout (integers little-endian), details in save/README.md:
//
//   offset  size  field
//        0     8  magic "WLSAVE\0\x1a"
//        8     4  container format, kSaveFormat
//       12     4  payload size in bytes
//       16     4  CRC-32 of the payload
//       20     *  payload: LearnerProgress in cereal's portable binary form
//                 (save/progress_archive.h), with cereal class versions so
//                 older payloads load with defaults for newer fields
namespace warmline {

inline constexpr std::uint32_t kSaveFormat = 1;
inline constexpr std::size_t kSaveHeaderBytes = 20;  // save/framed_file.h's frame
// No real save comes near this; a larger claim is damage, refused unread.
inline constexpr std::size_t kMaxSavePayloadBytes = 4 * 1024 * 1024;

// Throws saved::Unsavable (a std::runtime_error) if the progress breaks a
// format limit; the rules never produce such progress.
std::string encode_profile(const LearnerProgress& progress);

struct ProfileDecode {
  LearnerProgress progress;  // default-constructed on error
  std::string error;         // empty on success; a sentence for the learner otherwise
  bool ok() const { return error.empty(); }
};

// Never throws and never trusts `bytes`.
ProfileDecode decode_profile(std::string_view bytes);

// Wraps an already archived payload in the header (tests build payloads of
// older versions with it).
std::string wrap_payload(std::string_view payload);

}  // namespace warmline
