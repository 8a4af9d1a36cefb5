#pragma once
#include <limits>

namespace warmline {

// Decides when a frame must be drawn, so an idle kiosk draws nothing at all.
// Frames happen after input (a few, so ImGui's hover and layout settle), at a
// requested moment (a countdown's next tick) or at display rate while
// something animates. Time is passed in: seconds on a monotonic clock.
class FrameScheduler {
 public:
  static constexpr int kSettleFrames = 3;
  static constexpr double kForever = -1.0;
  static constexpr double kDisplayInterval = 1.0 / 60.0;

  void wake(int frames = kSettleFrames);
  void animate_until(double t);
  // Call while drawing a frame: the next frame follows at display rate, however
  // late it comes. Something that moves until the state says stop (a
  // countdown, a breathing circle, a toast) asks every frame it draws, so a
  // throttled browser tab can delay it but never freeze it half-way.
  void keep_animating() { animation_frame_ = frames_drawn_ + 1; }
  void wake_at(double t);

  bool should_draw(double now) const;
  void frame_drawn(double now);

  // Seconds the platform may block waiting for events, kForever when nothing
  // is scheduled; 0 means draw now.
  double idle_timeout(double now) const;

  bool animating(double now) const { return now < animate_until_ || animation_frame_ == frames_drawn_; }
  long frames_drawn() const { return frames_drawn_; }

 private:
  static constexpr double kNever = std::numeric_limits<double>::infinity();
  int pending_frames_ = kSettleFrames;
  double animate_until_ = 0.0;
  double wake_at_ = kNever;
  double last_frame_ = -kNever;
  long frames_drawn_ = 0;
  long animation_frame_ = -1;  // the frame keep_animating() asked for
};

}  // namespace warmline
