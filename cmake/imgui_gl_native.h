/* Force-included into ImGui's OpenGL3 backend on native builds.
 * ImGui 1.86's bundled GL loader writes one pointer past its table (54 names
 * into ptr[53]; UBSan reports it), so natively the backend links GL 3.2
 * functions straight from libGL, which exports them on Linux (Mesa, NVIDIA). */
#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
