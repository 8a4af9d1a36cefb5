#include "zip_writer.h"

#include "content/utf8.h"
#include "core/byte_io.h"
#include "core/crc32.h"

// Layout from PKWARE's APPNOTE.TXT (4.3.7 local header, 4.3.12 central
// directory header, 4.3.16 end of central directory record).
namespace warmline::pack_tool {
namespace {

using byte_io::put_le;

constexpr std::uint32_t kLocalSignature = 0x04034b50;
constexpr std::uint32_t kCentralSignature = 0x02014b50;
constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::size_t kLocalHeaderBytes = 30;
constexpr std::size_t kCentralHeaderBytes = 46;
constexpr std::size_t kEndRecordBytes = 22;

constexpr std::uint16_t kVersionNeeded = 10;               // 1.0: stored entries only
constexpr std::uint16_t kVersionMadeBy = (3 << 8) | 20;    // Unix, so the mode below is read
constexpr std::uint16_t kFlagUtf8Names = 1 << 11;          // names are UTF-8, not CP437
constexpr std::uint16_t kMethodStored = 0;
constexpr std::uint16_t kDosTime = 0;                      // 00:00:00
constexpr std::uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;  // 1980-01-01, the earliest DOS date
constexpr std::uint32_t kUnixRegularFile0644 = 0100644u << 16;

// The fields local and central headers share, from "version needed" to the
// name and extra-field lengths.
void put_common(std::string& out, std::uint32_t crc, std::uint32_t size, std::size_t name_bytes) {
  put_le(out, kVersionNeeded, 2);
  put_le(out, kFlagUtf8Names, 2);
  put_le(out, kMethodStored, 2);
  put_le(out, kDosTime, 2);
  put_le(out, kDosDate, 2);
  put_le(out, crc, 4);
  put_le(out, size, 4);  // compressed size: stored, so the same
  put_le(out, size, 4);
  put_le(out, name_bytes, 2);
  put_le(out, 0, 2);  // no extra field
}

}  // namespace

std::string zip_name_problem(const std::string& name) {
  if (name.empty()) return "the name is empty";
  if (name.size() > 0xFFFF) return "the name is " + std::to_string(name.size()) + " bytes; a ZIP name holds at most 65535";
  if (!utf8::is_valid(name)) return "the name is not valid UTF-8";
  if (name.find('\\') != std::string::npos) return "the name has a backslash; ZIP paths separate folders with '/'";
  if (name[0] == '/') return "the name is an absolute path; entries must be relative";
  std::size_t start = 0;
  while (true) {
    const std::size_t end = name.find('/', start);
    const std::string_view part = std::string_view(name).substr(start, end == std::string::npos ? end : end - start);
    if (part == "..") return "the name has a '..' part, which would unpack outside the package folder";
    if (part.empty() || part == ".") return "the name has an empty or '.' folder part";
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return "";
}

bool ZipWriter::add(const std::string& name, std::string_view bytes, std::string& error) {
  const std::string problem = zip_name_problem(name);
  if (!problem.empty()) {
    error = "cannot add '" + name + "' to the archive: " + problem;
    return false;
  }
  if (names_.count(name) != 0) {
    error = "cannot add '" + name + "' to the archive: it already holds a file of that name";
    return false;
  }
  if (central_.size() >= kMaxEntries) {
    error = "cannot add '" + name + "' to the archive: it already holds " + std::to_string(kMaxEntries) +
            " files, the most a ZIP without zip64 can";
    return false;
  }
  const std::uint64_t local = kLocalHeaderBytes + name.size() + bytes.size();
  const std::uint64_t central = kCentralHeaderBytes + name.size();
  const std::uint64_t total = body_.size() + local + central_bytes_ + central + kEndRecordBytes;
  if (total > max_bytes_) {
    error = "cannot add '" + name + "' (" + std::to_string(bytes.size()) + " bytes) to the archive: it would grow to " +
            std::to_string(total) + " bytes, more than the " + std::to_string(max_bytes_) +
            " a ZIP without zip64 can hold";
    return false;
  }

  Entry e;
  e.name = name;
  e.crc = crc32(bytes);
  e.size = static_cast<std::uint32_t>(bytes.size());
  e.offset = static_cast<std::uint32_t>(body_.size());
  put_le(body_, kLocalSignature, 4);
  put_common(body_, e.crc, e.size, name.size());
  body_ += name;
  body_.append(bytes.data(), bytes.size());
  names_.insert(name);
  central_.push_back(std::move(e));
  central_bytes_ += central;
  return true;
}

std::string ZipWriter::finish() const {
  std::string out = body_;
  out.reserve(body_.size() + central_bytes_ + kEndRecordBytes);
  for (const Entry& e : central_) {
    put_le(out, kCentralSignature, 4);
    put_le(out, kVersionMadeBy, 2);
    put_common(out, e.crc, e.size, e.name.size());
    put_le(out, 0, 2);  // no comment
    put_le(out, 0, 2);  // disk 0: archives are never split
    put_le(out, 0, 2);  // internal attributes: binary
    put_le(out, kUnixRegularFile0644, 4);
    put_le(out, e.offset, 4);
    out += e.name;
  }
  put_le(out, kEndSignature, 4);
  put_le(out, 0, 2);  // this disk
  put_le(out, 0, 2);  // the disk the central directory starts on
  put_le(out, central_.size(), 2);
  put_le(out, central_.size(), 2);
  put_le(out, central_bytes_, 4);
  put_le(out, body_.size(), 4);
  put_le(out, 0, 2);  // no archive comment
  return out;
}

}  // namespace warmline::pack_tool
