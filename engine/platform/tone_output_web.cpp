#include <emscripten.h>

#include "platform/tone_output.h"

namespace warmline::platform::tone_output {

void begin_open() {}
void end_open() {}

// Browsers hold an AudioContext suspended until the page has had a user
// gesture. SDL 2.26.5 only hands its context to Emscripten's
// autoResumeAudioContext, which resumes it on the first key, mouse or touch
// press *after* the device opened, once. Ours opens in the frame after the
// press on Start, outside that press's handler: Chrome and Firefox let a
// context run once the page has had any gesture, so resuming here is enough
// there; Safari wants the resume inside a gesture handler, which the
// listeners below provide on the learner's next press. Resuming here also
// undoes park(), which SDL knows nothing about. `warmlineToneWanted` keeps
// those listeners (and SDL's) from waking a context parked on purpose.
void wake() {
  // No single quotes (C would read them as characters) and no commas outside
  // parentheses (they would split EM_ASM's macro argument).
  EM_ASM({
    var ctx = Module.SDL2 && Module.SDL2.audioContext;
    if (!ctx) return;
    Module.warmlineToneWanted = true;
    if (!Module.warmlineToneHooks) {
      Module.warmlineToneHooks = true;
      var resume = function() {
        var c = Module.SDL2 && Module.SDL2.audioContext;
        if (c && Module.warmlineToneWanted && c.state !== "running" && c.state !== "closed") {
          c.resume().catch(function() {});
        }
      };
      "keydown mousedown pointerdown touchend".split(" ").forEach(function(type) {
        document.addEventListener(type, resume, {capture: true, passive: true});
      });
    }
    if (!ctx.warmlineParkGuard) {
      ctx.warmlineParkGuard = true;
      ctx.addEventListener("statechange", function() {
        if (ctx.state === "running" && !Module.warmlineToneWanted) ctx.suspend().catch(function() {});
      });
    }
    if (ctx.state !== "running") ctx.resume().catch(function() {});
  });
}

// A suspended context stops calling SDL's ScriptProcessor (which otherwise
// runs on the page's main thread tens of times a second, cue or no cue).
// Suspended rather than closed: a new context would need Safari's gesture
// all over again.
bool park() {
  EM_ASM({
    Module.warmlineToneWanted = false;
    var ctx = Module.SDL2 && Module.SDL2.audioContext;
    if (ctx && ctx.state === "running") ctx.suspend().catch(function() {});
  });
  return true;
}

}  // namespace warmline::platform::tone_output
