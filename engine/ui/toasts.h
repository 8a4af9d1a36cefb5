#pragma once
#include <deque>
#include <string>
#include <vector>

#include "core/frame_scheduler.h"
#include "core/progress/gamification_rules.h"
#include "core/progress/progress_rules.h"
#include "ui/fonts.h"

namespace warmline::ui {

// Small celebrations (level up, badge, streak) that slide in at the top and
// leave on their own: they never block what the learner is doing.
class Toasts {
 public:
  static constexpr double kShowSeconds = 3.5;
  static constexpr std::size_t kMaxQueued = 8;

  // Turns progress events into toasts; plain XP gains are shown by the
  // screens themselves, not here.
  void celebrate(const std::vector<ProgressEvent>& events, const GamificationRules& rules);
  void push(std::string title, std::string detail);

  // Draws the toast at the front, if any, and asks for the frames its
  // animation needs.
  void draw(double now, const Fonts& fonts, FrameScheduler& scheduler);

  std::vector<std::string> titles() const;  // queued and showing, for the state snapshot

 private:
  struct Toast {
    std::string title;
    std::string detail;
    double shown_at = -1.0;  // not on screen yet
  };
  std::deque<Toast> queue_;
};

}  // namespace warmline::ui
