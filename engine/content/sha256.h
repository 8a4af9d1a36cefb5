#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// SHA-256 (FIPS 180-4), used as the content hash of compiled packs. Small and
// dependency-free so the same code runs natively and in the browser.
namespace warmline {

using Sha256Digest = std::array<std::uint8_t, 32>;

class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  // The digest of everything passed to update(); the object is spent after.
  Sha256Digest finish();

 private:
  void block(const std::uint8_t* p);

  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

Sha256Digest sha256(std::string_view bytes);

// Lower-case hex, 64 characters.
std::string to_hex(const Sha256Digest& digest);

}  // namespace warmline
