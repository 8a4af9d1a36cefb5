#include "platform/script_driver.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "platform/runner.h"
#include "platform/whole_file.h"

namespace warmline::platform {
namespace {

SDL_Scancode scancode(ScriptKey key) {
  switch (key) {
    case ScriptKey::Tab: return SDL_SCANCODE_TAB;
    case ScriptKey::Enter: return SDL_SCANCODE_RETURN;
    case ScriptKey::Space: return SDL_SCANCODE_SPACE;
    case ScriptKey::Escape: return SDL_SCANCODE_ESCAPE;
    case ScriptKey::Up: return SDL_SCANCODE_UP;
    case ScriptKey::Down: return SDL_SCANCODE_DOWN;
    case ScriptKey::Left: return SDL_SCANCODE_LEFT;
    case ScriptKey::Right: return SDL_SCANCODE_RIGHT;
    case ScriptKey::Home: return SDL_SCANCODE_HOME;
    case ScriptKey::End: return SDL_SCANCODE_END;
    case ScriptKey::PageUp: return SDL_SCANCODE_PAGEUP;
    case ScriptKey::PageDown: return SDL_SCANCODE_PAGEDOWN;
    case ScriptKey::Backspace: return SDL_SCANCODE_BACKSPACE;
  }
  return SDL_SCANCODE_UNKNOWN;
}

}  // namespace

void ScriptDriver::wait_frames(Runner& runner, int frames) {
  resume_after_frame_ = runner.app().scheduler().frames_drawn() + frames;
  runner.app().scheduler().wake(frames);
}

void ScriptDriver::push_key(Runner& runner, const ScriptStep& step, bool down) {
  SDL_SetModState(step.shift && down ? KMOD_LSHIFT : KMOD_NONE);
  SDL_Event e{};
  e.type = down ? SDL_KEYDOWN : SDL_KEYUP;
  e.key.windowID = SDL_GetWindowID(runner.window().sdl());
  e.key.state = down ? SDL_PRESSED : SDL_RELEASED;
  e.key.keysym.scancode = scancode(step.key);
  e.key.keysym.sym = SDL_GetKeyFromScancode(e.key.keysym.scancode);
  e.key.keysym.mod = step.shift ? KMOD_LSHIFT : KMOD_NONE;
  SDL_PushEvent(&e);
}

void ScriptDriver::push_mouse_button(Runner& runner, bool down) {
  SDL_Event e{};
  e.type = down ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
  e.button.windowID = SDL_GetWindowID(runner.window().sdl());
  e.button.button = SDL_BUTTON_LEFT;
  e.button.state = down ? SDL_PRESSED : SDL_RELEASED;
  e.button.clicks = 1;
  SDL_PushEvent(&e);
}

void ScriptDriver::update(Runner& runner) {
  FrameScheduler& scheduler = runner.app().scheduler();
  // The first frames lay the screen out; steps start once it has settled.
  if (index_ == 0 && phase_ == 0 && resume_after_frame_ < 0) wait_frames(runner, FrameScheduler::kSettleFrames);
  // Instant steps (state, wait bookkeeping) run back to back; a step that
  // needs frames or time returns to the loop, which sleeps until then.
  for (;;) {
    if (scheduler.frames_drawn() < resume_after_frame_ || runner.capture_pending()) return;
    const double now = runner.now();
    if (now < resume_at_) {
      scheduler.wake_at(resume_at_);
      return;
    }
    if (finished()) {
      runner.request_quit();  // a script is a whole session: its end ends the run
      return;
    }
    start_step(runner, script_.steps[index_]);
  }
}

void ScriptDriver::start_step(Runner& runner, const ScriptStep& step) {
  auto next = [&](int settle_frames) {
    ++index_;
    phase_ = 0;
    wait_frames(runner, settle_frames);
  };
  switch (step.kind) {
    case ScriptStep::Kind::Wait:
      resume_at_ = runner.now() + step.seconds;
      runner.app().scheduler().wake_at(resume_at_);
      ++index_;
      break;
    case ScriptStep::Kind::Advance:
      runner.advance_clock(step.seconds);
      next(1);
      break;
    case ScriptStep::Kind::Key:
      if (phase_ == 0) {
        push_key(runner, step, true);
        phase_ = 1;
        wait_frames(runner, 1);
      } else {
        push_key(runner, step, false);
        next(FrameScheduler::kSettleFrames);
      }
      break;
    case ScriptStep::Kind::Type: {
      SDL_Event e{};
      e.type = SDL_TEXTINPUT;
      e.text.windowID = SDL_GetWindowID(runner.window().sdl());
      // SDL carries at most 31 bytes per text event; split on UTF-8 boundaries.
      std::size_t pos = 0;
      while (pos < step.text.size()) {
        std::size_t len = std::min<std::size_t>(sizeof(e.text.text) - 1, step.text.size() - pos);
        while (len > 0 && pos + len < step.text.size() && (step.text[pos + len] & 0xC0) == 0x80) --len;
        std::memcpy(e.text.text, step.text.data() + pos, len);
        e.text.text[len] = '\0';
        SDL_PushEvent(&e);
        pos += len;
      }
      next(FrameScheduler::kSettleFrames);
      break;
    }
    case ScriptStep::Kind::Click:
      if (phase_ == 0) {
        SDL_WarpMouseInWindow(runner.window().sdl(), step.x, step.y);
        phase_ = 1;
        wait_frames(runner, 1);
      } else if (phase_ == 1) {
        push_mouse_button(runner, true);
        phase_ = 2;
        wait_frames(runner, 1);
      } else {
        push_mouse_button(runner, false);
        next(FrameScheduler::kSettleFrames);
      }
      break;
    case ScriptStep::Kind::Scroll: {
      SDL_Event e{};
      e.type = SDL_MOUSEWHEEL;
      e.wheel.windowID = SDL_GetWindowID(runner.window().sdl());
      e.wheel.y = step.y;
      e.wheel.preciseY = static_cast<float>(step.y);
      SDL_PushEvent(&e);
      next(FrameScheduler::kSettleFrames);
      break;
    }
    case ScriptStep::Kind::Focus: {
      SDL_Event e{};
      e.type = SDL_WINDOWEVENT;
      e.window.windowID = SDL_GetWindowID(runner.window().sdl());
      e.window.event = step.focused ? SDL_WINDOWEVENT_FOCUS_GAINED : SDL_WINDOWEVENT_FOCUS_LOST;
      SDL_PushEvent(&e);
      next(FrameScheduler::kSettleFrames);
      break;
    }
    case ScriptStep::Kind::Screenshot:
      runner.capture_next_frame(step.text);
      ++index_;
      break;
    case ScriptStep::Kind::State: {
      if (!write_whole_file(step.text, to_json(runner.app().snapshot()) + '\n')) {
        std::fprintf(stderr, "script line %d: cannot write %s\n", step.line, step.text.c_str());
        ++failures_;
      }
      ++index_;
      break;
    }
    case ScriptStep::Kind::Quit:
      runner.request_quit();
      ++index_;
      break;
  }
}

}  // namespace warmline::platform
