#pragma once
#include <cstdint>
#include <vector>

// Where TonePlayer's cues go, the pair tone_output_native.cpp (SDL audio)
// and tone_output_web.cpp (Web Audio, straight from JS: the page then links
// no SDL audio at all). TonePlayer keeps the timing (when to open, when to
// rest) on both.
namespace warmline::platform::tone_output {

// Opens the output: a device handle (never 0) and its sample rate, which the
// cues are rendered at. 0 where there is no sound, after saying why once on
// stderr.
std::uint32_t open(int& sample_rate);

// Lets the output go entirely.
void close(std::uint32_t device);

// Makes an open output audible before a cue is played (web: resumes the
// AudioContext a browser may hold suspended).
void wake(std::uint32_t device);

// Plays `samples` (mono, at the output's rate), cutting off whatever is left
// of the previous cue. An empty cue just silences the output.
void play(std::uint32_t device, const std::vector<float>& samples);

// True while a cue is still sounding.
bool busy(std::uint32_t device);

// Lets an open output rest once the cues have stopped. True when it can
// stay open at no cost (web: the AudioContext is suspended); false when the
// caller must close the device instead (natively).
bool park(std::uint32_t device);

}  // namespace warmline::platform::tone_output
