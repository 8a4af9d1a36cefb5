#pragma once
#include <SDL.h>

#include <cstdint>

#include "core/course/course.h"

namespace warmline::platform {

// Plays the breathing pacer's soft cues (core/games/tone_synth) through
// tone_output: SDL audio natively, Web Audio in the browser. Nothing about audio starts before the first cue: a kiosk that never
// plays one starts, and idles, exactly as one built without sound. Once no
// cue has come for longer than any breathing phase, the output is let go
// again (natively the device is closed and SDL's audio subsystem shut down;
// in the browser the AudioContext is suspended), so an idle app runs no
// audio work at all.
//
// Where audio cannot start (no sound device, as under Xvfb or in CI, or a
// browser without Web Audio) it says so once on stderr and stays silent for
// the rest of the session.
class TonePlayer {
 public:
  TonePlayer();
  ~TonePlayer();
  TonePlayer(const TonePlayer&) = delete;
  TonePlayer& operator=(const TonePlayer&) = delete;

  // Starts the cue for `kind`, cutting off any cue still playing (normally
  // none: each cue is shorter than the shortest phase).
  void play(BreathPhaseKind kind);

 private:
  static Uint32 SDLCALL on_idle_timer(Uint32 interval, void* param);
  bool open_output();
  void release_output();
  Uint32 check_idle();

  std::uintptr_t id_;
  std::uint32_t device_ = 0;  // tone_output's handle; 0 when closed
  int sample_rate_ = 0;
  bool failed_ = false;
  bool parked_ = false;  // open but resting (web: AudioContext suspended)
  SDL_TimerID idle_timer_ = 0;
  Uint64 quiet_after_ms_ = 0;
};

}  // namespace warmline::platform
