#include "save/memory_storage.h"

namespace warmline {

std::optional<std::string> MemoryStorage::read_file(const std::string& name) {
  const auto it = files.find(name);
  if (it == files.end()) return std::nullopt;
  return it->second;
}

IoStatus MemoryStorage::write_file_atomic(const std::string& name, std::string_view bytes) {
  if (fail_writes) return {"cannot write " + name + ": the storage is full"};
  const auto it = files.find(name);
  if (it != files.end()) files[name + std::string(kBackupSuffix)] = it->second;
  files[name] = std::string(bytes);
  return {};
}

std::vector<std::string> MemoryStorage::list() {
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(f.first);
  return names;
}

IoStatus MemoryStorage::remove(const std::string& name) {
  files.erase(name);
  return {};
}

IoStatus MemoryStorage::sync() {
  ++syncs;
  return {};
}

}  // namespace warmline
