// decode_profile past its header: the input is the cereal payload only and
// gets a correct header (wrap_payload: magic, format, size, CRC-32), so
// mutations reach the progress reader (save/progress_archive.h) instead of
// stopping at the checksum. Seeds are save files with the 20-byte header cut
// off. Accepted progress must re-encode and decode to the same bytes.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "save/profile_codec.h"

using namespace warmline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view payload(reinterpret_cast<const char*>(data), size);
  const ProfileDecode d = decode_profile(wrap_payload(payload));
  if (!d.ok()) {
    if (d.error.empty()) fuzz::fail("a refused profile without a reason");
    return 0;
  }
  std::string again;
  try {
    again = encode_profile(d.progress);
  } catch (const std::exception& e) {
    fuzz::fail("decode_profile accepted progress that encode_profile refuses", e.what());
  }
  const ProfileDecode d2 = decode_profile(again);
  if (!d2.ok()) fuzz::fail("a re-encoded profile does not decode", d2.error);
  if (encode_profile(d2.progress) != again) fuzz::fail("encode/decode is not stable");
  return 0;
}
