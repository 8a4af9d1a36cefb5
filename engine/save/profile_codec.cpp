#include "save/profile_codec.h"

#include "save/framed_file.h"

namespace warmline {
namespace {

const FrameKind kProfileFrame{"WLSAVE\0\x1a", kSaveFormat, kMaxSavePayloadBytes, "not a Warmline progress file",
                              "progress", "save", "unknown save format", "open"};

}  // namespace

std::string wrap_payload(std::string_view payload) { return wrap_frame(kProfileFrame, payload); }

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
  std::string_view payload;
  result.error = unwrap_frame(kProfileFrame, bytes, payload);
  if (result.error.empty()) result.error = read_frame_payload(kProfileFrame, payload, result.progress);
  if (!result.error.empty()) result.progress = LearnerProgress{};
  return result;
}

}  // namespace warmline
