// decode_profile on raw bytes, as a damaged save or an imported export file
// reaches it: header checks and the CRC-32. A file that decodes must encode
// and decode again to the same bytes.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "save/profile_codec.h"

using namespace warmline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const ProfileDecode d = decode_profile(bytes);
  if (!d.ok()) return 0;
  std::string again;
  try {
    again = encode_profile(d.progress);
  } catch (const std::exception& e) {
    fuzz::fail("decode_profile accepted progress that encode_profile refuses", e.what());
  }
  if (!decode_profile(again).ok()) fuzz::fail("a re-encoded profile does not decode");
  return 0;
}
