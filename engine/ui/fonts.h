#pragma once
#include <imgui.h>

#include <string>

namespace warmline::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* italic = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  bool from_files = false;  // false: the TTFs were missing and ImGui's ASCII font stands in
};

// Bakes the UI fonts at `dpi_scale` times their point size so text stays
// sharp on HiDPI screens; the caller sets io.FontGlobalScale = 1/dpi_scale.
// Missing font files are reported in `error` and never fatal.
Fonts load_fonts(ImFontAtlas& atlas, const std::string& font_dir, float dpi_scale, std::string& error);

}  // namespace warmline::ui
