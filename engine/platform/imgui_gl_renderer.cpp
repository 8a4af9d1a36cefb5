#include "platform/imgui_gl_renderer.h"

#include <cstddef>
#include <cstdint>
#include <string>

#include "platform/gl.h"

namespace warmline::platform {
namespace {

// Attribute locations are bound before linking, so nothing is looked up.
enum Attribute : GLuint { kPosition = 0, kUv = 1, kColor = 2, kTransform = 3 };

// Transform maps ImGui's pixels to clip space: xy scale, zw offset. It is a
// vertex attribute with no array behind it, so every vertex reads the
// constant glVertexAttrib4f set.
constexpr const char* kVertexShader = R"(
in vec2 Position;
in vec2 UV;
in vec4 Color;
in vec4 Transform;
out vec2 Frag_UV;
out vec4 Frag_Color;
void main() {
  Frag_UV = UV;
  Frag_Color = Color;
  gl_Position = vec4(Position * Transform.xy + Transform.zw, 0.0, 1.0);
})";

// The atlas is coverage only (one byte a texel): ImGui's RGBA form of it is
// white everywhere, so the vertex colour times the coverage is the same.
// The sampler is never set: it reads texture unit 0, its default.
constexpr const char* kFragmentShader = R"(
precision mediump float;
uniform sampler2D Texture;
in vec2 Frag_UV;
in vec4 Frag_Color;
out vec4 Out_Color;
void main() {
  Out_Color = vec4(Frag_Color.rgb, Frag_Color.a * texture(Texture, Frag_UV).r);
})";

GLuint compile(GLenum type, const char* version, const char* body) {
  const GLuint shader = glCreateShader(type);
  const char* parts[] = {version, body};
  glShaderSource(shader, 2, parts, nullptr);
  glCompileShader(shader);
  return shader;
}

// The driver's log of a shader or program (glGetShaderiv/InfoLog or the Program pair).
template <typename GetParameter, typename GetLog>
std::string info_log(GLuint object, GetParameter get_parameter, GetLog get_log) {
  GLint length = 0;
  get_parameter(object, GL_INFO_LOG_LENGTH, &length);
  if (length <= 0) return {};
  std::string log(static_cast<std::size_t>(length), '\0');
  get_log(object, length, nullptr, log.data());
  return log.c_str();  // without the terminating zero the driver wrote
}

constexpr GLenum kIndexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;

}  // namespace

void ImGuiGlRenderer::create(const char* glsl_version) {
  const std::string version = std::string(glsl_version) + "\n";
  vertex_shader_ = compile(GL_VERTEX_SHADER, version.c_str(), kVertexShader);
  fragment_shader_ = compile(GL_FRAGMENT_SHADER, version.c_str(), kFragmentShader);
  program_ = glCreateProgram();
  glAttachShader(program_, vertex_shader_);
  glAttachShader(program_, fragment_shader_);
  glBindAttribLocation(program_, kPosition, "Position");
  glBindAttribLocation(program_, kUv, "UV");
  glBindAttribLocation(program_, kColor, "Color");
  glBindAttribLocation(program_, kTransform, "Transform");
  glLinkProgram(program_);

  glGenVertexArrays(1, &vertex_array_);
  glGenBuffers(1, &vertex_buffer_);
  glGenBuffers(1, &index_buffer_);
  glBindVertexArray(vertex_array_);
  glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
  const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
  glEnableVertexAttribArray(kPosition);
  glEnableVertexAttribArray(kUv);
  glEnableVertexAttribArray(kColor);
  glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<const void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<const void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(kColor, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                        reinterpret_cast<const void*>(offsetof(ImDrawVert, col)));

  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "warmline_gl";
#ifndef __EMSCRIPTEN__
  // OpenGL 3.2 draws with a base vertex, so one draw list may pass 64K vertices.
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
#endif
}

void ImGuiGlRenderer::destroy() {
  if (font_texture_) glDeleteTextures(1, &font_texture_);
  if (vertex_buffer_) glDeleteBuffers(1, &vertex_buffer_);
  if (index_buffer_) glDeleteBuffers(1, &index_buffer_);
  if (vertex_array_) glDeleteVertexArrays(1, &vertex_array_);
  if (program_) glDeleteProgram(program_);
  if (vertex_shader_) glDeleteShader(vertex_shader_);
  if (fragment_shader_) glDeleteShader(fragment_shader_);
  font_texture_ = vertex_buffer_ = index_buffer_ = vertex_array_ = program_ = vertex_shader_ =
      fragment_shader_ = 0;
}

void ImGuiGlRenderer::upload_fonts(ImFontAtlas& atlas) {
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
  if (font_texture_) glDeleteTextures(1, &font_texture_);
  glGenTextures(1, &font_texture_);
  glBindTexture(GL_TEXTURE_2D, font_texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(font_texture_)));
}

void ImGuiGlRenderer::set_render_state(const ImDrawData& draw_data, int fb_width, int fb_height) const {
  glViewport(0, 0, fb_width, fb_height);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(program_);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(vertex_array_);
  glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
  const float left = draw_data.DisplayPos.x, right = left + draw_data.DisplaySize.x;
  const float top = draw_data.DisplayPos.y, bottom = top + draw_data.DisplaySize.y;
  glVertexAttrib4f(kTransform, 2.0f / (right - left), 2.0f / (top - bottom), (right + left) / (left - right),
                   (top + bottom) / (bottom - top));
}

void ImGuiGlRenderer::render(const ImDrawData& draw_data) {
  const int fb_width = static_cast<int>(draw_data.DisplaySize.x * draw_data.FramebufferScale.x);
  const int fb_height = static_cast<int>(draw_data.DisplaySize.y * draw_data.FramebufferScale.y);
  if (fb_width <= 0 || fb_height <= 0 || !program_) return;
  set_render_state(draw_data, fb_width, fb_height);

  const ImVec2 origin = draw_data.DisplayPos;
  const ImVec2 scale = draw_data.FramebufferScale;
  for (int n = 0; n < draw_data.CmdListsCount; ++n) {
    const ImDrawList& list = *draw_data.CmdLists[n];
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.VtxBuffer.Size) * sizeof(ImDrawVert),
                 list.VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.IdxBuffer.Size) * sizeof(ImDrawIdx),
                 list.IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
        set_render_state(draw_data, fb_width, fb_height);
        continue;
      }
      if (cmd.UserCallback) {
        cmd.UserCallback(&list, &cmd);
        continue;
      }
      const float x0 = (cmd.ClipRect.x - origin.x) * scale.x, y0 = (cmd.ClipRect.y - origin.y) * scale.y;
      const float x1 = (cmd.ClipRect.z - origin.x) * scale.x, y1 = (cmd.ClipRect.w - origin.y) * scale.y;
      if (x1 <= x0 || y1 <= y0) continue;
      glScissor(static_cast<GLint>(x0), static_cast<GLint>(fb_height - y1), static_cast<GLsizei>(x1 - x0),
                static_cast<GLsizei>(y1 - y0));
      glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.GetTexID())));
      const void* first =
          reinterpret_cast<const void*>(static_cast<std::uintptr_t>(cmd.IdxOffset) * sizeof(ImDrawIdx));
#ifdef __EMSCRIPTEN__
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), kIndexType, first);
#else
      glDrawElementsBaseVertex(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), kIndexType, first,
                               static_cast<GLint>(cmd.VtxOffset));
#endif
    }
  }
}

const std::string& ImGuiGlRenderer::problem() {
  if (checked_ || !program_) return problem_;
  checked_ = true;
  GLint linked = GL_FALSE;
  glGetProgramiv(program_, GL_LINK_STATUS, &linked);
  if (linked != GL_TRUE) {
    problem_.clear();
    for (const GLuint shader : {vertex_shader_, fragment_shader_}) {
      GLint compiled = GL_FALSE;
      glGetShaderiv(shader, GL_COMPILE_STATUS, &compiled);
      if (compiled != GL_TRUE)
        problem_ += (shader == vertex_shader_ ? "Vertex shader: " : "Fragment shader: ") +
                    info_log(shader, glGetShaderiv, glGetShaderInfoLog) + "; ";
    }
    const std::string log = info_log(program_, glGetProgramiv, glGetProgramInfoLog);
    problem_ += "Program: " + (log.empty() ? std::string("the driver gave no reason") : log);
  }
  // A linked program keeps working without its shaders.
  glDetachShader(program_, vertex_shader_);
  glDetachShader(program_, fragment_shader_);
  glDeleteShader(vertex_shader_);
  glDeleteShader(fragment_shader_);
  vertex_shader_ = fragment_shader_ = 0;
  return problem_;
}

}  // namespace warmline::platform
