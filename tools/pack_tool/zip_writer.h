#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// A store-only ZIP archive built in memory, for SCORM packages. Nothing is
// compressed: the web build's big files (.wasm, .data) are served as they
// are, and the LMS unpacks the archive once. Every entry gets the same DOS
// time (1980-01-01 00:00) and Unix mode 0644, so the same inputs give the
// same bytes. No zip64: an archive that would need it is refused.
namespace warmline::pack_tool {

class ZipWriter {
 public:
  static constexpr std::size_t kMaxEntries = 65535;                // 16-bit entry count
  static constexpr std::uint64_t kMaxArchiveBytes = 0xFFFFFFFFull;  // 32-bit sizes and offsets

  // `max_bytes` is only lowered by tests, to reach the size limit without
  // allocating 4 GiB.
  explicit ZipWriter(std::uint64_t max_bytes = kMaxArchiveBytes) : max_bytes_(max_bytes) {}

  // Adds a file at `name` (a relative path with '/' between folders). On a
  // name the archive must not hold (empty, absolute, "..", backslashes,
  // not UTF-8, a duplicate) or when the archive would outgrow its limits,
  // adds nothing, sets `error` to a sentence naming the entry, and
  // returns false.
  bool add(const std::string& name, std::string_view bytes, std::string& error);

  std::size_t entries() const { return central_.size(); }

  // The whole archive: local entries, central directory, end record. The
  // writer can be finished more than once; it gives the same bytes.
  std::string finish() const;

 private:
  struct Entry {
    std::string name;
    std::uint32_t crc = 0;
    std::uint32_t size = 0;
    std::uint32_t offset = 0;  // of its local header
  };

  std::uint64_t max_bytes_;
  std::string body_;  // local headers and file data, in order
  std::vector<Entry> central_;
  std::set<std::string> names_;
  std::uint64_t central_bytes_ = 0;
};

// Why `name` may not be a ZIP entry, or "" when it may.
std::string zip_name_problem(const std::string& name);

}  // namespace warmline::pack_tool
