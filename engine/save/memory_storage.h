#pragma once
#include <map>

#include "save/storage.h"

// Storage in a map, with the same backup rule as FileStorage, for tests and
// for a browser without persistent storage.
namespace warmline {

class MemoryStorage : public Storage {
 public:
  std::optional<std::string> read_file(const std::string& name) override;
  IoStatus write_file_atomic(const std::string& name, std::string_view bytes) override;
  std::vector<std::string> list() override;
  IoStatus remove(const std::string& name) override;
  IoStatus sync() override;

  // Direct access for tests that damage files or simulate a full disk.
  std::map<std::string, std::string> files;
  bool fail_writes = false;
  int syncs = 0;
};

}  // namespace warmline
