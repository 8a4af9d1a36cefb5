#pragma once
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

#include "core/course/course.h"

namespace warmline {

enum class PacerState : std::uint8_t {
  Ready,     // built (or stopped), start() not called yet
  Running,   // the pattern is playing
  Paused,    // frozen where pause() caught it
  Finished,  // every phase of every cycle done
};

// Guides the learner through a breathing pattern: which phase, how long is
// left of it, and how big the breathing shape should be. Everything is worked
// out from the time elapsed since start() (paused time left out), never by
// stepping from one call to the next, so a long frame lands on the right
// phase and the shape looks the same at any frame rate. Time is only ever
// passed in: seconds on a monotonic clock. Calls that do not fit the current
// state return false and change nothing.
//
// Phases of zero (or negative) seconds are skipped. A pattern with no timed
// phase, or with no cycles, finishes as soon as it starts.
class BreathingPacer {
 public:
  static constexpr double kNoDeadline = std::numeric_limits<double>::infinity();

  // `pattern` must outlive the pacer.
  explicit BreathingPacer(const BreathingPattern& pattern);
  explicit BreathingPacer(BreathingPattern&&) = delete;

  bool start(double now);   // Ready -> Running, or straight to Finished
  bool pause(double now);   // Running -> Paused
  bool resume(double now);  // Paused -> Running; the pause never counts
  // Abandons the run, finished or not: back to Ready, nothing to report.
  bool stop();

  // True exactly once per run, the first call at which the run has finished,
  // so the caller awards its XP once however many frames show the end.
  bool take_finished(double now);

  const BreathingPattern& pattern() const { return *pattern_; }
  PacerState state(double now) const;
  bool animating(double now) const { return state(now) == PacerState::Running; }

  int cycles() const { return cycles_; }
  double cycle_seconds() const { return cycle_seconds_; }
  double total_seconds() const { return total_seconds_; }
  double elapsed(double now) const;  // 0 before start, total_seconds() once finished

  // Where the run is. Before start that is the first phase of cycle 1; once
  // finished, the end of the last phase of the last cycle. A pattern that
  // finishes at once reports phase 0 (Inhale when it has no phases at all),
  // cycle 0 and no time left.
  std::size_t phase_index(double now) const;
  BreathPhaseKind phase_kind(double now) const;
  int cycle(double now) const;  // 1-based, up to cycles()
  double seconds_left(double now) const;
  int countdown(double now) const;  // seconds_left rounded up: 4, 3, 2, 1
  double phase_progress(double now) const;  // 0 -> 1 through the phase

  // The breathing shape, 0 (empty) to 1 (full). An inhale grows it to 1 and
  // an exhale shrinks it to 0, each from where the phase before left it; a
  // hold keeps it there. "Before" wraps around the cycle, so the shape never
  // jumps between cycles. Eased with smoothstep (3p^2 - 2p^3): it starts and
  // ends each breath at rest like real lungs do, and is exactly 0, 0.5 and 1
  // at the start, middle and end of a phase.
  double breath_size(double now) const;

  // When the countdown() number or the phase next changes (the end of the
  // run included), for the UI to schedule a frame. kNoDeadline unless running.
  double next_deadline(double now) const;

 private:
  struct Position {
    std::size_t phase = 0;
    int cycle = 0;
    double start = 0.0;   // elapsed seconds when the phase began
    double into = 0.0;    // seconds into the phase
    double length = 0.0;  // of the phase; 0 only when nothing is timed
  };

  Position locate(double elapsed) const;
  double phase_seconds(std::size_t i) const;
  double start_level(std::size_t i) const;

  const BreathingPattern* pattern_;
  int cycles_ = 0;
  double cycle_seconds_ = 0.0;
  double total_seconds_ = 0.0;
  bool started_ = false;
  bool paused_ = false;
  bool reported_ = false;
  double started_at_ = 0.0;
  double paused_for_ = 0.0;  // seconds spent paused since start
  double pause_began_ = 0.0;
};

// What the learner reads for a phase: "Breathe in", "Hold", "Breathe out".
std::string_view phase_label(BreathPhaseKind kind);

}  // namespace warmline
