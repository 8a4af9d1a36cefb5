#include "ui/widgets.h"

#include <algorithm>

#include <imgui_internal.h>

#include "ui/keyboard_nav.h"
#include "ui/theme.h"

namespace warmline::ui {
namespace {

float g_column_width = metrics::kColumnWidth;
std::string g_focused_label;

void note_focus(const char* label) {
  if (!ImGui::IsItemFocused()) return;
  const char* end = ImGui::FindRenderedTextEnd(label);
  g_focused_label.assign(label, end);
}

bool button(const char* label, bool primary) {
  using namespace palette;
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, vec(kTeal));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, vec(kTealHover));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, vec(kTealPressed));
    ImGui::PushStyleColor(ImGuiCol_Text, vec(0xFFFFFF));
  }
  const float height = std::max(metrics::kMinTouchTarget, ImGui::GetFrameHeight());
  bool pressed = ImGui::Button(label, ImVec2(g_column_width, height));
  if (primary) ImGui::PopStyleColor(4);
  note_focus(label);
  return pressed;
}

}  // namespace

void begin_screen(const char* id) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin(id, nullptr, flags);
  const float avail = ImGui::GetContentRegionAvail().x;
  g_column_width = std::min(metrics::kColumnWidth, avail);
  const float indent = (avail - g_column_width) * 0.5f;
  if (indent > 0) ImGui::Indent(indent);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + g_column_width);
  vertical_space(std::min(64.0f, vp->WorkSize.y * 0.05f));
}

void end_screen() {
  ImGui::PopTextWrapPos();
  allow_tab_wrapping();
  ImGui::End();
}

float column_width() { return g_column_width; }

void title_text(const Fonts& fonts, const char* text) {
  ImGui::PushFont(fonts.title);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(palette::kTeal));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void heading_text(const Fonts& fonts, const char* text) {
  ImGui::PushFont(fonts.heading);
  ImGui::TextWrapped("%s", text);
  ImGui::PopFont();
  vertical_space(4);
}

void body_text(const char* text) { ImGui::TextWrapped("%s", text); }

void muted_text(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(palette::kInkMuted));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

void bullet_text(const char* text) {
  // ImGui's Bullet() spaces itself by FramePadding, which our touch-sized
  // padding makes far too wide; draw a dot and hang the text instead.
  constexpr float kHang = 26.0f;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float mid = at.y + ImGui::GetTextLineHeight() * 0.5f;
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + 9.0f, mid), 3.5f, palette::rgb(palette::kTeal));
  ImGui::Indent(kHang);
  ImGui::TextWrapped("%s", text);
  ImGui::Unindent(kHang);
}

void vertical_space(float points) { ImGui::Dummy(ImVec2(1, points)); }

bool primary_button(const char* label) { return button(label, true); }
bool secondary_button(const char* label) { return button(label, false); }

const std::string& focused_item_label() { return g_focused_label; }
void reset_focused_item_label() { g_focused_label.clear(); }

}  // namespace warmline::ui
