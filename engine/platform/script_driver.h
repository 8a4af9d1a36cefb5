#pragma once
#include <SDL.h>

#include <string>

#include "core/input_script.h"

namespace warmline::platform {

class Runner;

// Plays an InputScript as real SDL events, so scripted tests go through the
// same input path as a person. ImGui 1.86 samples key state once a frame, so
// every press and release gets frames of its own.
class ScriptDriver {
 public:
  explicit ScriptDriver(InputScript script) : script_(std::move(script)) {}

  void update(Runner& runner);
  bool finished() const { return index_ >= script_.steps.size(); }
  int failures() const { return failures_; }

 private:
  void start_step(Runner& runner, const ScriptStep& step);
  void push_key(Runner& runner, const ScriptStep& step, bool down);
  void push_mouse_button(Runner& runner, bool down);
  void wait_frames(Runner& runner, int frames);

  InputScript script_;
  std::size_t index_ = 0;
  int phase_ = 0;             // sub-step of a key press or click
  long resume_after_frame_ = -1;
  double resume_at_ = 0.0;
  int failures_ = 0;
};

}  // namespace warmline::platform
