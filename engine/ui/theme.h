#pragma once
#include <imgui.h>

namespace warmline::ui {

// A calm, warm palette with WCAG AA contrast for body text and buttons.
namespace palette {
constexpr ImU32 rgb(unsigned hex) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}
inline ImVec4 vec(unsigned hex, float alpha = 1.0f) {
  return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, alpha);
}
constexpr unsigned kPaper = 0xF6F3EE;     // window background
constexpr unsigned kCard = 0xFFFFFF;
constexpr unsigned kInk = 0x1E2A32;       // body text, 13.9:1 on paper
constexpr unsigned kInkMuted = 0x55626B;  // secondary text, 5.6:1 on paper
constexpr unsigned kTeal = 0x1F6F68;      // primary action, white text 5.9:1
constexpr unsigned kTealHover = 0x26837A;
constexpr unsigned kTealPressed = 0x175750;
constexpr unsigned kSand = 0xE8E1D6;      // secondary action
constexpr unsigned kSandHover = 0xDDD4C6;
constexpr unsigned kSandPressed = 0xD0C5B4;
constexpr unsigned kCoral = 0xD4583A;     // streaks and celebrations
constexpr unsigned kAmber = 0xE09A1F;     // keyboard focus ring
constexpr unsigned kLine = 0xDCD3C6;
// Right and wrong answers: inks keep AA contrast on white, fills stay pale.
constexpr unsigned kGoodInk = 0x2E7D4F;  // 5.0:1 on white
constexpr unsigned kBadInk = 0xA8402A;
constexpr unsigned kGoodFill = 0xEEF8F1;
constexpr unsigned kGoodLine = 0xA9D8B8;
constexpr unsigned kBadFill = 0xFDF0EC;
constexpr unsigned kBadLine = 0xEDB5A6;
}  // namespace palette

// Sizes in window points; DPI is handled by the font atlas, not here.
namespace metrics {
constexpr float kBodyPx = 18.0f;
constexpr float kHeadingPx = 28.0f;
constexpr float kTitlePx = 44.0f;
constexpr float kColumnWidth = 760.0f;
constexpr float kMinTouchTarget = 44.0f;
}  // namespace metrics

void apply_theme(ImGuiStyle& style);

}  // namespace warmline::ui
