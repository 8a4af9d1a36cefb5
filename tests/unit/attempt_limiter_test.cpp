#include "core/kiosk/attempt_limiter.h"

#include <doctest/doctest.h>

#include <optional>

// Kiosk PIN rate limiting: pure rules with the time injected, so these run
// natively and as wasm alike.
using warmline::AttemptLimiter;

namespace {
// `n` wrong PINs for `key`, all at `now`, each one allowed first.
void fail_n(AttemptLimiter& l, const char* key, int n, double now) {
  for (int i = 0; i < n; ++i) {
    REQUIRE(l.allowed(key, now));
    l.failed(key, now);
  }
}
}  // namespace

TEST_CASE("attempt limiter: the first three wrong PINs are free") {
  AttemptLimiter l;
  CHECK(l.allowed("ana-k3f9", 0.0));
  CHECK_FALSE(l.locked_for("ana-k3f9", 0.0).has_value());
  fail_n(l, "ana-k3f9", 3, 100.0);
  CHECK(l.failures("ana-k3f9") == 3);
  CHECK(l.allowed("ana-k3f9", 100.0));
  CHECK_FALSE(l.locked_for("ana-k3f9", 100.0).has_value());
}

TEST_CASE("attempt limiter: the fourth wrong PIN locks for exactly 30 s") {
  AttemptLimiter l;
  fail_n(l, "k", 4, 100.0);
  CHECK_FALSE(l.allowed("k", 100.0));
  REQUIRE(l.locked_for("k", 100.0).has_value());
  CHECK(*l.locked_for("k", 100.0) == 30.0);
  CHECK(*l.locked_for("k", 110.0) == 20.0);
  CHECK(*l.locked_for("k", 129.5) == 0.5);
  CHECK_FALSE(l.allowed("k", 129.5));
  CHECK(l.allowed("k", 130.0));  // the lock ends at exactly now + 30
  CHECK_FALSE(l.locked_for("k", 130.0).has_value());
}

TEST_CASE("attempt limiter: each further wrong PIN doubles the lock, capped at 15 minutes") {
  CHECK(AttemptLimiter::lock_after(0) == 0.0);
  CHECK(AttemptLimiter::lock_after(3) == 0.0);
  CHECK(AttemptLimiter::lock_after(4) == 30.0);
  CHECK(AttemptLimiter::lock_after(5) == 60.0);
  CHECK(AttemptLimiter::lock_after(6) == 120.0);
  CHECK(AttemptLimiter::lock_after(7) == 240.0);
  CHECK(AttemptLimiter::lock_after(8) == 480.0);
  CHECK(AttemptLimiter::lock_after(9) == 900.0);  // 960 capped
  CHECK(AttemptLimiter::lock_after(10) == 900.0);
  CHECK(AttemptLimiter::lock_after(1000) == 900.0);

  // The same schedule through the public calls, each try as soon as allowed.
  AttemptLimiter l;
  double now = 0.0;
  fail_n(l, "k", 3, now);
  const double expected[] = {30, 60, 120, 240, 480, 900, 900, 900};
  for (double lock : expected) {
    REQUIRE(l.allowed("k", now));
    l.failed("k", now);
    REQUIRE(l.locked_for("k", now).has_value());
    CHECK(*l.locked_for("k", now) == lock);
    CHECK_FALSE(l.allowed("k", now + lock - 0.001));
    now += lock;
    CHECK(l.allowed("k", now));
  }
  CHECK(l.failures("k") == 11);
}

TEST_CASE("attempt limiter: a right PIN resets the count and any lock") {
  AttemptLimiter l;
  fail_n(l, "k", 4, 0.0);
  fail_n(l, "k", 1, 30.0);  // the fifth: locked for 60 s from 30
  CHECK(l.failures("k") == 5);
  CHECK_FALSE(l.allowed("k", 40.0));
  l.succeeded("k");  // e.g. the trainer's reset, or a success checked earlier
  CHECK(l.failures("k") == 0);
  CHECK(l.allowed("k", 40.0));
  fail_n(l, "k", 3, 41.0);  // three free ones again
  CHECK(l.allowed("k", 41.0));
  l.failed("k", 41.0);
  CHECK(*l.locked_for("k", 41.0) == 30.0);  // back to the first lock, not 120 s
}

TEST_CASE("attempt limiter: a wrong PIN reported while locked is ignored") {
  AttemptLimiter l;
  fail_n(l, "k", 4, 0.0);
  l.failed("k", 10.0);  // the caller did not ask allowed() first
  CHECK(l.failures("k") == 4);
  CHECK(*l.locked_for("k", 10.0) == 20.0);  // not extended
  CHECK(l.allowed("k", 30.0));
  l.failed("k", 30.0);
  CHECK(*l.locked_for("k", 30.0) == 60.0);
}

TEST_CASE("attempt limiter: keys are independent") {
  AttemptLimiter l;
  fail_n(l, "ana-k3f9", 4, 0.0);
  CHECK_FALSE(l.allowed("ana-k3f9", 0.0));
  CHECK(l.allowed("ben-7q2d", 0.0));
  CHECK(l.allowed("admin", 0.0));
  CHECK(l.failures("ben-7q2d") == 0);
  fail_n(l, "admin", 3, 0.0);
  CHECK(l.allowed("admin", 0.0));
  l.succeeded("admin");
  CHECK_FALSE(l.allowed("ana-k3f9", 0.0));  // someone else's success unlocks nobody
  l.succeeded("nobody-yet");                 // unknown keys are fine
  CHECK(l.failures("nobody-yet") == 0);
}

TEST_CASE("attempt limiter: a clock that jumps back never locks for longer than the lock earned") {
  AttemptLimiter l;
  fail_n(l, "k", 3, 1000.0);
  l.failed("k", 1000.0);  // 30 s lock from 1000
  // The clock jumps back a whole day: the lock is re-anchored with its full
  // 30 s left, not 86,430 s.
  REQUIRE(l.locked_for("k", 1000.0 - 86400.0).has_value());
  CHECK(*l.locked_for("k", 1000.0 - 86400.0) == 30.0);
  CHECK(*l.locked_for("k", 1000.0 - 86400.0 + 10.0) == 20.0);
  CHECK(l.allowed("k", 1000.0 - 86400.0 + 30.0));

  // A jump back to inside the lock leaves the remaining time as it was.
  AttemptLimiter m;
  fail_n(m, "k", 4, 500.0);
  CHECK(*m.locked_for("k", 520.0) == 10.0);
  CHECK(*m.locked_for("k", 515.0) == 15.0);

  // A lock already seen to be over stays over after a jump back.
  AttemptLimiter n;
  fail_n(n, "k", 4, 500.0);
  CHECK(n.allowed("k", 600.0));
  CHECK(n.allowed("k", 0.0));
  CHECK(n.allowed("k", -50.0));
  // ...and the next wrong PIN still counts from where it was (the fifth: 60 s).
  n.failed("k", -50.0);
  CHECK(*n.locked_for("k", -50.0) == 60.0);
}
