#include "ui/app.h"

#include <imgui.h>

#include <utility>

#include "ui/theme.h"
#include "ui/widgets.h"

namespace warmline::ui {

App::App(AppOptions options) : options_(std::move(options)) {
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.IniFilename = nullptr;  // screens are laid out by code; nothing to remember
  io.LogFilename = nullptr;
  apply_theme(ImGui::GetStyle());
}

void App::rebuild_fonts(float dpi_scale) {
  ImGuiIO& io = ImGui::GetIO();
  font_error_.clear();
  fonts_ = load_fonts(*io.Fonts, options_.asset_dir + "/fonts", dpi_scale, font_error_);
  io.FontDefault = fonts_.body;
  io.FontGlobalScale = 1.0f / dpi_scale;
  scheduler_.wake();
}

void App::set_window(int width, int height, float dpi_scale) {
  window_width_ = width;
  window_height_ = height;
  dpi_scale_ = dpi_scale;
}

void App::set_focused(bool focused) {
  focused_ = focused;
  scheduler_.wake();
}

void App::frame(double /*now*/) {
  reset_focused_item_label();
  const Screen before = nav_.current();
  draw_current_screen();
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) && !ImGui::GetIO().WantTextInput) nav_.back();
  // A new screen lays itself out over a couple of frames.
  if (nav_.current() != before) scheduler_.wake();
}

void App::draw_current_screen() {
  switch (nav_.current()) {
    case Screen::Welcome: draw_welcome(); break;
    case Screen::Help: draw_help(); break;
    case Screen::About: draw_about(); break;
  }
}

void App::draw_welcome() {
  begin_screen("##welcome");
  title_text(fonts_, "Warmline");
  ImGui::PushFont(fonts_.heading);
  muted_text("Customer-service skills, one short lesson at a time");
  ImGui::PopFont();
  vertical_space(12);
  body_text("Every customer you help is someone’s whole day. Warmline trains you for those moments — "
            "the angry caller, the confused shopper, the “I’ve already explained this twice” chat.");
  vertical_space(4);
  bullet_text("Short lessons you can finish on a break");
  bullet_text("Timed quizzes built on real situations");
  bullet_text("Breathing and rephrasing games for calm, positive replies");
  vertical_space(16);
  if (!font_error_.empty()) muted_text(font_error_.c_str());
  if (primary_button("How Warmline works")) nav_.open(Screen::Help);
  ImGui::SetItemDefaultFocus();
  if (secondary_button("About Warmline")) nav_.open(Screen::About);
  if (options_.can_quit && secondary_button("Quit")) quit_requested_ = true;
  end_screen();
}

void App::draw_help() {
  begin_screen("##help");
  heading_text(fonts_, "How Warmline works");
  body_text("Use whatever is in front of you: a mouse, a touch screen or just the keyboard.");
  vertical_space(8);
  ImGui::PushFont(fonts_.bold);
  body_text("Keyboard");
  ImGui::PopFont();
  bullet_text("Tab and Shift+Tab, or the arrow keys, move between buttons.");
  bullet_text("Enter or Space presses the highlighted button.");
  bullet_text("Esc takes you back one screen.");
  vertical_space(8);
  ImGui::PushFont(fonts_.bold);
  body_text("Touch and mouse");
  ImGui::PopFont();
  bullet_text("Tap or click any button; every one is big enough for a thumb.");
  vertical_space(16);
  if (primary_button("Back")) nav_.back();
  ImGui::SetItemDefaultFocus();
  end_screen();
}

void App::draw_about() {
  begin_screen("##about");
  heading_text(fonts_, "About Warmline");
  body_text("Warmline is a course engine for customer-service onboarding. Trainers write lessons and "
            "quizzes as plain text; new hires work through them here, in a browser or on a break-room kiosk.");
  vertical_space(8);
  ImGui::Text("Version %s · %s build", WARMLINE_VERSION, options_.target.c_str());
  if (!options_.renderer.empty()) muted_text(("Graphics: " + options_.renderer).c_str());
  vertical_space(8);
  muted_text("Built with Dear ImGui, SDL2 and cereal. Text is set in DejaVu Sans.");
  vertical_space(16);
  if (primary_button("Back")) nav_.back();
  ImGui::SetItemDefaultFocus();
  end_screen();
}

AppSnapshot App::snapshot() const {
  AppSnapshot s;
  s.screen = std::string(screen_name(nav_.current()));
  s.target = options_.target;
  s.version = WARMLINE_VERSION;
  s.focused = focused_;
  s.frames_drawn = scheduler_.frames_drawn();
  s.window_width = window_width_;
  s.window_height = window_height_;
  s.dpi_scale = dpi_scale_;
  s.focused_item = focused_item_label();
  return s;
}

}  // namespace warmline::ui
