#pragma once
#include <vector>

#include "core/course/course.h"

namespace warmline {

// One soft cue: a pitch that glides from start_hz to end_hz (equal for a
// steady note) under a fade in and a fade out. Volume is the peak, 0..1 of
// full scale.
struct ToneSpec {
  double start_hz;
  double end_hz;
  double seconds;
  double attack_seconds;
  double release_seconds;
  float volume;
};

// The cue for each phase of the breathing pacer: a rising glide to breathe
// in, a falling one to breathe out, a short quieter note to hold. Each lasts
// under a second, the shortest phase a pack may have, so one cue has faded
// out before the next replaces it.
ToneSpec tone_for_phase(BreathPhaseKind kind);

// Mono samples at `sample_rate`, round(seconds * sample_rate) of them, that
// start and end at exactly zero. Empty for a non-positive (or NaN) length or
// sample rate, an absurd rate, or a non-finite pitch; other odd values are
// clamped (pitch kept audible and below Nyquist, the length to a few seconds,
// volume to 0..1, fades to fit the tone and never too short to click).
std::vector<float> render_tone(const ToneSpec& spec, int sample_rate);

}  // namespace warmline
