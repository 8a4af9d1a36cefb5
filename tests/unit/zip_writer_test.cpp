#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/byte_io.h"
#include "core/crc32.h"
#include "pack_tool/zip_writer.h"

using warmline::crc32;
using warmline::byte_io::get_le;
using warmline::pack_tool::ZipWriter;

namespace {

// Just enough of a ZIP reader to check the writer against APPNOTE.TXT: it
// finds the end record, walks the central directory, and checks that each
// entry's local header says the same thing and that its data matches its CRC.
struct ReadEntry {
  std::string name;
  std::string data;
  std::uint32_t crc = 0;
  std::uint32_t offset = 0;
  std::uint16_t flags = 0;
  std::uint16_t method = 0;
  std::uint16_t time = 0;
  std::uint16_t date = 0;
};

std::uint32_t u32(const std::string& z, std::size_t at) {
  REQUIRE(at + 4 <= z.size());
  return static_cast<std::uint32_t>(get_le(z, at, 4));
}

std::uint16_t u16(const std::string& z, std::size_t at) {
  REQUIRE(at + 2 <= z.size());
  return static_cast<std::uint16_t>(get_le(z, at, 2));
}

std::vector<ReadEntry> read_zip(const std::string& z) {
  REQUIRE(z.size() >= 22);
  const std::size_t end = z.size() - 22;  // the writer never adds an archive comment
  CHECK(u32(z, end) == 0x06054b50u);
  CHECK(u16(z, end + 4) == 0);
  CHECK(u16(z, end + 6) == 0);
  const std::uint16_t count = u16(z, end + 8);
  CHECK(u16(z, end + 10) == count);
  const std::uint32_t cd_size = u32(z, end + 12);
  const std::uint32_t cd_offset = u32(z, end + 16);
  CHECK(u16(z, end + 20) == 0);
  CHECK(std::size_t(cd_offset) + cd_size == end);

  std::vector<ReadEntry> entries;
  std::size_t at = cd_offset;
  for (std::uint16_t i = 0; i < count; ++i) {
    REQUIRE(u32(z, at) == 0x02014b50u);
    ReadEntry e;
    e.flags = u16(z, at + 8);
    e.method = u16(z, at + 10);
    e.time = u16(z, at + 12);
    e.date = u16(z, at + 14);
    e.crc = u32(z, at + 16);
    const std::uint32_t csize = u32(z, at + 20);
    const std::uint32_t size = u32(z, at + 24);
    CHECK(csize == size);
    const std::uint16_t name_len = u16(z, at + 28);
    const std::uint16_t extra_len = u16(z, at + 30);
    const std::uint16_t comment_len = u16(z, at + 32);
    e.offset = u32(z, at + 42);
    REQUIRE(at + 46 + name_len <= z.size());
    e.name = z.substr(at + 46, name_len);
    at += 46 + name_len + extra_len + comment_len;

    // The local header must agree with the central one.
    const std::size_t lh = e.offset;
    REQUIRE(u32(z, lh) == 0x04034b50u);
    CHECK(u16(z, lh + 6) == e.flags);
    CHECK(u16(z, lh + 8) == e.method);
    CHECK(u16(z, lh + 10) == e.time);
    CHECK(u16(z, lh + 12) == e.date);
    CHECK(u32(z, lh + 14) == e.crc);
    CHECK(u32(z, lh + 18) == csize);
    CHECK(u32(z, lh + 22) == size);
    const std::uint16_t local_name_len = u16(z, lh + 26);
    const std::uint16_t local_extra_len = u16(z, lh + 28);
    CHECK(z.substr(lh + 30, local_name_len) == e.name);
    const std::size_t data_at = lh + 30 + local_name_len + local_extra_len;
    REQUIRE(data_at + size <= cd_offset);
    e.data = z.substr(data_at, size);
    CHECK(crc32(e.data) == e.crc);
    entries.push_back(e);
  }
  CHECK(at == end);
  return entries;
}

}  // namespace

TEST_CASE("zip writer: an empty archive is just a valid end record") {
  const std::string z = ZipWriter().finish();
  CHECK(z == std::string("PK\x05\x06", 4) + std::string(18, '\0'));
  CHECK(read_zip(z).empty());
}

TEST_CASE("zip writer: entries read back with their CRC, sizes, offsets and fixed date") {
  ZipWriter zip;
  std::string error;
  const std::string binary("\0\x01\xff\r\n", 5);
  REQUIRE(zip.add("imsmanifest.xml", "<manifest/>", error));
  REQUIRE(zip.add("a/b/data.bin", binary, error));
  REQUIRE(zip.add("empty.txt", "", error));
  REQUIRE(zip.add("café.txt", "UTF-8 name", error));
  CHECK(error.empty());
  CHECK(zip.entries() == 4);

  const std::string z = zip.finish();
  const std::vector<ReadEntry> e = read_zip(z);
  REQUIRE(e.size() == 4);
  CHECK(e[0].name == "imsmanifest.xml");
  CHECK(e[0].data == "<manifest/>");
  CHECK(e[0].offset == 0);
  CHECK(e[1].name == "a/b/data.bin");
  CHECK(e[1].data == binary);
  CHECK(e[1].offset == 30 + 15 + 11);  // right after the first entry
  CHECK(e[2].data.empty());
  CHECK(e[2].crc == 0);
  CHECK(e[3].name == "café.txt");
  for (const ReadEntry& r : e) {
    CHECK(r.method == 0);               // stored
    CHECK(r.flags == (1 << 11));        // UTF-8 names, nothing else
    CHECK(r.time == 0);                 // 00:00:00
    CHECK(r.date == ((1 << 5) | 1));    // 1980-01-01
  }
  // CRC-32 check value from the zlib/PNG definition.
  CHECK(crc32("123456789") == 0xCBF43926u);

  // Same entries, same bytes; finishing twice changes nothing.
  ZipWriter again;
  REQUIRE(again.add("imsmanifest.xml", "<manifest/>", error));
  REQUIRE(again.add("a/b/data.bin", binary, error));
  REQUIRE(again.add("empty.txt", "", error));
  REQUIRE(again.add("café.txt", "UTF-8 name", error));
  CHECK(again.finish() == z);
  CHECK(zip.finish() == z);
}

TEST_CASE("zip writer: names that could unpack elsewhere are refused") {
  const char* const bad[] = {"",        "/etc/passwd", "../up.txt", "a/../../up.txt", "a/..",      "..",
                             "a\\b.txt", "C:\\x.txt",   "a//b.txt",  "./a.txt",        "folder/",  "\xff.txt"};
  for (const char* name : bad) {
    ZipWriter zip;
    std::string error;
    CAPTURE(name);
    CHECK_FALSE(zip.add(name, "x", error));
    CHECK(error.find("cannot add '" + std::string(name) + "'") == 0);
    CHECK(zip.entries() == 0);
    CHECK(read_zip(zip.finish()).empty());
  }
  ZipWriter zip;
  std::string error;
  CHECK(zip.add("a..b.txt", "dots inside a name are fine", error));
  CHECK_FALSE(zip.add("a..b.txt", "again", error));
  CHECK(error.find("already holds a file of that name") != std::string::npos);
  CHECK(read_zip(zip.finish()).size() == 1);
}

TEST_CASE("zip writer: no more than 65535 entries without zip64") {
  ZipWriter zip;
  std::string error;
  for (std::size_t i = 0; i < ZipWriter::kMaxEntries; ++i) {
    if (!zip.add(std::to_string(i), "", error)) FAIL(error);
  }
  CHECK_FALSE(zip.add("one-too-many", "", error));
  CHECK(error.find("65535 files") != std::string::npos);
  const std::string z = zip.finish();
  CHECK(get_le(z, z.size() - 22 + 8, 2) == 65535);
}

TEST_CASE("zip writer: an archive that would pass its size limit is refused") {
  // The real limit is 4 GiB; a small one reaches the same check cheaply.
  const std::uint64_t limit = 22 + (30 + 1 + 10 + 46 + 1);  // one 10-byte entry named "a"
  ZipWriter zip(limit);
  std::string error;
  CHECK_FALSE(zip.add("a", std::string(11, 'x'), error));
  CHECK(error.find("more than the " + std::to_string(limit)) != std::string::npos);
  REQUIRE(zip.add("a", std::string(10, 'x'), error));
  CHECK(zip.finish().size() == limit);
  CHECK_FALSE(zip.add("b", "", error));
  CHECK(ZipWriter::kMaxArchiveBytes == 0xFFFFFFFFull);
}
