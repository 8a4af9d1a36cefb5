#include "platform/gl_window.h"

#include <imgui.h>
#include <imgui_impl_sdl.h>

#include "platform/gl.h"
#include "platform/main_loop.h"

namespace warmline::platform {

GlWindow::~GlWindow() {
  if (imgui_ready_) ImGui_ImplSDL2_Shutdown();
  if (gl_) {
    imgui_renderer_.destroy();
    SDL_GL_DeleteContext(gl_);
  }
  if (window_) SDL_DestroyWindow(window_);
}

bool GlWindow::open(const WindowOptions& options, std::string& error) {
#ifdef __EMSCRIPTEN__
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  const char* glsl = "#version 300 es";
#else
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
  const char* glsl = "#version 150";
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (options.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  window_ = SDL_CreateWindow(options.title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width,
                             options.height, flags);
  if (!window_) {
    error = std::string("Could not open a window: ") + SDL_GetError();
    return false;
  }
  SDL_SetWindowMinimumSize(window_, 320, 400);
  glsl_ = glsl;
  return true;
}

bool GlWindow::start_gl(std::string& error) {
  gl_ = SDL_GL_CreateContext(window_);
  if (!gl_) {
#ifdef __EMSCRIPTEN__
    error = std::string("This browser could not start WebGL 2: ") + SDL_GetError();
#else
    error = std::string("Could not start OpenGL 3.2: ") + SDL_GetError();
#endif
    return false;
  }
  SDL_GL_MakeCurrent(window_, gl_);
  SDL_GL_SetSwapInterval(1);
  if (const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION))) renderer_ = version;

  if (!ImGui_ImplSDL2_InitForOpenGL(window_, gl_)) {
    error = "Could not start the user interface's input";
    return false;
  }
  imgui_ready_ = true;
  // The driver compiles while the app starts.
  imgui_renderer_.create(glsl_);
  return true;
}

void GlWindow::begin_frame() {
  if (!imgui_renderer_.has_fonts()) imgui_renderer_.upload_fonts(*ImGui::GetIO().Fonts);
  if (frames_presented_ == 1) {
    // Asked only now: in the first frame the answer would wait for the driver.
    // Nothing can be drawn: the page shows its error card instead of a
    // blank canvas (a kiosk logs it).
    if (const std::string& problem = imgui_renderer_.problem(); !problem.empty()) {
#ifdef __EMSCRIPTEN__
      const std::string api = "WebGL 2";
#else
      const std::string api = "OpenGL 3.2";
#endif
      report_fatal((api + " could not build the screen's shaders. " + problem).c_str());
    }
  }
  ImGui_ImplSDL2_NewFrame();
}

void GlWindow::render() {
  ImGui::Render();
  int w = 0, h = 0;
  SDL_GL_GetDrawableSize(window_, &w, &h);
  glViewport(0, 0, w, h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glDisable(GL_SCISSOR_TEST);  // the renderer leaves it on
  glClear(GL_COLOR_BUFFER_BIT);
  imgui_renderer_.render(*ImGui::GetDrawData());
}

void GlWindow::present() {
  SDL_GL_SwapWindow(window_);
  ++frames_presented_;
}

int GlWindow::drawable_width() const {
  int w = 0;
  SDL_GL_GetDrawableSize(window_, &w, nullptr);
  return w;
}

int GlWindow::drawable_height() const {
  int h = 0;
  SDL_GL_GetDrawableSize(window_, nullptr, &h);
  return h;
}

void GlWindow::reupload_fonts() { imgui_renderer_.upload_fonts(*ImGui::GetIO().Fonts); }

int GlWindow::width() const {
  int w = 0;
  SDL_GetWindowSize(window_, &w, nullptr);
  return w;
}

int GlWindow::height() const {
  int h = 0;
  SDL_GetWindowSize(window_, nullptr, &h);
  return h;
}

float GlWindow::dpi_scale() const {
  int w = 0, dw = 0;
  SDL_GetWindowSize(window_, &w, nullptr);
  SDL_GL_GetDrawableSize(window_, &dw, nullptr);
  return w > 0 && dw > 0 ? static_cast<float>(dw) / static_cast<float>(w) : 1.0f;
}

}  // namespace warmline::platform
