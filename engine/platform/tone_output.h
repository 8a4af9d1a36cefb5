#pragma once

// What TonePlayer does differently in the browser and natively: the pair
// tone_output_native.cpp / tone_output_web.cpp.
namespace warmline::platform::tone_output {

// Around SDL's audio start-up. Natively, libasound prints its own lines to
// stderr when there is no sound card (under Xvfb, in CI); they are hushed
// so a failed start says one line, ours.
void begin_open();
void end_open();

// Makes an open output audible before a cue is queued (web: resumes the
// AudioContext a browser may hold suspended).
void wake();

// Lets an open output rest once the cues have stopped. True when it can
// stay open at no cost (web: the AudioContext is suspended); false when the
// caller must close the device instead (natively).
bool park();

}  // namespace warmline::platform::tone_output
