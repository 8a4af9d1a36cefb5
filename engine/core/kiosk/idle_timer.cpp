#include "core/kiosk/idle_timer.h"

#include <algorithm>
#include <limits>

namespace warmline {
namespace {

double sanitized(double timeout_seconds) {
  // Also catches NaN, which compares false with everything.
  return timeout_seconds > 0.0 ? timeout_seconds : 0.0;
}

}  // namespace

IdleTimer::IdleTimer(double timeout_seconds) : timeout_(sanitized(timeout_seconds)) {}

void IdleTimer::touched(double now) {
  running_ = true;
  touched_at_ = now;
  latest_ = now;
}

void IdleTimer::stop() { running_ = false; }

double IdleTimer::idle_seconds(double now) const {
  if (now < latest_) {
    // The clock stepped back: keep the idle time counted so far.
    touched_at_ -= latest_ - now;
  }
  latest_ = now;
  return now - touched_at_;
}

bool IdleTimer::expired(double now) const {
  if (!running_) return false;
  return idle_seconds(now) >= timeout_;
}

bool IdleTimer::warning(double now) const {
  if (!running_) return false;
  const double idle = idle_seconds(now);
  return idle < timeout_ && idle >= timeout_ - warning_seconds();
}

double IdleTimer::seconds_left(double now) const {
  if (!running_) return timeout_;
  return std::max(0.0, timeout_ - idle_seconds(now));
}

double IdleTimer::deadline() const {
  if (!running_) return std::numeric_limits<double>::infinity();
  return touched_at_ + timeout_;
}

double IdleTimer::warning_start() const { return deadline() - warning_seconds(); }

void IdleTimer::set_timeout(double timeout_seconds) { timeout_ = sanitized(timeout_seconds); }

double IdleTimer::warning_seconds() const { return std::min(kWarningSeconds, timeout_ / 3.0); }

}  // namespace warmline
