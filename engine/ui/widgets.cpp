#include "ui/widgets.h"

#include <algorithm>

#include <imgui_internal.h>

#include "ui/keyboard_nav.h"
#include "ui/theme.h"

namespace warmline::ui {
namespace {

float g_column_width = metrics::kColumnWidth;
float g_column_left = 0.0f;  // window-local x where the column starts
std::string g_focused_label;

void note_focus(const char* label) {
  if (!ImGui::IsItemFocused()) return;
  const char* end = ImGui::FindRenderedTextEnd(label);
  g_focused_label.assign(label, end);
}

bool button(const char* label, bool primary, float width) {
  using namespace palette;
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, vec(kTeal));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, vec(kTealHover));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, vec(kTealPressed));
    ImGui::PushStyleColor(ImGuiCol_Text, vec(0xFFFFFF));
  }
  const float height = std::max(metrics::kMinTouchTarget, ImGui::GetFrameHeight());
  bool pressed = ImGui::Button(label, ImVec2(width, height));
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
  g_column_left = ImGui::GetCursorPosX();
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

void same_line_right_muted(const char* text) {
  ImGui::SameLine();
  const float x = g_column_left + g_column_width - ImGui::CalcTextSize(text).x;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), x));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(palette::kInkMuted));
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
}

bool corner_button(const char* label) {
  const ImVec2 back = ImGui::GetCursorPos();
  const float width = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetCursorPosX(g_column_left + g_column_width - width);
  const bool pressed = button(label, false, width);
  ImGui::SetCursorPos(back);
  return pressed;
}

bool primary_button(const char* label) { return button(label, true, g_column_width); }
bool secondary_button(const char* label) { return button(label, false, g_column_width); }

bool key_button(const char* label, float size, bool primary) {
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, size * 0.5f);
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, palette::vec(palette::kTeal));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette::vec(palette::kTealHover));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, palette::vec(palette::kTealPressed));
    ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(0xFFFFFF));
  }
  const bool pressed = ImGui::Button(label, ImVec2(size, size));
  if (primary) ImGui::PopStyleColor(4);
  ImGui::PopStyleVar();
  note_focus(label);
  return pressed;
}

bool half_button(const char* label, bool primary, int half) {
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float width = (g_column_width - gap) * 0.5f;
  if (half == 1) ImGui::SameLine(0, gap);
  return button(label, primary, width);
}

namespace {
struct Panel {
  ImVec2 start;
  float outer_width;
  unsigned fill, border;
};
Panel g_panel;
constexpr float kPanelPad = 24.0f;
}  // namespace

void begin_panel(unsigned fill, unsigned border) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  g_panel = Panel{ImGui::GetCursorScreenPos(), g_column_width, fill, border};
  vertical_space(kPanelPad - ImGui::GetStyle().ItemSpacing.y);
  ImGui::Indent(kPanelPad);
  g_column_width -= 2 * kPanelPad;
  g_column_left += kPanelPad;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + g_column_width);
  ImGui::BeginGroup();
}

void end_panel() {
  ImGui::EndGroup();
  ImGui::PopTextWrapPos();
  g_column_width = g_panel.outer_width;
  g_column_left -= kPanelPad;
  ImGui::Unindent(kPanelPad);
  const float bottom = ImGui::GetItemRectMax().y + kPanelPad;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSetCurrent(0);
  const ImVec2 max(g_panel.start.x + g_panel.outer_width, bottom);
  const float rounding = ImGui::GetStyle().ChildRounding;
  dl->AddRectFilled(g_panel.start, max, palette::rgb(g_panel.fill), rounding);
  dl->AddRect(g_panel.start, max, palette::rgb(g_panel.border), rounding, 0, 1.5f);
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(g_panel.start.x, bottom));
  ImGui::Dummy(ImVec2(g_panel.outer_width, 0));
}

void progress_ring(ImVec2 centre, float radius, float fraction) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddCircle(centre, radius, palette::rgb(palette::kSand), 32, 5.0f);
  fraction = std::clamp(fraction, 0.0f, 1.0f);
  if (fraction <= 0.0f) return;
  constexpr float kTop = -IM_PI / 2;
  dl->PathArcTo(centre, radius, kTop, kTop + fraction * 2 * IM_PI, 32);
  dl->PathStroke(palette::rgb(palette::kTeal), 0, 5.0f);
}

bool list_button(const char* id, const char* title, const char* detail, const char* status,
                 const Fonts& fonts, float ring) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 pad(20, 14);
  const float line = ImGui::GetTextLineHeight();
  const float height = std::max(metrics::kMinTouchTarget, pad.y * 2 + line * 2 + 6);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(g_column_width, height));
  const bool hovered = ImGui::IsItemHovered();
  const bool held = ImGui::IsItemActive();
  note_focus(title);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 max(at.x + g_column_width, at.y + height);
  using namespace palette;
  dl->AddRectFilled(at, max, rgb(held ? kSand : hovered ? 0xFBF8F3 : kCard), style.FrameRounding);
  dl->AddRect(at, max, rgb(kLine), style.FrameRounding, 0, 1.5f);
  ImGui::RenderNavHighlight(ImRect(at, max), ImGui::GetItemID());
  float right = max.x - pad.x;
  if (ring >= 0.0f) {
    constexpr float kRadius = 15.0f;
    progress_ring(ImVec2(right - kRadius, at.y + height * 0.5f), kRadius, ring);
    right -= kRadius * 2 + 16;
  }
  if (status && *status) {
    const ImVec2 size = ImGui::CalcTextSize(status);
    right -= size.x;
    dl->AddText(ImVec2(right, at.y + (height - size.y) * 0.5f), rgb(kTeal), status);
    right -= 16;
  }
  const ImVec4 clip(at.x, at.y, right, max.y);
  const float text_x = at.x + pad.x;
  dl->AddText(fonts.bold, fonts.bold->FontSize * ImGui::GetIO().FontGlobalScale, ImVec2(text_x, at.y + pad.y),
              rgb(kInk), title, nullptr, 0.0f, &clip);
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(text_x, at.y + pad.y + line + 6), rgb(kInkMuted),
              detail, nullptr, 0.0f, &clip);
  return pressed;
}

int rating_scale(const char* name, int steps, int chosen, const char* low, const char* high) {
  using namespace palette;
  const float side = metrics::kMinTouchTarget + 8.0f;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float words = std::max(ImGui::CalcTextSize(low).x, ImGui::CalcTextSize(high).x) + gap;
  const float row = words * 2 + steps * side + (steps - 1) * gap;
  ImGui::SetCursorPosX(g_column_left + std::max(0.0f, (g_column_width - row) * 0.5f) + words);
  // The end words are drawn, not laid out: as items they would take the
  // buttons' baseline offset and sit lower on one side than the other.
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float text_y = at.y + (side - ImGui::GetTextLineHeight()) * 0.5f;
  const ImU32 muted = ImGui::GetColorU32(vec(kInkMuted));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddText(ImVec2(at.x - gap - ImGui::CalcTextSize(low).x, text_y), muted, low);
  dl->AddText(ImVec2(at.x + steps * side + steps * gap, text_y), muted, high);
  int clicked = 0;
  for (int i = 1; i <= steps; ++i) {
    if (i > 1) ImGui::SameLine(0, gap);
    const bool on = i == chosen;
    if (on) {
      ImGui::PushStyleColor(ImGuiCol_Button, vec(kTeal));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, vec(kTealHover));
      ImGui::PushStyleColor(ImGuiCol_Text, vec(0xFFFFFF));
    }
    const std::string label = std::to_string(i) + "##" + name;
    if (ImGui::Button(label.c_str(), ImVec2(side, side))) clicked = i;
    if (on) ImGui::PopStyleColor(3);
    const std::string spoken = std::string(name) + " " + std::to_string(i) + " of " + std::to_string(steps);
    note_focus(spoken.c_str());
  }
  return clicked;
}

bool tile_button(const char* label) {
  const bool pressed = ImGui::Button(label, ImVec2(0, metrics::kMinTouchTarget));
  note_focus(label);
  return pressed;
}

bool choice_button(const char* id, const char* text, ChoiceLook look, const char* mark) {
  using namespace palette;
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 pad(20, 12);
  constexpr float kMarkWidth = 34.0f;
  const float text_width = g_column_width - pad.x * 2 - kMarkWidth;
  const ImVec2 text_size = ImGui::CalcTextSize(text, nullptr, false, text_width);
  const float height = std::max(metrics::kMinTouchTarget + 8, text_size.y + pad.y * 2);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(g_column_width, height));
  note_focus(text);
  const bool hovered = ImGui::IsItemHovered() && look != ChoiceLook::Dimmed;
  unsigned fill = hovered ? 0xFBF8F3 : kCard, border = kLine, ink = kInk;
  switch (look) {
    case ChoiceLook::Normal: break;
    case ChoiceLook::Selected: fill = 0xE3F1EF; border = kTeal; break;
    case ChoiceLook::Correct: fill = 0xDDF2E4; border = 0x2E8B57; break;
    case ChoiceLook::Wrong: fill = 0xFBE3DC; border = 0xC0492C; break;
    case ChoiceLook::Dimmed: ink = kInkMuted; break;
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 max(at.x + g_column_width, at.y + height);
  dl->AddRectFilled(at, max, rgb(fill), style.FrameRounding);
  dl->AddRect(at, max, rgb(border), style.FrameRounding, 0, look == ChoiceLook::Normal || look == ChoiceLook::Dimmed ? 1.5f : 2.5f);
  ImGui::RenderNavHighlight(ImRect(at, max), ImGui::GetItemID());
  const float mid = at.y + height * 0.5f;
  if (mark && *mark) {
    dl->AddText(ImVec2(at.x + pad.x, mid - ImGui::GetTextLineHeight() * 0.5f), rgb(border == kLine ? kInkMuted : border), mark);
  }
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + pad.x + kMarkWidth, mid - text_size.y * 0.5f),
              rgb(ink), text, nullptr, text_width);
  return pressed && look != ChoiceLook::Dimmed;
}

void meter(float fraction, unsigned colour, float height) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(g_column_width, height));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float rounding = height * 0.5f;
  dl->AddRectFilled(at, ImVec2(at.x + g_column_width, at.y + height), palette::rgb(palette::kSand), rounding);
  const float w = g_column_width * std::clamp(fraction, 0.0f, 1.0f);
  if (w >= 1.0f) dl->AddRectFilled(at, ImVec2(at.x + std::max(w, height), at.y + height), palette::rgb(colour), rounding);
}

void countdown_meter(double fraction_left, float height) {
  const unsigned colour = fraction_left > 0.5 ? palette::kTeal : fraction_left > 0.2 ? palette::kAmber : palette::kCoral;
  meter(static_cast<float>(fraction_left), colour, height);
}

void begin_verdict_panel(bool right) {
  using namespace palette;
  begin_panel(right ? kGoodFill : kBadFill, right ? kGoodLine : kBadLine);
}

void centred_text(const char* text) {
  const float w = ImGui::CalcTextSize(text).x;
  ImGui::SetCursorPosX(g_column_left + std::max(0.0f, (g_column_width - w) * 0.5f));
  ImGui::TextUnformatted(text);
}

int progress_dots(int count, int current, int furthest) {
  constexpr float kRadius = 7.0f, kStep = 26.0f;
  int clicked = -1;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int i = 0; i < count; ++i) {
    if (i > 0) ImGui::SameLine(0, 0);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushID(i);
    // Dots are mouse and touch shortcuts only; Back/Next serve the keyboard.
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    if (ImGui::InvisibleButton("dot", ImVec2(kStep, kStep)) && i <= furthest) clicked = i;
    ImGui::PopItemFlag();
    ImGui::PopID();
    const ImVec2 centre(at.x + kStep * 0.5f, at.y + kStep * 0.5f);
    using namespace palette;
    if (i <= furthest) {
      dl->AddCircleFilled(centre, kRadius - (i == current ? 0.0f : 1.5f), rgb(i == current ? kTeal : 0x8FBDB7));
    } else {
      dl->AddCircle(centre, kRadius - 1.5f, rgb(0xB5AB9C), 0, 2.0f);
    }
    if (i == current) dl->AddCircle(centre, kRadius + 4.0f, rgb(kTeal), 0, 2.0f);
  }
  return clicked;
}

void kicker_text(const Fonts& fonts, const char* text, unsigned colour) {
  ImGui::PushFont(fonts.bold);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(colour));
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void focus_item_once(unsigned long long moment) {
  static unsigned long long last = ~0ull;
  if (moment == last) return;
  last = moment;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  // On a screen's first frame ImGui's own focus initialisation runs after
  // this and would pick the first item: make this item its choice as well.
  ImGui::SetItemDefaultFocus();
  ImGui::SetFocusID(g.LastItemData.ID, g.CurrentWindow);
  ImGui::ScrollToBringRectIntoView(g.CurrentWindow, g.LastItemData.Rect);
}

const std::string& focused_item_label() { return g_focused_label; }
void reset_focused_item_label() { g_focused_label.clear(); }

}  // namespace warmline::ui
