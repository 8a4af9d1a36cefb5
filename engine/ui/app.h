#pragma once
#include <string>

#include "core/app_snapshot.h"
#include "core/frame_scheduler.h"
#include "core/navigator.h"
#include "ui/fonts.h"

namespace warmline::ui {

struct AppOptions {
  std::string asset_dir = "assets";
  std::string target = "native";  // "web" or "native", shown on About and in the snapshot
  std::string renderer;           // the GL version string, for About
  bool can_quit = true;           // a browser tab has no Quit; a kiosk gets it from its admin screen
};

// The whole application as ImGui sees it: screens over the core's state.
// It never touches SDL, GL or a clock; the platform layer drives it with
// `frame(now)` between ImGui::NewFrame and ImGui::Render.
class App {
 public:
  explicit App(AppOptions options);

  // Fonts are baked for the display's pixel density; call at start and
  // whenever it changes (the platform re-uploads the atlas texture).
  void rebuild_fonts(float dpi_scale);
  void frame(double now);

  void set_window(int width, int height, float dpi_scale);
  void set_focused(bool focused);
  bool quit_requested() const { return quit_requested_; }

  FrameScheduler& scheduler() { return scheduler_; }
  AppSnapshot snapshot() const;

 private:
  void draw_current_screen();
  void draw_welcome();
  void draw_help();
  void draw_about();

  AppOptions options_;
  Fonts fonts_;
  std::string font_error_;
  Navigator nav_;
  FrameScheduler scheduler_;
  bool focused_ = true;
  bool quit_requested_ = false;
  int window_width_ = 0, window_height_ = 0;
  float dpi_scale_ = 1.0f;
};

}  // namespace warmline::ui
