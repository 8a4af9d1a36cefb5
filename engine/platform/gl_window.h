#pragma once
// SDL2 window + GL context + ImGui's SDL backend and our ImGui renderer.
// Native: desktop OpenGL 3.2 core. Web: WebGL 2 (OpenGL ES 3.0).
// Implements: HiDPI (drawable size / window size, devicePixelRatio on the
// web), fullscreen, resize tracking, font atlas re-upload on DPI change.
#include <SDL.h>

#include <string>

#include "platform/imgui_gl_renderer.h"

namespace warmline::platform {

struct WindowOptions {
  const char* title = "Warmline";
  int width = 1280;
  int height = 800;
  bool fullscreen = false;
};

class GlWindow {
 public:
  GlWindow() = default;
  GlWindow(const GlWindow&) = delete;
  GlWindow& operator=(const GlWindow&) = delete;
  ~GlWindow();

  // Two steps, so that the app can bake its first fonts in between: in a
  // browser, making the context waits for the GPU process, which is busy
  // starting the page, and the time spent before it costs nothing (an 8 ms
  // busy loop before it moved the first frame by 1 ms, median of 24 loads).
  // Each is false with a readable `error`: no window, or no GL context.
  bool open(const WindowOptions& options, std::string& error);
  bool start_gl(std::string& error);

  void begin_frame();  // the SDL backend's NewFrame; then the caller runs ImGui::NewFrame
  void render();       // ImGui::Render and draw into the back buffer
  void present();      // swap: what was rendered appears
  int drawable_width() const;
  int drawable_height() const;
  // Bakes (if needed) and uploads the font atlas, replacing the last one.
  void reupload_fonts();

  int width() const;
  int height() const;
  float dpi_scale() const;
  std::string renderer() const { return renderer_; }
  SDL_Window* sdl() const { return window_; }

 private:
  SDL_Window* window_ = nullptr;
  SDL_GLContext gl_ = nullptr;
  bool imgui_ready_ = false;
  ImGuiGlRenderer imgui_renderer_;
  long frames_presented_ = 0;
  const char* glsl_ = "";  // the shaders' #version line for this context
  std::string renderer_;
};

}  // namespace warmline::platform
