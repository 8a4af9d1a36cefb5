#include "core/games/breathing_pacer.h"

#include <algorithm>
#include <cmath>

namespace warmline {

BreathingPacer::BreathingPacer(const BreathingPattern& pattern)
    : pattern_(&pattern), cycles_(std::max(0, pattern.cycles)) {
  for (std::size_t i = 0; i < pattern.phases.size(); ++i) cycle_seconds_ += phase_seconds(i);
  total_seconds_ = cycle_seconds_ * cycles_;
}

bool BreathingPacer::start(double now) {
  if (started_) return false;
  started_ = true;
  started_at_ = now;
  return true;
}

bool BreathingPacer::pause(double now) {
  if (state(now) != PacerState::Running) return false;
  paused_ = true;
  pause_began_ = now;
  return true;
}

bool BreathingPacer::resume(double now) {
  if (state(now) != PacerState::Paused) return false;
  paused_ = false;
  paused_for_ += std::max(0.0, now - pause_began_);
  return true;
}

bool BreathingPacer::stop() {
  if (!started_) return false;
  started_ = false;
  paused_ = false;
  reported_ = false;
  started_at_ = paused_for_ = pause_began_ = 0.0;
  return true;
}

bool BreathingPacer::take_finished(double now) {
  if (reported_ || state(now) != PacerState::Finished) return false;
  reported_ = true;
  return true;
}

PacerState BreathingPacer::state(double now) const {
  if (!started_) return PacerState::Ready;
  if (elapsed(now) >= total_seconds_) return PacerState::Finished;
  return paused_ ? PacerState::Paused : PacerState::Running;
}

double BreathingPacer::elapsed(double now) const {
  if (!started_) return 0.0;
  const double until = paused_ ? pause_began_ : now;
  return std::clamp(until - started_at_ - paused_for_, 0.0, total_seconds_);
}

std::size_t BreathingPacer::phase_index(double now) const { return locate(elapsed(now)).phase; }

BreathPhaseKind BreathingPacer::phase_kind(double now) const {
  if (pattern_->phases.empty()) return BreathPhaseKind::Inhale;
  return pattern_->phases[phase_index(now)].kind;
}

int BreathingPacer::cycle(double now) const { return locate(elapsed(now)).cycle; }

double BreathingPacer::seconds_left(double now) const {
  const Position p = locate(elapsed(now));
  return p.length - p.into;
}

int BreathingPacer::countdown(double now) const { return static_cast<int>(std::ceil(seconds_left(now))); }

double BreathingPacer::phase_progress(double now) const {
  const Position p = locate(elapsed(now));
  return p.length > 0.0 ? p.into / p.length : 0.0;
}

double BreathingPacer::breath_size(double now) const {
  const Position p = locate(elapsed(now));
  if (p.length <= 0.0) return 0.0;
  const double from = start_level(p.phase);
  double to = from;
  switch (pattern_->phases[p.phase].kind) {
    case BreathPhaseKind::Inhale: to = 1.0; break;
    case BreathPhaseKind::Exhale: to = 0.0; break;
    case BreathPhaseKind::Hold: break;
  }
  const double t = p.into / p.length;
  return from + (to - from) * (t * t * (3.0 - 2.0 * t));
}

double BreathingPacer::next_deadline(double now) const {
  if (state(now) != PacerState::Running) return kNoDeadline;
  const Position p = locate(elapsed(now));
  const double left = p.length - p.into;
  // Anchored to the phase's end rather than to `now`, so the deadlines fall
  // on whole seconds of the countdown however late the frames come.
  const double end = started_at_ + paused_for_ + p.start + p.length;
  return end - (std::ceil(left) - 1.0);
}

// Whole cycles come from one division, then a walk through a single cycle's
// phases: the cost does not grow with the time elapsed or the frames missed.
BreathingPacer::Position BreathingPacer::locate(double elapsed) const {
  Position p;
  if (total_seconds_ <= 0.0) return p;
  const std::size_t n = pattern_->phases.size();
  std::size_t last = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (phase_seconds(i) > 0.0) last = i;
  int c = cycles_ - 1;
  if (elapsed < total_seconds_) {
    c = std::clamp(static_cast<int>(std::floor(elapsed / cycle_seconds_)), 0, cycles_ - 1);
    const double in_cycle = std::max(0.0, elapsed - c * cycle_seconds_);
    double acc = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      const double len = phase_seconds(i);
      if (len <= 0.0) continue;
      if (in_cycle < acc + len) return Position{i, c + 1, c * cycle_seconds_ + acc, in_cycle - acc, len};
      acc += len;
    }
  }
  // The end of the run (or a rounding hair short of a cycle's end): the last
  // timed phase, complete.
  const double len = phase_seconds(last);
  return Position{last, c + 1, (c + 1) * cycle_seconds_ - len, len, len};
}

double BreathingPacer::phase_seconds(std::size_t i) const {
  return static_cast<double>(std::max(0, pattern_->phases[i].seconds));
}

// Where the shape stands when phase `i` begins: where the nearest inhale or
// exhale before it (wrapping round the cycle) took it; empty if there is none.
double BreathingPacer::start_level(std::size_t i) const {
  const std::size_t n = pattern_->phases.size();
  for (std::size_t step = 1; step <= n; ++step) {
    const std::size_t j = (i + n - step) % n;
    if (phase_seconds(j) <= 0.0) continue;
    if (pattern_->phases[j].kind == BreathPhaseKind::Inhale) return 1.0;
    if (pattern_->phases[j].kind == BreathPhaseKind::Exhale) return 0.0;
  }
  return 0.0;
}

std::string_view phase_label(BreathPhaseKind kind) {
  switch (kind) {
    case BreathPhaseKind::Inhale: return "Breathe in";
    case BreathPhaseKind::Hold: return "Hold";
    case BreathPhaseKind::Exhale: return "Breathe out";
  }
  return "";
}

}  // namespace warmline
