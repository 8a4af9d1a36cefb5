#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// SHA-256 (FIPS 180-4), used as the content hash of compiled packs. Small and
// dependency-free so the same code runs natively and in the browser. On x86
// CPUs with the SHA extensions (most since 2017) the blocks go through them:
// hashing is most of the time a large pack takes to load otherwise.
namespace warmline {

using Sha256Digest = std::array<std::uint8_t, 32>;

class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  // The digest of everything passed to update(); the object is spent after.
  Sha256Digest finish();

 private:
  void blocks(const std::uint8_t* p, std::size_t count);

  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

Sha256Digest sha256(std::string_view bytes);

// Whether this machine hashes with the CPU's SHA instructions; tests force
// the portable code with `use_sha_instructions(false)` to compare the two.
bool sha_instructions_available();
void use_sha_instructions(bool on);

// Lower-case hex, 64 characters.
std::string to_hex(const Sha256Digest& digest);

}  // namespace warmline
