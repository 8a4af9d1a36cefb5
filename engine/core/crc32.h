#pragma once
#include <cstdint>
#include <string_view>

// CRC-32 (IEEE 802.3, the zlib/PNG one): PNG chunks need it, and save files
// use it too. Save files are small and the threat
// is a torn write or a flipped bit, not an attacker, so four bytes of CRC do
// the job a 32-byte hash would.
namespace warmline {

std::uint32_t crc32(std::string_view bytes);

}  // namespace warmline
