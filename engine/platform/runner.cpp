#include "platform/runner.h"

#include <imgui.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <cmath>

#include "platform/file_exchange.h"
#include "platform/framebuffer_png.h"
#include "ui/keyboard_nav.h"

namespace warmline::platform {

Runner::Runner(ui::App& app, GlWindow& window)
    : app_(app), window_(window), clock_start_(SDL_GetPerformanceCounter()) {}

double Runner::now() const {
  return clock_skip_ + static_cast<double>(SDL_GetPerformanceCounter() - clock_start_) /
                           static_cast<double>(SDL_GetPerformanceFrequency());
}

void Runner::capture_next_frame(std::string png_path, std::function<void(const std::string&)> done) {
  capture_path_ = std::move(png_path);
  capture_done_ = std::move(done);
  app_.scheduler().wake(1);
}

bool Runner::step(bool may_block) {
  FrameScheduler& scheduler = app_.scheduler();
  if (before_turn) before_turn(*this);
  if (!running_) return false;
  if (after_first_frame && scheduler.frames_drawn() > 0) {
    const std::function<void()> job = std::move(after_first_frame);
    after_first_frame = nullptr;
    job();
  }

  const double background_wait = background(now());
  SDL_Event e;
  if (!deferred_releases_.empty()) {
    std::vector<SDL_Event> releases;
    releases.swap(deferred_releases_);
    for (const SDL_Event& r : releases) handle(r);
  }
  if (may_block) {
    double timeout = scheduler.idle_timeout(now());
    if (background_wait >= 0.0 && (timeout < 0.0 || background_wait < timeout)) timeout = background_wait;
    if (timeout != 0.0) {
      const int ms = timeout < 0 ? -1 : static_cast<int>(std::ceil(timeout * 1000.0));
      if (SDL_WaitEventTimeout(&e, ms)) handle(e);
    }
  }
  while (SDL_PollEvent(&e)) handle(e);
  close_requested_ = false;  // its SDL_QUIT comes in the same batch, or not at all

  const double t = now();
  if (running_ && scheduler.should_draw(t)) draw(t);
  return running_ && !app_.quit_requested();
}

double Runner::background(double t) {
  if (!app_.has_background_work()) return -1.0;
  if (wall_clock) app_.set_wall_clock(wall_clock(t));
  return app_.background(t);
}

void Runner::page_closing() {
  if (wall_clock) app_.set_wall_clock(wall_clock(now()));
  app_.page_closing();
}

bool Runner::defer_early_release(const SDL_Event& e) {
  const auto code = static_cast<std::size_t>(e.key.keysym.scancode);
  if (code >= pressed_unseen_.size()) return false;
  if (e.type == SDL_KEYDOWN) {
    pressed_unseen_[code] = true;
    return false;
  }
  if (!pressed_unseen_[code]) return false;
  deferred_releases_.push_back(e);
  return true;
}

void Runner::handle(const SDL_Event& e) {
  if ((e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) && defer_early_release(e)) {
    app_.scheduler().wake();
    return;
  }
  ImGui_ImplSDL2_ProcessEvent(&e);
  FrameScheduler& scheduler = app_.scheduler();
  switch (e.type) {
    case SDL_QUIT:
      // SDL reports both a closed last window and SIGTERM/SIGINT as
      // SDL_QUIT; only the first comes right after a close event.
      if (!(ignore_window_close && close_requested_)) running_ = false;
      close_requested_ = false;
      break;
    case SDL_WINDOWEVENT:
      if (e.window.event == SDL_WINDOWEVENT_CLOSE) close_requested_ = true;
      if (e.window.event == SDL_WINDOWEVENT_FOCUS_LOST) app_.set_focused(false);
      if (e.window.event == SDL_WINDOWEVENT_FOCUS_GAINED) app_.set_focused(true);
      scheduler.wake();
      break;
    case SDL_DROPFILE:
      // A progress file dropped on the kiosk window (from a USB stick, say).
      if (e.drop.file) {
        const std::string path = e.drop.file;
        SDL_free(e.drop.file);
        const bool pack = path.size() > 7 && path.compare(path.size() - 7, 7, ".wlpack") == 0;
        if (!accept_drops) {
          // ignored: a kiosk installs signed packs from its inbox only
        } else if (pack) {
          install_pack_file(app_, path, path.substr(path.find_last_of('/') + 1));
        } else {
          import_profile_file(app_, path);
        }
      }
      scheduler.wake();
      break;
    case SDL_KEYDOWN:
    case SDL_KEYUP:
    case SDL_TEXTINPUT:
    case SDL_MOUSEMOTION:
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEWHEEL:
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION:
      app_.note_input(now());
      scheduler.wake();
      break;
    default:
      break;  // joystick, audio and sensor noise must not wake a sleeping kiosk
  }
}

void Runner::bake_first_fonts() {
  fonts_dpi_ = window_.dpi_scale();
  app_.rebuild_fonts(fonts_dpi_, ui::FontSet::FirstScreen);
  ImGui::GetIO().Fonts->Build();
}

void Runner::draw(double t) {
  const float dpi = window_.dpi_scale();
  const bool first = app_.scheduler().frames_drawn() == 0;
  if (dpi != fonts_dpi_ || (!first && !app_.fonts_complete())) {
    app_.rebuild_fonts(dpi, first ? ui::FontSet::FirstScreen : ui::FontSet::Complete);
    window_.reupload_fonts();
    fonts_dpi_ = dpi;
  }
  app_.set_window(window_.width(), window_.height(), dpi);
  if (wall_clock) app_.set_wall_clock(wall_clock(t));

  window_.begin_frame();
  ui::map_keyboard_conventions(ImGui::GetIO());
  ImGui::NewFrame();
  app_.frame(t);
  window_.render();
  if (!capture_path_.empty()) {
    std::string error;
    if (write_framebuffer_png(capture_path_, window_.drawable_width(), window_.drawable_height(), error)) {
      if (capture_done_) capture_done_(capture_path_);
    } else if (on_error) {
      on_error(error);
    }
    capture_path_.clear();
    capture_done_ = nullptr;
  }
  window_.present();
  app_.scheduler().frame_drawn(t);
  std::fill(pressed_unseen_.begin(), pressed_unseen_.end(), false);
}

}  // namespace warmline::platform
