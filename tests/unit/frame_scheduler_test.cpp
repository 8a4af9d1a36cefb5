#include "core/frame_scheduler.h"

#include <doctest/doctest.h>

using warmline::FrameScheduler;

namespace {
// Draws every frame the scheduler asks for at `now`, as a main loop would.
int drain(FrameScheduler& s, double now) {
  int drawn = 0;
  while (s.should_draw(now) && drawn < 100) {
    s.frame_drawn(now);
    ++drawn;
  }
  return drawn;
}
}  // namespace

TEST_CASE("a fresh scheduler draws the first frames, then sleeps forever") {
  FrameScheduler s;
  CHECK(s.idle_timeout(0.0) == 0.0);
  CHECK(drain(s, 0.0) == FrameScheduler::kSettleFrames);
  CHECK_FALSE(s.should_draw(0.0));
  CHECK_FALSE(s.should_draw(3600.0));
  CHECK(s.idle_timeout(10.0) == FrameScheduler::kForever);
}

TEST_CASE("input wakes a few frames so ImGui can settle") {
  FrameScheduler s;
  drain(s, 0.0);
  s.wake();
  CHECK(drain(s, 5.0) == FrameScheduler::kSettleFrames);
  s.wake(1);
  CHECK(drain(s, 6.0) == 1);
  CHECK(s.frames_drawn() == 2 * FrameScheduler::kSettleFrames + 1);
}

TEST_CASE("a timed wake sleeps until its moment, then draws") {
  FrameScheduler s;
  drain(s, 0.0);
  s.wake_at(2.5);
  CHECK(s.idle_timeout(1.0) == doctest::Approx(1.5));
  CHECK_FALSE(s.should_draw(2.4));
  CHECK(s.should_draw(2.5));
  CHECK(drain(s, 2.5) >= 1);
  CHECK(s.idle_timeout(3.0) == FrameScheduler::kForever);
}

TEST_CASE("the earliest timed wake wins") {
  FrameScheduler s;
  drain(s, 0.0);
  s.wake_at(5.0);
  s.wake_at(3.0);
  s.wake_at(4.0);
  CHECK(s.idle_timeout(0.0) == doctest::Approx(3.0));
}

TEST_CASE("animation draws at display rate, not faster, and stops on time") {
  FrameScheduler s;
  drain(s, 0.0);
  s.animate_until(1.0);
  int frames = 0;
  // A loop with no vsync asks every millisecond; only ~60 frames a second may pass.
  for (double t = 0.0; t < 1.5; t += 0.001) {
    if (s.should_draw(t)) {
      s.frame_drawn(t);
      ++frames;
    }
  }
  CHECK(frames >= 55);
  CHECK(frames <= 62);
  CHECK_FALSE(s.animating(1.0));
  CHECK(s.idle_timeout(1.5) == FrameScheduler::kForever);
}

TEST_CASE("while animating the loop may sleep until the next display frame") {
  FrameScheduler s;
  drain(s, 0.0);
  s.animate_until(10.0);
  s.frame_drawn(1.0);
  CHECK(s.idle_timeout(1.004) == doctest::Approx(FrameScheduler::kDisplayInterval - 0.004));
  CHECK(s.idle_timeout(1.02) == 0.0);
}

TEST_CASE("an animation asked for every frame survives late frames and stops one frame after it is dropped") {
  FrameScheduler s;
  drain(s, 0.0);
  CHECK_FALSE(s.animating(0.0));
  s.keep_animating();  // asked while drawing the frame at t = 1
  s.frame_drawn(1.0);
  CHECK(s.animating(1.0));
  // The browser delivers the next frame five seconds late: it is still drawn.
  CHECK(s.should_draw(6.0));
  s.keep_animating();
  s.frame_drawn(6.0);
  CHECK_FALSE(s.should_draw(6.001));  // display rate, not faster
  CHECK(s.should_draw(6.02));  // one display interval later
  s.frame_drawn(6.1);  // this frame did not ask again
  CHECK_FALSE(s.animating(6.2));
  CHECK_FALSE(s.should_draw(60.0));
  CHECK(s.idle_timeout(60.0) == FrameScheduler::kForever);
}
