#include "ui/theme.h"

namespace warmline::ui {

void apply_theme(ImGuiStyle& style) {
  using namespace palette;
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(32, 28);
  style.FramePadding = ImVec2(20, (metrics::kMinTouchTarget - metrics::kBodyPx) / 2);
  style.ItemSpacing = ImVec2(14, 14);
  style.ItemInnerSpacing = ImVec2(10, 8);
  style.TouchExtraPadding = ImVec2(2, 2);
  style.ScrollbarSize = 16;
  style.GrabMinSize = 24;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 0;
  style.PopupBorderSize = 1;
  style.WindowRounding = 0;
  style.ChildRounding = 14;
  style.FrameRounding = 12;
  style.PopupRounding = 12;
  style.GrabRounding = 12;
  style.ScrollbarRounding = 12;
  style.ButtonTextAlign = ImVec2(0.5f, 0.5f);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = vec(kInk);
  c[ImGuiCol_TextDisabled] = vec(kInkMuted);
  c[ImGuiCol_WindowBg] = vec(kPaper);
  c[ImGuiCol_ChildBg] = vec(kCard);
  c[ImGuiCol_PopupBg] = vec(kCard);
  c[ImGuiCol_Border] = vec(kLine);
  c[ImGuiCol_BorderShadow] = vec(0, 0);
  c[ImGuiCol_FrameBg] = vec(kCard);
  c[ImGuiCol_FrameBgHovered] = vec(0xF0EBE3);
  c[ImGuiCol_FrameBgActive] = vec(0xE9E2D8);
  c[ImGuiCol_Button] = vec(kSand);
  c[ImGuiCol_ButtonHovered] = vec(kSandHover);
  c[ImGuiCol_ButtonActive] = vec(kSandPressed);
  c[ImGuiCol_Header] = vec(kSand);
  c[ImGuiCol_HeaderHovered] = vec(kSandHover);
  c[ImGuiCol_HeaderActive] = vec(kSandPressed);
  c[ImGuiCol_CheckMark] = vec(kTeal);
  c[ImGuiCol_SliderGrab] = vec(kTeal);
  c[ImGuiCol_SliderGrabActive] = vec(kTealPressed);
  c[ImGuiCol_ScrollbarBg] = vec(kPaper);
  c[ImGuiCol_ScrollbarGrab] = vec(kLine);
  c[ImGuiCol_ScrollbarGrabHovered] = vec(0xC9BEAE);
  c[ImGuiCol_ScrollbarGrabActive] = vec(0xB8AB98);
  c[ImGuiCol_Separator] = vec(kLine);
  c[ImGuiCol_PlotHistogram] = vec(kTeal);
  c[ImGuiCol_TextSelectedBg] = vec(kTeal, 0.25f);
  c[ImGuiCol_NavHighlight] = vec(kAmber);
  c[ImGuiCol_ModalWindowDimBg] = vec(kInk, 0.35f);
}

}  // namespace warmline::ui
