#pragma once
#include <cstddef>
#include <string>

// Numbers in sentences the learner reads.
namespace warmline::ui {

// "1 lesson", "3 lessons".
inline std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// 12345 -> "12,345".
inline std::string with_commas(int n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > (n < 0 ? 1 : 0); i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

}  // namespace warmline::ui
