#include "save/pin_book.h"

#include <algorithm>
#include <string_view>

#include "save/profile_id.h"

namespace warmline {
namespace {

// A hash is one printable ASCII word; anything else was not written by us.
bool plausible_hash(const std::string& h) {
  if (h.empty() || h.size() > 256 || h[0] != '$') return false;
  for (char c : h) {
    if (c <= ' ' || c > '~') return false;
  }
  return true;
}

}  // namespace

PinBook::PinBook(Storage& storage) : storage_(storage) {
  std::optional<std::string> text = storage_.read_file(kPinBookFile);
  if (!text) text = storage_.read_file(std::string(kPinBookFile) + std::string(kBackupSuffix));
  if (!text) return;
  std::string_view rest = *text;
  while (!rest.empty()) {
    const std::size_t end = std::min(rest.find('\n'), rest.size());
    const std::string_view line = rest.substr(0, end);
    rest.remove_prefix(std::min(end + 1, rest.size()));
    const auto space = line.find(' ');
    if (space == std::string::npos) continue;
    std::string id(line.substr(0, space));
    std::string hash(line.substr(space + 1));
    if (is_valid_profile_id(id) && plausible_hash(hash)) hashes_[std::move(id)] = std::move(hash);
  }
}

std::optional<std::string> PinBook::hash_for(const std::string& profile_id) const {
  auto it = hashes_.find(profile_id);
  if (it == hashes_.end()) return std::nullopt;
  return it->second;
}

IoStatus PinBook::set(const std::string& profile_id, const std::string& hash) {
  if (!is_valid_profile_id(profile_id)) return {"'" + profile_id + "' is not a profile id"};
  if (!plausible_hash(hash)) return {"that is not a PIN hash"};
  const std::optional<std::string> before = hash_for(profile_id);
  hashes_[profile_id] = hash;
  IoStatus st = write();
  if (!st.ok()) {
    if (before) hashes_[profile_id] = *before; else hashes_.erase(profile_id);
  }
  return st;
}

IoStatus PinBook::clear(const std::string& profile_id) {
  auto it = hashes_.find(profile_id);
  if (it == hashes_.end()) return {};
  const std::string before = it->second;
  hashes_.erase(it);
  IoStatus st = write();
  if (!st.ok()) hashes_[profile_id] = before;
  return st;
}

IoStatus PinBook::write() {
  std::string text;
  for (const auto& [id, hash] : hashes_) text += id + ' ' + hash + '\n';
  IoStatus st = storage_.write_file_atomic(kPinBookFile, text);
  if (!st.ok()) return st;
  return storage_.sync();
}

}  // namespace warmline
