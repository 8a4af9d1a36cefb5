#include "save/profile_id.h"

#include <algorithm>
#include <cstdint>

namespace warmline {
namespace {

constexpr std::size_t kSlugChars = 24;

bool id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

std::uint32_t fnv1a(std::string_view s, std::uint32_t attempt) {
  std::uint32_t h = 2166136261u;
  auto mix = [&](unsigned char c) { h = (h ^ c) * 16777619u; };
  for (char c : s) mix(static_cast<unsigned char>(c));
  for (int i = 0; i < 4; ++i) mix(static_cast<unsigned char>(attempt >> (8 * i)));
  return h;
}

}  // namespace

std::string profile_slug(std::string_view name) {
  std::string slug;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (id_char(c)) {
      slug += c;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
    if (slug.size() >= kSlugChars) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "learner" : slug;
}

std::string new_profile_id(std::string_view name, const std::vector<std::string>& taken) {
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  const std::string slug = profile_slug(name);
  for (std::uint32_t attempt = 0;; ++attempt) {
    std::uint32_t h = fnv1a(name, attempt);
    std::string id = slug + '-';
    for (int i = 0; i < 4; ++i, h /= 36) id += kDigits[h % 36];
    if (std::find(taken.begin(), taken.end(), id) == taken.end()) return id;
  }
}

bool is_valid_profile_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxProfileIdChars || !id_char(id.front())) return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return id_char(c) || c == '-'; });
}

}  // namespace warmline
