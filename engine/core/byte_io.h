#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// Little-endian integers in file headers: shared by compiled packs and save
// files, whose headers are laid out the same way.
namespace warmline::byte_io {

inline void put_le(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

// The caller has checked that s holds `bytes` bytes at `at`.
inline std::uint64_t get_le(std::string_view s, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + std::size_t(i)]);
  return v;
}

}  // namespace warmline::byte_io
