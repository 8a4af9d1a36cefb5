#include <doctest/doctest.h>

#include <cstring>
#include <vector>

#include "platform/framebuffer_png.h"

namespace {

std::uint32_t be32(const std::uint8_t* p) {
  return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

// Reads back the stored (uncompressed) deflate blocks the encoder writes.
std::vector<std::uint8_t> inflate_stored(const std::uint8_t* z, std::size_t n) {
  std::vector<std::uint8_t> out;
  std::size_t pos = 2;  // zlib header
  for (;;) {
    REQUIRE(pos + 5 <= n);
    const bool last = z[pos] & 1;
    REQUIRE((z[pos] >> 1) == 0);  // BTYPE 00
    const std::size_t len = z[pos + 1] | (z[pos + 2] << 8);
    const std::size_t nlen = z[pos + 3] | (z[pos + 4] << 8);
    REQUIRE((len ^ 0xFFFF) == nlen);
    out.insert(out.end(), z + pos + 5, z + pos + 5 + len);
    pos += 5 + len;
    if (last) break;
  }
  return out;
}

}  // namespace

TEST_CASE("the PNG has a valid signature, header and the exact pixels") {
  const int w = 3, h = 2;
  const std::uint8_t rgba[w * h * 4] = {255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255,
                                        1,   2, 3, 4,   5, 6,   7, 8,   9, 10, 11, 12};
  const auto png = warmline::platform::encode_png(rgba, w, h);
  REQUIRE(png.size() > 8 + 25 + 12);
  CHECK(std::memcmp(png.data(), "\x89PNG\r\n\x1a\n", 8) == 0);
  CHECK(be32(&png[8]) == 13);
  CHECK(std::memcmp(&png[12], "IHDR", 4) == 0);
  CHECK(be32(&png[16]) == 3);
  CHECK(be32(&png[20]) == 2);
  CHECK(png[24] == 8);
  CHECK(png[25] == 6);

  const std::size_t idat = 8 + 25;
  CHECK(std::memcmp(&png[idat + 4], "IDAT", 4) == 0);
  const std::uint32_t len = be32(&png[idat]);
  const auto raw = inflate_stored(&png[idat + 8], len);
  REQUIRE(raw.size() == std::size_t(h * (1 + w * 4)));
  CHECK(raw[0] == 0);
  CHECK(std::memcmp(&raw[1], rgba, w * 4) == 0);
  CHECK(raw[1 + w * 4] == 0);
  CHECK(std::memcmp(&raw[2 + w * 4], rgba + w * 4, w * 4) == 0);
  CHECK(std::memcmp(&png[png.size() - 8], "IEND", 4) == 0);
}

TEST_CASE("images larger than one deflate block split into several") {
  const int w = 200, h = 100;  // 80,100 raw bytes: two stored blocks
  std::vector<std::uint8_t> rgba(w * h * 4);
  for (std::size_t i = 0; i < rgba.size(); ++i) rgba[i] = static_cast<std::uint8_t>(i * 7);
  const auto png = warmline::platform::encode_png(rgba.data(), w, h);
  const std::size_t idat = 8 + 25;
  const auto raw = inflate_stored(&png[idat + 8], be32(&png[idat]));
  REQUIRE(raw.size() == std::size_t(h * (1 + w * 4)));
  CHECK(std::memcmp(&raw[1 + (h - 1) * (1 + w * 4)], &rgba[(h - 1) * w * 4], w * 4) == 0);
}
