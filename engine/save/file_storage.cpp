#include "save/file_storage.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace warmline {
namespace {

constexpr std::string_view kTempSuffix = ".tmp";

std::string why(const std::string& what, const std::string& path) {
  return "cannot " + what + " " + path + ": " + std::strerror(errno);
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Write everything, retrying short writes and interrupts.
bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

FileStorage::FileStorage(std::string directory) : dir_(std::move(directory)) {}

std::string FileStorage::path(const std::string& name) const { return dir_ + "/" + name; }

std::optional<std::string> FileStorage::read_file(const std::string& name) {
  const int fd = ::open(path(name).c_str(), O_RDONLY);
  if (fd < 0) return std::nullopt;
  std::string bytes;
  char buf[16384];
  while (bytes.size() <= kMaxReadBytes) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    bytes.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return bytes;
}

// Temp file, fsync, rename: the one atomic replace every step below uses.
IoStatus FileStorage::replace(const std::string& name, std::string_view bytes, bool sync_folder) {
  const std::string target = path(name);
  const std::string temp = target + std::string(kTempSuffix);
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return {why("create", temp)};
  if (!write_all(fd, bytes) || ::fsync(fd) != 0) {
    IoStatus status{why("write", temp)};
    ::close(fd);
    ::unlink(temp.c_str());
    return status;
  }
  if (::close(fd) != 0) {
    IoStatus status{why("write", temp)};
    ::unlink(temp.c_str());
    return status;
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    IoStatus status{why("replace", target)};
    ::unlink(temp.c_str());
    return status;
  }
  if (!sync_folder) return {};
  // Make the rename itself durable; not every file system can sync a
  // directory (MEMFS cannot), and the data is safe either way.
  const int dir_fd = ::open(dir_.c_str(), O_RDONLY);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  return {};
}

IoStatus FileStorage::write_file_atomic(const std::string& name, std::string_view bytes) {
  if (::mkdir(dir_.c_str(), 0755) != 0 && errno != EEXIST) return {why("create the folder", dir_)};
  if (std::optional<std::string> previous = read_file(name)) {
    // The folder is synced once, after both renames: until then the old
    // file is whole where it was, and a power cut that keeps only the newer
    // rename still leaves a whole, synced file under each name.
    IoStatus backup = replace(name + std::string(kBackupSuffix), *previous, /*sync_folder=*/false);
    if (!backup.ok()) return backup;
  }
  return replace(name, bytes, /*sync_folder=*/true);
}

std::vector<std::string> FileStorage::list() {
  std::vector<std::string> names;
  DIR* d = ::opendir(dir_.c_str());
  if (d == nullptr) return names;
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (name == "." || name == ".." || ends_with(name, kTempSuffix)) continue;
    names.push_back(name);
  }
  ::closedir(d);
  return names;
}

IoStatus FileStorage::remove(const std::string& name) {
  const std::string p = path(name);
  if (::unlink(p.c_str()) != 0 && errno != ENOENT) return {why("remove", p)};
  return {};
}

}  // namespace warmline
