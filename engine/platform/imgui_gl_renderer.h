#pragma once
// Draws ImGui's draw data with OpenGL 3.2 core (native) or WebGL 2.
// ImGui's own OpenGL3 backend reads back about twenty GL states every frame
// to restore them afterwards, and checks its shaders as soon as they are
// linked. In WebGL each of those reads is a round trip to the GPU process,
// and in the first frame it waits there for the context, the shader compile
// and the font upload. We own all GL state, so this renderer sets what it
// needs and reads nothing back: the projection goes in as a constant vertex
// attribute and the sampler keeps its default unit, so the program needs no
// uniform lookups. The link status is checked after the first frame.
#include <imgui.h>

#include <string>

namespace warmline::platform {

class ImGuiGlRenderer {
 public:
  ImGuiGlRenderer() = default;
  ImGuiGlRenderer(const ImGuiGlRenderer&) = delete;
  ImGuiGlRenderer& operator=(const ImGuiGlRenderer&) = delete;

  // Compiles the program and makes the buffers, without waiting for the
  // driver. `glsl_version` is the shaders' first line.
  void create(const char* glsl_version);
  // Frees the GL objects; the context must still be current.
  void destroy();
  // Uploads the atlas (one byte a texel), replacing the previous texture.
  void upload_fonts(ImFontAtlas& atlas);
  bool has_fonts() const { return font_texture_ != 0; }
  // Leaves blending and scissoring on and the program bound; the caller
  // turns the scissor off before it clears.
  void render(const ImDrawData& draw_data);
  // Empty, or why the program did not compile or link (with the driver's log).
  // The first call asks the driver, which may wait for it; later calls do not.
  const std::string& problem();

 private:
  void set_render_state(const ImDrawData& draw_data, int fb_width, int fb_height) const;

  unsigned program_ = 0;
  unsigned vertex_shader_ = 0;
  unsigned fragment_shader_ = 0;
  unsigned vertex_array_ = 0;
  unsigned vertex_buffer_ = 0;
  unsigned index_buffer_ = 0;
  unsigned font_texture_ = 0;
  bool checked_ = false;
  std::string problem_;
};

}  // namespace warmline::platform
