#pragma once
#include <SDL.h>

#include <functional>
#include <string>
#include <vector>

#include "platform/gl_window.h"
#include "ui/app.h"

namespace warmline::platform {

// One turn of the main loop, the same for both targets: take events, let
// the scheduler decide, draw only if something changed or animates.
class Runner {
 public:
  Runner(ui::App& app, GlWindow& window);

  // may_block: natively, sleep in SDL_WaitEventTimeout until an event or a
  // scheduled frame; on the web, return at once to the browser.
  // False once the app should exit.
  bool step(bool may_block);

  // Bakes the first screen's fonts for the window's pixel density, before
  // the GL context exists (GlWindow::open); the first frame then only
  // uploads them.
  void bake_first_fonts();

  // Called at the start of every turn (natively, the input script player).
  std::function<void(Runner&)> before_turn;
  // Run once, in the turn after the first frame is drawn: work the first
  // screen does not need waits until the learner sees something.
  std::function<void()> after_first_frame;
  // Read before each frame; gets the monotonic time of that frame.
  std::function<ui::WallClock(double)> wall_clock;
  void request_quit() { running_ = false; }
  // The page is going away (web pagehide): the app reports what it can.
  void page_closing();
  // Writes the next drawn frame (or the one being drawn) to `png_path`, then
  // calls `done` with it if the file was written.
  void capture_next_frame(std::string png_path, std::function<void(const std::string&)> done = nullptr);
  bool capture_pending() const { return !capture_path_.empty(); }
  std::function<void(const std::string&)> on_error;  // where a failed capture is reported
  bool accept_drops = true;                          // files dropped on the window: packs and profiles
  // Kiosk: closing the window (Alt+F4, a window manager's button) does
  // nothing; the admin screen's Quit and SIGTERM/SIGINT (systemctl stop)
  // still end the app.
  bool ignore_window_close = false;

  ui::App& app() { return app_; }
  GlWindow& window() { return window_; }
  double now() const;
  // Moves the clock `seconds` ahead for good: scripted tests stand in for a
  // long wait (or a long stall) this way.
  void advance_clock(double seconds) { clock_skip_ += seconds; }

 private:
  void handle(const SDL_Event& e);
  bool defer_early_release(const SDL_Event& e);
  void draw(double now);
  // The app's work between frames; the seconds until it wants another turn.
  double background(double now);

  ui::App& app_;
  GlWindow& window_;
  bool running_ = true;
  bool close_requested_ = false;  // a window close, whose SDL_QUIT follows
  float fonts_dpi_ = 0.0f;
  std::string capture_path_;
  std::function<void(const std::string&)> capture_done_;
  // ImGui 1.86 samples keys once a frame: a press and release in one batch
  // would vanish, so such a release waits for the frame after the press.
  std::vector<bool> pressed_unseen_ = std::vector<bool>(SDL_NUM_SCANCODES, false);
  std::vector<SDL_Event> deferred_releases_;
  Uint64 clock_start_ = 0;
  double clock_skip_ = 0.0;
};

}  // namespace warmline::platform
