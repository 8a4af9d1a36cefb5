#include <emscripten.h>

#include <cstdio>

#include "platform/tone_output.h"

// The cues are short and rendered whole (core/games/tone_synth), so each one
// is handed to Web Audio as one AudioBuffer, played by a buffer source node:
// no script of ours runs while it sounds (SDL's Web Audio backend fed a
// ScriptProcessor on the page's main thread instead), and the page links no
// SDL audio at all. State lives in Module["warmlineTone"]: the context, the cue
// sounding now, whether the learner's cues want the context running, and
// how many cues have been played. What the browser tests read is quoted, so
// the Closure compiler keeps those names (see web_shell/README.md).

// Browsers hold an AudioContext suspended until the page has had a user
// gesture. The context is made in the frame after the press on Start,
// outside that press's handler: Chrome and Firefox let a context run once
// the page has had any gesture, so resuming in wake() is enough there;
// Safari wants the resume inside a gesture handler, which the listeners
// added here provide on the learner's next press. `wanted` keeps those
// listeners from waking a context parked on purpose.
// Returns the context's sample rate, or 0 without Web Audio.
EM_JS(int, warmline_tone_open, (), {
  var Context = window["AudioContext"] || window["webkitAudioContext"];
  if (!Context) return 0;
  var ctx;
  try {
    ctx = new Context();
  } catch (e) {
    return 0;
  }
  var tone = {"context": ctx, cue: null, wanted: true, "played": 0};
  Module["warmlineTone"] = tone;
  var resume = function() {
    if (Module["warmlineTone"] === tone && tone.wanted && ctx.state === "suspended") ctx.resume().catch(function() {});
  };
  ["keydown", "mousedown", "pointerdown", "touchend"].forEach(function(type) {
    document.addEventListener(type, resume, {capture: true, passive: true});
  });
  ctx.addEventListener("statechange", function() {
    if (ctx.state === "running" && !tone.wanted) ctx.suspend().catch(function() {});
  });
  return ctx.sampleRate | 0;
});

EM_JS(void, warmline_tone_wake, (), {
  var tone = Module["warmlineTone"];
  if (!tone) return;
  tone.wanted = true;
  if (tone["context"].state === "suspended") tone["context"].resume().catch(function() {});
});

EM_JS(void, warmline_tone_play, (const float* samples, int count), {
  var tone = Module["warmlineTone"];
  if (!tone) return;
  if (tone.cue) {
    var old = tone.cue;
    tone.cue = null;
    try {
      old.stop();
    } catch (e) {
    }
  }
  if (count <= 0) return;
  var ctx = tone["context"];
  var buffer = ctx.createBuffer(1, count, ctx.sampleRate);
  buffer.getChannelData(0).set(HEAPF32.subarray(samples >> 2, (samples >> 2) + count));
  var cue = ctx.createBufferSource();
  cue.buffer = buffer;
  cue.connect(ctx.destination);
  cue.onended = function() {
    if (tone.cue === cue) tone.cue = null;
  };
  tone.cue = cue;
  tone["played"]++;
  cue.start();
});

// Sounding: a cue is left and the context is running (a context the browser
// still holds suspended plays nothing, now or later worth waiting for).
EM_JS(int, warmline_tone_busy, (), {
  var tone = Module["warmlineTone"];
  return tone && tone.cue && tone["context"].state === "running" ? 1 : 0;
});

// A suspended context does no audio work at all. Suspended rather than
// closed: a new context would need Safari's gesture all over again.
EM_JS(void, warmline_tone_park, (), {
  var tone = Module["warmlineTone"];
  if (!tone) return;
  tone.wanted = false;
  if (tone["context"].state === "running") tone["context"].suspend().catch(function() {});
});

EM_JS(void, warmline_tone_close, (), {
  var tone = Module["warmlineTone"];
  if (!tone) return;
  Module["warmlineTone"] = null;
  tone["context"].close().catch(function() {});
});

namespace warmline::platform::tone_output {

std::uint32_t open(int& sample_rate) {
  sample_rate = warmline_tone_open();
  if (sample_rate <= 0) {
    std::fprintf(stderr, "warmline: no sound (breathing cues stay silent): this browser has no Web Audio\n");
    return 0;
  }
  return 1;  // one context per page
}

void close(std::uint32_t) { warmline_tone_close(); }

void wake(std::uint32_t) { warmline_tone_wake(); }

void play(std::uint32_t, const std::vector<float>& samples) {
  warmline_tone_play(samples.data(), static_cast<int>(samples.size()));
}

bool busy(std::uint32_t) { return warmline_tone_busy() != 0; }

bool park(std::uint32_t) {
  warmline_tone_park();
  return true;
}

}  // namespace warmline::platform::tone_output
