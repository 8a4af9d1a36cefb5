#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace warmline {

// A small PRNG of our own (splitmix64) so a seed gives the same quiz on every
// platform: std::mt19937 is portable but its distributions are not, and a
// learner must see the same draw natively and in the browser for a seed.
class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next();
  // Uniform in [0, n); 0 when n is 0. Rejection sampling: no modulo bias.
  std::size_t below(std::size_t n);

  template <typename T>
  void shuffle(std::vector<T>& v) {
    // Fisher-Yates from the back, every permutation equally likely.
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
  }

 private:
  std::uint64_t state_;
};

}  // namespace warmline
