// LD_PRELOAD shim for the native frame-time figure: it times every frame of an
// SDL + OpenGL app without touching the app. A frame starts at the first
// SDL_GetWindowSize call after the previous buffer swap (Warmline's
// Runner::draw and ImGui's ImGui_ImplSDL2_NewFrame both begin with one) and
// ends when SDL_GL_SwapWindow is entered, so the swap itself (the X server's
// copy) and the sleep between frames are left out. One line per frame,
// "<end time s> <frame ms>", is written to $WARMLINE_FRAME_LOG at exit.
// build: cc -O2 -shared -fPIC frame_timer.c -o frame_timer.so -ldl
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct SDL_Window SDL_Window;

enum { kMaxFrames = 1 << 20 };
static double starts_[kMaxFrames], ends_[kMaxFrames];
static long count_;
static double frame_start_ = -1;

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

void SDL_GetWindowSize(SDL_Window* w, int* x, int* y) {
  static void (*real)(SDL_Window*, int*, int*);
  if (frame_start_ < 0) frame_start_ = now_s();
  if (!real) real = (void (*)(SDL_Window*, int*, int*))dlsym(RTLD_NEXT, "SDL_GetWindowSize");
  real(w, x, y);
}

void SDL_GL_SwapWindow(SDL_Window* w) {
  static void (*real)(SDL_Window*);
  const double end = now_s();
  if (frame_start_ >= 0 && count_ < kMaxFrames) {
    starts_[count_] = frame_start_;
    ends_[count_++] = end;
  }
  if (!real) real = (void (*)(SDL_Window*))dlsym(RTLD_NEXT, "SDL_GL_SwapWindow");
  real(w);
  frame_start_ = -1;
}

__attribute__((destructor)) static void write_log(void) {
  const char* path = getenv("WARMLINE_FRAME_LOG");
  FILE* f = path && count_ > 0 ? fopen(path, "w") : NULL;
  if (!f) return;
  for (long i = 0; i < count_; ++i) fprintf(f, "%.6f %.4f\n", ends_[i], (ends_[i] - starts_[i]) * 1000.0);
  fclose(f);
}
