#pragma once
// The one place that picks the GL header per target.
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
// OpenGL 3.2 functions linked straight from libGL, no loader.
#define GL_GLEXT_PROTOTYPES 1
#include <SDL_opengl.h>
#endif
