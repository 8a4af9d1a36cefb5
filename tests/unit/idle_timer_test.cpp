#include "core/kiosk/idle_timer.h"

#include <cmath>

#include <doctest/doctest.h>

using warmline::IdleTimer;

// Times are sums of binary fractions, so the boundaries below are exact.

TEST_CASE("idle timer: a fresh timer is stopped and never expires") {
  IdleTimer t(120.0);
  CHECK_FALSE(t.running());
  CHECK_FALSE(t.expired(0.0));
  CHECK_FALSE(t.expired(1e9));
  CHECK_FALSE(t.warning(1e9));
  CHECK(t.seconds_left(1e9) == 120.0);
  CHECK(std::isinf(t.deadline()));
}

TEST_CASE("idle timer: expires exactly at the deadline, not before") {
  IdleTimer t(120.0);
  t.touched(1000.0);
  CHECK(t.running());
  CHECK(t.deadline() == 1120.0);
  CHECK_FALSE(t.expired(1000.0));
  CHECK_FALSE(t.expired(1119.75));
  CHECK(t.seconds_left(1119.75) == 0.25);
  CHECK(t.expired(1120.0));
  CHECK(t.seconds_left(1120.0) == 0.0);
  CHECK(t.expired(1500.0));
  CHECK(t.seconds_left(1500.0) == 0.0);
}

TEST_CASE("idle timer: a touch restarts the countdown") {
  IdleTimer t(120.0);
  t.touched(0.0);
  t.touched(100.0);
  CHECK(t.deadline() == 220.0);
  CHECK_FALSE(t.expired(219.5));
  CHECK(t.expired(220.0));
  t.touched(230.0);  // input after expiry starts over
  CHECK_FALSE(t.expired(230.0));
  CHECK(t.seconds_left(230.0) == 120.0);
}

TEST_CASE("idle timer: the warning covers the last 15 seconds") {
  IdleTimer t(120.0);
  CHECK(t.warning_seconds() == 15.0);
  t.touched(0.0);
  CHECK(t.warning_start() == 105.0);
  CHECK_FALSE(t.warning(104.75));
  CHECK(t.warning(105.0));
  CHECK(t.seconds_left(105.0) == 15.0);
  CHECK(t.warning(119.75));
  CHECK_FALSE(t.warning(120.0));  // expired, no longer a warning
  CHECK(t.expired(120.0));
}

TEST_CASE("idle timer: a short timeout warns for its last third") {
  IdleTimer t(30.0);
  CHECK(t.warning_seconds() == 10.0);
  t.touched(0.0);
  CHECK_FALSE(t.warning(19.75));
  CHECK(t.warning(20.0));
  CHECK(t.expired(30.0));
  // 45 s is where the two rules meet.
  t.set_timeout(45.0);
  CHECK(t.warning_seconds() == 15.0);
}

TEST_CASE("idle timer: a 2 s frame hitch across the deadline expires it") {
  IdleTimer t(120.0);
  t.touched(0.0);
  double now = 0.0;
  for (; now < 119.0; now += 0.5) CHECK_FALSE(t.expired(now));
  CHECK(now == 119.0);
  CHECK(t.warning(119.0));
  CHECK(t.seconds_left(119.0) == 1.0);
  // The next frame comes 2 s late, at 121: one second past the deadline.
  CHECK(t.expired(121.0));
  CHECK_FALSE(t.warning(121.0));
  CHECK(t.seconds_left(121.0) == 0.0);
}

TEST_CASE("idle timer: a hitch straight over the whole warning still expires") {
  IdleTimer t(120.0);
  t.touched(0.0);
  CHECK_FALSE(t.warning(104.0));
  CHECK(t.expired(122.0));
}

TEST_CASE("idle timer: shortening the timeout while running keeps the idle time") {
  IdleTimer t(120.0);
  t.touched(0.0);
  CHECK_FALSE(t.expired(50.0));
  t.set_timeout(60.0);
  CHECK(t.deadline() == 60.0);
  CHECK(t.warning(50.0));  // warning window is 15 s: from 45
  CHECK(t.seconds_left(50.0) == 10.0);
  CHECK(t.expired(60.0));
  // Below the idle time so far: expired at the next check.
  IdleTimer u(120.0);
  u.touched(0.0);
  CHECK_FALSE(u.expired(90.0));
  u.set_timeout(60.0);
  CHECK(u.expired(90.0));
}

TEST_CASE("idle timer: lengthening the timeout while running keeps the idle time") {
  IdleTimer t(60.0);
  t.touched(0.0);
  CHECK(t.warning(50.0));
  t.set_timeout(300.0);
  CHECK_FALSE(t.warning(50.0));
  CHECK(t.deadline() == 300.0);
  CHECK(t.seconds_left(50.0) == 250.0);
  CHECK_FALSE(t.expired(299.5));
  CHECK(t.expired(300.0));
}

TEST_CASE("idle timer: a clock stepping back neither expires it early nor stalls it") {
  IdleTimer t(120.0);
  t.touched(1000.0);
  CHECK_FALSE(t.expired(1100.0));  // 100 s idle
  // The clock steps back an hour: that step counts as no time.
  CHECK_FALSE(t.expired(-2600.0));
  CHECK(t.seconds_left(-2600.0) == 20.0);
  CHECK(t.deadline() == -2580.0);
  CHECK_FALSE(t.warning(-2600.0));  // 20 s left: the warning starts at 15
  CHECK(t.warning(-2595.0));
  CHECK_FALSE(t.expired(-2580.5));
  CHECK(t.expired(-2580.0));  // 20 s later on the new clock, not an hour
}

TEST_CASE("idle timer: a small backwards step does not undo counted idle time") {
  IdleTimer t(120.0);
  t.touched(0.0);
  CHECK_FALSE(t.expired(119.5));
  CHECK_FALSE(t.expired(119.0));  // half a second back
  CHECK(t.seconds_left(119.0) == 0.5);
  CHECK(t.expired(119.5));
  // Once expired, a step back does not bring it back.
  CHECK(t.expired(100.0));
}

TEST_CASE("idle timer: stop() ends the countdown until the next touch") {
  IdleTimer t(120.0);
  t.touched(0.0);
  t.stop();
  CHECK_FALSE(t.expired(500.0));
  CHECK_FALSE(t.warning(110.0));
  t.touched(500.0);
  CHECK(t.expired(620.0));
}

TEST_CASE("idle timer: a timeout that is not positive expires at the first check") {
  IdleTimer t(-5.0);
  CHECK(t.timeout() == 0.0);
  t.touched(10.0);
  CHECK(t.expired(10.0));
  IdleTimer n(std::nan(""));
  CHECK(n.timeout() == 0.0);
}
