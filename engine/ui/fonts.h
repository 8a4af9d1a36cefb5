#pragma once
#include <imgui.h>

#include <string>

namespace warmline::ui {

// What to bake. The first frame needs little: the welcome screen's three
// sizes and the ASCII and punctuation its text uses. Everything else (bold,
// italic, accents, arrows, stars) follows in the next frame, before any
// input, so the page shows something sooner.
enum class FontSet { FirstScreen, Complete };

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
// Missing font files are reported in `error` and never fatal.
Fonts load_fonts(ImFontAtlas& atlas, const std::string& font_dir, float dpi_scale, std::string& error,
                 FontSet set = FontSet::Complete);

}  // namespace warmline::ui
