// The first frame's glyph ranges: exactly the characters its screen shows,
// merged into ranges, plus what ImGui looks up in every font.
#include <doctest/doctest.h>

#include <vector>

#include "ui/fonts.h"

using warmline::ui::FirstScreenGlyphs;

namespace {

std::vector<unsigned> ranges(const ImWchar* r) {
  std::vector<unsigned> out;
  for (; *r; ++r) out.push_back(*r);
  return out;
}

}  // namespace

TEST_CASE("first-screen glyphs: each font gets its text's characters, sorted, merged and zero-ended") {
  const FirstScreenGlyphs glyphs("Warmline", "mm", "it\u2019s \u2014 caf\u00e9");
  // ' ', '.', '?' and the ellipsis are always there; "lmn" is one range.
  CHECK(ranges(glyphs.title()) == std::vector<unsigned>{0x20, 0x20, 0x2E, 0x2E, 0x3F,   0x3F,  0x57,
                                                        0x57, 0x61, 0x61, 0x65, 0x65,   0x69,  0x69,
                                                        0x6C, 0x6E, 0x72, 0x72, 0x2026, 0x2026});
  CHECK(ranges(glyphs.heading()) ==
        std::vector<unsigned>{0x20, 0x20, 0x2E, 0x2E, 0x3F, 0x3F, 0x6D, 0x6D, 0x2026, 0x2026});
  // The body font has all of ASCII, and the text's others.
  CHECK(ranges(glyphs.body()) ==
        std::vector<unsigned>{0x20, 0x7E, 0xE9, 0xE9, 0x2014, 0x2014, 0x2019, 0x2019, 0x2026, 0x2026});
}

TEST_CASE(
    "first-screen glyphs: a cut-off UTF-8 sequence becomes the replacement character; nothing past the end "
    "is read") {
  // On the heap and exactly this long, so the ASan build catches a read past
  // the terminator (a four-byte lead lets ImGui's decoder look three ahead).
  const std::vector<char> cut{'a', '\xF0', '\0'};
  const FirstScreenGlyphs glyphs(cut.data(), "", "");
  CHECK(ranges(glyphs.title()) == std::vector<unsigned>{0x20, 0x20, 0x2E, 0x2E, 0x3F, 0x3F, 0x61, 0x61,
                                                        0x2026, 0x2026, 0xFFFD, 0xFFFD});
  CHECK(ranges(glyphs.body()) == std::vector<unsigned>{0x20, 0x7E, 0x2026, 0x2026});
}
