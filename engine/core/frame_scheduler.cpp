#include "core/frame_scheduler.h"

#include <algorithm>

namespace warmline {

void FrameScheduler::wake(int frames) { pending_frames_ = std::max(pending_frames_, frames); }

void FrameScheduler::animate_until(double t) { animate_until_ = std::max(animate_until_, t); }

void FrameScheduler::wake_at(double t) { wake_at_ = std::min(wake_at_, t); }

bool FrameScheduler::should_draw(double now) const {
  if (pending_frames_ > 0 || now >= wake_at_) return true;
  // While animating, hold to the display rate even where vsync is missing
  // (Xvfb, some kiosks' drivers) instead of spinning a core.
  return animating(now) && now - last_frame_ >= kDisplayInterval;
}

void FrameScheduler::frame_drawn(double now) {
  if (pending_frames_ > 0) --pending_frames_;
  if (now >= wake_at_) {
    wake_at_ = kNever;
    pending_frames_ = std::max(pending_frames_, 1);  // a timed change is one frame late to settle
  }
  last_frame_ = now;
  ++frames_drawn_;
}

double FrameScheduler::idle_timeout(double now) const {
  if (pending_frames_ > 0 || now >= wake_at_) return 0.0;
  double until = wake_at_;
  if (animating(now)) until = std::min(until, last_frame_ + kDisplayInterval);
  if (until == kNever) return kForever;
  return std::max(0.0, until - now);
}

}  // namespace warmline
