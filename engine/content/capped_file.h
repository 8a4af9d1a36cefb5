#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

// Reads a whole file that trainers or admins hand over (pack files, the
// kiosk config, keys and signatures) without trusting its size: anything
// over `cap` bytes is refused before it is read, and a file that grows while
// being read is refused too. Callers word the problem for their own file.
namespace warmline {

enum class FileProblem {
  None,
  Missing,
  Folder,
  NotRegular,  // a device, a socket...
  TooBig,      // `size` holds its size
  Grew,        // past `cap` while being read
  StatFailed,  // `detail` holds the system's reason
  OpenFailed,
  ReadFailed,
};

struct CappedFile {
  std::string bytes;
  FileProblem problem = FileProblem::None;
  std::uintmax_t size = 0;
  std::string detail;
  bool ok() const { return problem == FileProblem::None; }
};

CappedFile read_capped_file(const std::filesystem::path& path, std::size_t cap);

}  // namespace warmline
