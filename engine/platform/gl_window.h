#pragma once
// SDL2 window + GL context + ImGui's SDL and OpenGL3 backends.
// Native: desktop OpenGL 3.2 core. Web: WebGL 2 (OpenGL ES 3.0).
// Implements: HiDPI (drawable size / window size, devicePixelRatio on the
// web), fullscreen, resize tracking, font atlas re-upload on DPI change.
#include <SDL.h>

#include <string>

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

  // False with a readable `error` when no window or GL context can be had.
  bool open(const WindowOptions& options, std::string& error);

  void begin_frame();  // backends' NewFrame; then the caller runs ImGui::NewFrame
  void render();       // ImGui::Render and draw into the back buffer
  void present();      // swap: what was rendered appears
  int drawable_width() const;
  int drawable_height() const;
  // Uploads a rebuilt font atlas. Before the first frame there is nothing to
  // replace: the backend bakes and uploads the atlas when it creates its
  // device objects in that frame.
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
  bool device_objects_ = false;  // the backend made its shaders and font texture
  std::string renderer_;
};

}  // namespace warmline::platform
