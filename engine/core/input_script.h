#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace warmline {

// A scripted session for tests and soak runs: what a person would do, one
// step a line. The platform layer turns each step into real input events.
//
//   # comment
//   wait 0.5            seconds before the next step
//   advance 60          the app's clock jumps 60 s ahead at once, as after
//                       a stall; long exercises finish without a real wait
//   key tab             tab, shift+tab, enter, space, escape, up, down,
//                       left, right, home, end, pageup, pagedown, backspace
//   type Hello there    text typed into the focused field
//   click 640 400       a left click at window coordinates
//   scroll -5           mouse wheel notches: positive up, negative down
//   focus lost|gained   the window loses or regains focus
//   screenshot out.png  the framebuffer as it is now
//   state out.json      the state snapshot as it is now
//   quit
enum class ScriptKey { Tab, Enter, Space, Escape, Up, Down, Left, Right, Home, End, PageUp, PageDown, Backspace };

struct ScriptStep {
  enum class Kind { Wait, Advance, Key, Type, Click, Scroll, Focus, Screenshot, State, Quit };
  Kind kind = Kind::Wait;
  int line = 0;
  double seconds = 0.0;
  ScriptKey key = ScriptKey::Enter;
  bool shift = false;
  bool focused = true;
  int x = 0, y = 0;
  std::string text;  // typed text or output path
};

struct ScriptError {
  int line;
  std::string message;
};

struct InputScript {
  std::vector<ScriptStep> steps;
  std::vector<ScriptError> errors;
};

InputScript parse_input_script(std::string_view text);

}  // namespace warmline
