#include "core/lms/cmi5_session.h"

#include <doctest/doctest.h>

using namespace warmline::lms;

namespace {

Cmi5LaunchData launch_data(LaunchMode mode = LaunchMode::Normal, std::optional<double> mastery = std::nullopt,
                           MoveOn move_on = MoveOn::CompletedAndPassed) {
  Cmi5LaunchData d;
  d.launch_mode = mode;
  d.mastery_score = mastery;
  d.move_on = move_on;
  return d;
}

}  // namespace

TEST_CASE("cmi5 session: the whole happy path in order") {
  Cmi5Session s(launch_data(LaunchMode::Normal, 0.8));
  CHECK_FALSE(s.initialized());
  CHECK(s.initialize());
  CHECK(s.allowed_statement());
  CHECK(s.complete());
  CHECK(s.pass(0.9));
  CHECK(s.allowed_statement());
  CHECK(s.terminate());
  CHECK(s.terminated());
  CHECK(s.move_on_satisfied());
}

TEST_CASE("cmi5 session: initialized only first and once") {
  Cmi5Session s(launch_data());
  const Cmi5Verdict early = s.allowed_statement();
  CHECK_FALSE(early);
  CHECK(early.reason == "cmi5: a statement before initialized");
  CHECK(s.complete().reason == "cmi5: completed before initialized");
  CHECK(s.pass(std::nullopt).reason == "cmi5: passed before initialized");
  CHECK(s.terminate().reason == "cmi5: terminated before initialized");
  CHECK(s.initialize());
  const Cmi5Verdict again = s.initialize();
  CHECK_FALSE(again.allowed);
  CHECK(again.reason == "cmi5: initialized was already sent in this session");
  // Refused attempts recorded nothing.
  CHECK_FALSE(s.completed());
  CHECK_FALSE(s.passed());
}

TEST_CASE("cmi5 session: nothing after terminated") {
  Cmi5Session s(launch_data());
  CHECK(s.initialize());
  CHECK(s.terminate());
  CHECK(s.allowed_statement().reason == "cmi5: a statement after terminated");
  CHECK(s.complete().reason == "cmi5: completed after terminated");
  CHECK(s.fail(0.1).reason == "cmi5: failed after terminated");
  CHECK(s.terminate().reason == "cmi5: terminated was already sent in this session");
  CHECK(s.initialize().reason == "cmi5: initialized after terminated; the session is over");
}

TEST_CASE("cmi5 session: completed at most once per registration") {
  Cmi5Session s(launch_data());
  CHECK(s.initialize());
  CHECK(s.complete());
  CHECK(s.complete().reason == "cmi5: completed was already sent for this registration");
  // A later session of a registration that already completed.
  Cmi5Session later(launch_data(), Cmi5Earlier{true, false});
  CHECK(later.initialize());
  CHECK(later.completed());
  CHECK_FALSE(later.complete());
}

TEST_CASE("cmi5 session: one of passed or failed per session") {
  Cmi5Session a(launch_data());
  CHECK(a.initialize());
  CHECK(a.pass(std::nullopt));
  CHECK(a.pass(std::nullopt).reason == "cmi5: passed was already sent for this registration");
  CHECK(a.fail(std::nullopt).reason == "cmi5: failed after passed for this registration");

  Cmi5Session b(launch_data());
  CHECK(b.initialize());
  CHECK(b.fail(0.2));
  CHECK(b.fail(0.3).reason == "cmi5: failed was already sent in this session");
  CHECK(b.pass(0.9).reason == "cmi5: failed was already sent in this session; only one of passed and failed");
  CHECK(b.failed());
  CHECK_FALSE(b.passed());

  // A failed session does not bind the next one (failed is not carried over).
  Cmi5Session c(launch_data());
  CHECK(c.initialize());
  CHECK(c.pass(0.9));
  // Passed in an earlier session: never passed or failed again.
  Cmi5Session d(launch_data(), Cmi5Earlier{false, true});
  CHECK(d.initialize());
  CHECK_FALSE(d.pass(1.0));
  CHECK_FALSE(d.fail(0.0));
}

TEST_CASE("cmi5 session: the mastery score decides between passed and failed") {
  Cmi5Session s(launch_data(LaunchMode::Normal, 0.8));
  CHECK(s.initialize());
  CHECK(s.passes_mastery(0.8) == true);
  CHECK(s.passes_mastery(0.79) == false);
  CHECK(s.passes_mastery(4.0 / 5.0) == true);
  CHECK(s.pass(0.79).reason == "cmi5: passed with a score below the mastery score");
  CHECK(s.pass(std::nullopt).reason == "cmi5: passed without a score, but the LMS set a mastery score");
  CHECK(s.fail(0.8).reason == "cmi5: failed with a score at or above the mastery score");
  CHECK(s.fail(std::nullopt).reason == "cmi5: failed without a score, but the LMS set a mastery score");
  CHECK(s.pass(1.5).reason == "cmi5: passed with a score outside -1..1");
  CHECK_FALSE(s.passed());
  CHECK_FALSE(s.failed());
  CHECK(s.pass(0.8));  // exactly the mastery score passes

  Cmi5Session f(launch_data(LaunchMode::Normal, 0.8));
  CHECK(f.initialize());
  CHECK(f.fail(0.6));

  Cmi5Session free(launch_data());
  CHECK_FALSE(free.passes_mastery(0.1).has_value());
}

TEST_CASE("cmi5 session: Browse and Review record no completion or result") {
  for (const LaunchMode mode : {LaunchMode::Browse, LaunchMode::Review}) {
    Cmi5Session s(launch_data(mode, 0.5));
    CHECK(s.initialize());
    CHECK(s.allowed_statement());
    const Cmi5Verdict v = s.complete();
    CHECK_FALSE(v);
    CHECK(v.reason == std::string("cmi5: completed in ") + to_string(mode) +
                          " mode, which records no completion or result");
    CHECK_FALSE(s.pass(0.9));
    CHECK_FALSE(s.fail(0.1));
    CHECK(s.terminate());
  }
}

TEST_CASE("cmi5 session: when moveOn is satisfied") {
  auto session = [](MoveOn move_on) {
    Cmi5Session s(launch_data(LaunchMode::Normal, std::nullopt, move_on));
    REQUIRE(s.initialize());
    return s;
  };
  Cmi5Session passed = session(MoveOn::Passed);
  CHECK_FALSE(passed.move_on_satisfied());
  CHECK(passed.complete());
  CHECK_FALSE(passed.move_on_satisfied());
  CHECK(passed.pass(std::nullopt));
  CHECK(passed.move_on_satisfied());

  Cmi5Session completed = session(MoveOn::Completed);
  CHECK(completed.fail(std::nullopt));
  CHECK_FALSE(completed.move_on_satisfied());
  CHECK(completed.complete());
  CHECK(completed.move_on_satisfied());

  Cmi5Session both = session(MoveOn::CompletedAndPassed);
  CHECK(both.pass(std::nullopt));
  CHECK_FALSE(both.move_on_satisfied());
  CHECK(both.complete());
  CHECK(both.move_on_satisfied());

  Cmi5Session either = session(MoveOn::CompletedOrPassed);
  CHECK_FALSE(either.move_on_satisfied());
  CHECK(either.pass(std::nullopt));
  CHECK(either.move_on_satisfied());

  CHECK(session(MoveOn::NotApplicable).move_on_satisfied());
  // Earlier sessions count.
  Cmi5Session earlier(launch_data(LaunchMode::Normal, std::nullopt, MoveOn::CompletedAndPassed), Cmi5Earlier{true, true});
  CHECK(earlier.move_on_satisfied());
}
