#include "serial/byte_archive.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <sstream>
#include <string>

// The byte archives replace cereal's PortableBinary ones in the engine, so
// every save and compiled pack written before must read back the same, and
// new bytes must match what PortableBinary would have written.
#include <cereal/archives/portable_binary.hpp>

namespace {

struct Sample {
  std::uint8_t flag = 0;
  std::int32_t day = 0;
  std::uint64_t big = 0;
  double ratio = 0;
  std::string text;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(flag, day, big, ratio);
    std::uint64_t n = text.size();
    ar(n);
    if (n > 64) throw cereal::Exception("text too long");
    text.resize(static_cast<std::size_t>(n));
    ar(cereal::binary_data(&text[0], text.size()));
    if (version >= 2) ar(cereal::make_size_tag(n));
  }
  bool operator==(const Sample& o) const {
    return flag == o.flag && day == o.day && big == o.big && ratio == o.ratio && text == o.text;
  }
};

Sample sample() { return Sample{7, -20123, 0x0102030405060708ull, 0.625, "Zoë"}; }

}  // namespace

CEREAL_CLASS_VERSION(Sample, 2)

TEST_CASE("the byte archive writes exactly what PortableBinary writes, little-endian") {
  std::ostringstream stream(std::ios::binary);
  {
    cereal::PortableBinaryOutputArchive ar(stream, cereal::PortableBinaryOutputArchive::Options::LittleEndian());
    Sample s = sample();
    ar(s);
  }
  std::string bytes;
  {
    warmline::serial::ByteOutputArchive ar(bytes);
    Sample s = sample();
    ar(s);
  }
  CHECK(bytes == stream.str());
  REQUIRE(bytes.size() > 9);
  CHECK(bytes[0] == 1);                             // the little-endian flag
  CHECK(static_cast<unsigned char>(bytes[1]) == 2);  // class version, low byte first
  CHECK(static_cast<unsigned char>(bytes[10]) == 0x08);  // flag, day, then big's low byte
}

TEST_CASE("bytes PortableBinary wrote load through the byte archive") {
  std::ostringstream stream(std::ios::binary);
  {
    cereal::PortableBinaryOutputArchive ar(stream, cereal::PortableBinaryOutputArchive::Options::LittleEndian());
    Sample s = sample();
    ar(s);
  }
  const std::string bytes = stream.str();
  warmline::serial::ByteInputArchive ar(bytes);
  Sample back;
  ar(back);
  CHECK(back == sample());
  CHECK(ar.remaining() == 0);
}

TEST_CASE("the byte archive refuses short input and big-endian data instead of reading past the end") {
  std::string bytes;
  {
    warmline::serial::ByteOutputArchive ar(bytes);
    Sample s = sample();
    ar(s);
  }
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    const std::string part = bytes.substr(0, cut);
    Sample back;
    CHECK_THROWS_AS(
        {
          warmline::serial::ByteInputArchive ar(part);
          ar(back);
        },
        cereal::Exception);
  }
  std::string big_endian = bytes;
  big_endian[0] = 0;
  CHECK_THROWS_AS(warmline::serial::ByteInputArchive{big_endian}, cereal::Exception);
}
