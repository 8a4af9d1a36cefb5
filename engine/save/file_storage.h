#pragma once
#include "save/storage.h"

// Save files in one directory, with POSIX calls that also work on
// Emscripten's MEMFS and IDBFS. A write goes to "<name>.tmp" in the same
// directory, is fsynced, then renamed over the file, so a crash leaves the
// old file or the new one. Before that the old file is copied to
// "<name>.bak" the same way; the main file is never missing in between.
namespace warmline {

class FileStorage : public Storage {
 public:
  // The directory is created (one level) on the first write if missing.
  explicit FileStorage(std::string directory);

  std::optional<std::string> read_file(const std::string& name) override;
  IoStatus write_file_atomic(const std::string& name, std::string_view bytes) override;
  std::vector<std::string> list() override;  // without leftover *.tmp files
  IoStatus remove(const std::string& name) override;

  const std::string& directory() const { return dir_; }

  // Reads stop after this many bytes: a save is a few KB, and a huge file in
  // its place is damage that decode_profile reports as such.
  static constexpr std::size_t kMaxReadBytes = 8 * 1024 * 1024;

 private:
  std::string path(const std::string& name) const;
  IoStatus replace(const std::string& name, std::string_view bytes, bool sync_folder);

  std::string dir_;
};

}  // namespace warmline
