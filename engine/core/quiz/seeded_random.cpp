#include "core/quiz/seeded_random.h"

namespace warmline {

std::uint64_t SeededRandom::next() {
  // splitmix64 (Steele, Lea, Flood 2014): every seed, zero included, is good.
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::size_t SeededRandom::below(std::size_t n) {
  if (n == 0) return 0;
  const auto range = static_cast<std::uint64_t>(n);
  // 2^64 mod n: draws under it would make the low results more likely.
  const std::uint64_t threshold = (0 - range) % range;
  std::uint64_t x = next();
  while (x < threshold) x = next();
  return static_cast<std::size_t>(x % range);
}

}  // namespace warmline
