// SDL's Emscripten video driver looks GL functions up by name through
// eglGetProcAddress. Emscripten's own answers from a table of every WebGL
// entry point, and that table keeps all of them (their JS glue and wasm
// stubs) in the download, though the page calls only the few dozen ImGui's
// renderer links directly. This one knows just the names SDL asks for
// (SDL_GL_ExtensionSupported, SDL_GL_GetAttribute) and answers null for the
// rest, which SDL treats as "not available".
#include <GLES3/gl3.h>

#include <cstring>

extern "C" void* eglGetProcAddress(const char* name) {
  struct Entry {
    const char* name;
    void* function;
  };
  static const Entry kKnown[] = {
      {"glGetString", reinterpret_cast<void*>(&glGetString)},
      {"glGetStringi", reinterpret_cast<void*>(&glGetStringi)},
      {"glGetIntegerv", reinterpret_cast<void*>(&glGetIntegerv)},
      {"glGetError", reinterpret_cast<void*>(&glGetError)},
      {"glBindFramebuffer", reinterpret_cast<void*>(&glBindFramebuffer)},
      {"glGetFramebufferAttachmentParameteriv", reinterpret_cast<void*>(&glGetFramebufferAttachmentParameteriv)},
  };
  if (!name) return nullptr;
  for (const Entry& e : kKnown)
    if (std::strcmp(e.name, name) == 0) return e.function;
  return nullptr;
}
