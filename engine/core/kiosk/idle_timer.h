#pragma once

namespace warmline {

// A kiosk goes back to its attract screen ("Tap to start") after a while
// without input. IdleTimer counts that idle time; the caller passes in
// monotonic seconds (`now`), so tests drive time by hand.
//
// - A fresh timer is stopped: it never expires until touched() starts it
//   (the attract screen itself has no countdown). stop() stops it again.
// - touched(now) restarts the countdown: any input counts.
// - expired(now) once `timeout` seconds have passed since the last touch
//   (exactly at the deadline counts as expired), and it stays expired until
//   the next touch.
// - warning(now) during the last warning_seconds() before the deadline,
//   so the UI can ask "Still there? Tap to keep going" and show
//   seconds_left(now) (round it up for display).
//
// Time going backwards (a clock that is not quite monotonic, a caller
// passing an older `now`) counts as no time at all: the idle time already
// counted is kept, so the timer neither expires early nor waits for the
// clock to catch up. Time jumping forwards (a frame hitch, a suspend) is
// counted in full: a 2 s hitch across the deadline expires the timer.
class IdleTimer {
 public:
  // The warning window: this many seconds, or a third of the timeout when
  // that is shorter.
  static constexpr double kWarningSeconds = 15.0;

  // A timeout that is not a positive number expires at the first check.
  explicit IdleTimer(double timeout_seconds);

  void touched(double now);
  void stop();
  bool running() const { return running_; }

  bool expired(double now) const;
  bool warning(double now) const;
  // Seconds until the deadline, never below 0; the whole timeout while
  // stopped.
  double seconds_left(double now) const;

  // When it expires / the warning starts, on the clock of the latest `now`
  // seen (for a frame scheduler's timed wake). Infinity while stopped.
  double deadline() const;
  double warning_start() const;

  // Changes the timeout without restarting the countdown: idle time already
  // counted counts against the new timeout, so shortening it below the idle
  // time so far expires the timer at the next check.
  void set_timeout(double timeout_seconds);
  double timeout() const { return timeout_; }
  double warning_seconds() const;

 private:
  // Idle seconds at `now`, folding a backwards step into the anchor.
  double idle_seconds(double now) const;

  double timeout_;
  bool running_ = false;
  // Mutable: observing a backwards step moves the anchor, which is
  // bookkeeping, not a change in what the timer means.
  mutable double touched_at_ = 0.0;
  mutable double latest_ = 0.0;
};

}  // namespace warmline
