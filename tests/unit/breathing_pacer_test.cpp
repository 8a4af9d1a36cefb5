#include "core/games/breathing_pacer.h"

#include <doctest/doctest.h>

#include <initializer_list>
#include <utility>

using namespace warmline;

namespace {

constexpr auto In = BreathPhaseKind::Inhale;
constexpr auto Hold = BreathPhaseKind::Hold;
constexpr auto Out = BreathPhaseKind::Exhale;

BreathingPattern pattern(std::initializer_list<std::pair<BreathPhaseKind, int>> phases, int cycles) {
  BreathingPattern p;
  p.id = "p";
  for (const auto& [kind, seconds] : phases) p.phases.push_back(BreathPhase{kind, seconds});
  p.cycles = cycles;
  return p;
}

BreathingPattern box() { return pattern({{In, 4}, {Hold, 4}, {Out, 4}, {Hold, 4}}, 4); }

}  // namespace

TEST_CASE("pacer: box breathing 4-4-4-4 turns phase exactly on the second") {
  const BreathingPattern p = box();
  BreathingPacer pacer(p);
  CHECK(pacer.cycle_seconds() == 16.0);
  CHECK(pacer.total_seconds() == 64.0);
  REQUIRE(pacer.start(0.0));
  CHECK(pacer.state(0.0) == PacerState::Running);
  CHECK(pacer.phase_index(0.0) == 0);
  CHECK(pacer.countdown(0.0) == 4);
  CHECK(pacer.phase_kind(3.999) == In);
  CHECK(pacer.countdown(3.999) == 1);
  CHECK(pacer.phase_index(4.0) == 1);
  CHECK(pacer.phase_kind(4.0) == Hold);
  CHECK(pacer.seconds_left(4.0) == 4.0);
  CHECK(pacer.countdown(4.0) == 4);
  CHECK(pacer.phase_kind(7.999) == Hold);
  CHECK(pacer.phase_kind(8.0) == Out);
  CHECK(pacer.phase_index(11.999) == 2);
  CHECK(pacer.phase_index(12.0) == 3);
  CHECK(pacer.phase_kind(12.0) == Hold);
  CHECK(pacer.cycle(15.999) == 1);
  CHECK(pacer.phase_index(15.999) == 3);
  CHECK(pacer.cycle(16.0) == 2);
  CHECK(pacer.phase_index(16.0) == 0);
  CHECK(pacer.cycle(48.0) == 4);
  CHECK(pacer.phase_progress(2.0) == 0.5);
  CHECK(pacer.phase_progress(5.0) == 0.25);
  CHECK(pacer.seconds_left(9.5) == 2.5);
}

TEST_CASE("pacer: 4-7-8 breathing: uneven phases and cycles of 19 seconds") {
  const BreathingPattern p = pattern({{In, 4}, {Hold, 7}, {Out, 8}}, 4);
  BreathingPacer pacer(p);
  REQUIRE(pacer.start(0.0));
  CHECK(pacer.phase_kind(3.999) == In);
  CHECK(pacer.phase_kind(4.0) == Hold);
  CHECK(pacer.countdown(4.0) == 7);
  CHECK(pacer.phase_kind(10.999) == Hold);
  CHECK(pacer.countdown(10.999) == 1);
  CHECK(pacer.phase_kind(11.0) == Out);
  CHECK(pacer.countdown(11.0) == 8);
  CHECK(pacer.cycle(18.999) == 1);
  CHECK(pacer.phase_kind(18.999) == Out);
  CHECK(pacer.cycle(19.0) == 2);
  CHECK(pacer.phase_kind(19.0) == In);
  CHECK(pacer.cycle(57.0) == 4);
  CHECK(pacer.phase_kind(75.999) == Out);
  CHECK(pacer.state(75.999) == PacerState::Running);
  CHECK(pacer.state(76.0) == PacerState::Finished);
}

TEST_CASE("pacer: deep breathing 4-4-6 with a later start time") {
  const BreathingPattern p = pattern({{In, 4}, {Hold, 4}, {Out, 6}}, 3);
  BreathingPacer pacer(p);
  REQUIRE(pacer.start(100.0));
  CHECK(pacer.total_seconds() == 42.0);
  CHECK(pacer.phase_kind(107.999) == Hold);
  CHECK(pacer.phase_kind(108.0) == Out);
  CHECK(pacer.countdown(108.0) == 6);
  CHECK(pacer.seconds_left(111.0) == 3.0);
  CHECK(pacer.breath_size(111.0) == 0.5);
  CHECK(pacer.countdown(113.5) == 1);
  CHECK(pacer.cycle(113.999) == 1);
  CHECK(pacer.cycle(114.0) == 2);
  CHECK(pacer.phase_kind(114.0) == In);
  CHECK(pacer.cycle(141.999) == 3);
  CHECK(pacer.phase_kind(141.999) == Out);
  CHECK(pacer.state(142.0) == PacerState::Finished);
}

TEST_CASE("pacer: the run finishes at cycles x cycle length and reports it exactly once") {
  const BreathingPattern p = box();
  BreathingPacer pacer(p);
  CHECK_FALSE(pacer.take_finished(100.0));  // never started
  REQUIRE(pacer.start(0.0));
  CHECK_FALSE(pacer.start(1.0));
  CHECK(pacer.state(63.999) == PacerState::Running);
  CHECK_FALSE(pacer.take_finished(63.999));
  CHECK(pacer.state(64.0) == PacerState::Finished);
  CHECK(pacer.take_finished(64.0));
  CHECK_FALSE(pacer.take_finished(64.0));
  CHECK_FALSE(pacer.take_finished(500.0));
  CHECK(pacer.state(500.0) == PacerState::Finished);
  CHECK_FALSE(pacer.animating(64.0));
  CHECK_FALSE(pacer.pause(64.0));
  // The end of the last hold of the last cycle, not the start of a fifth.
  CHECK(pacer.cycle(500.0) == 4);
  CHECK(pacer.phase_index(500.0) == 3);
  CHECK(pacer.seconds_left(500.0) == 0.0);
  CHECK(pacer.countdown(500.0) == 0);
  CHECK(pacer.phase_progress(500.0) == 1.0);
  CHECK(pacer.elapsed(500.0) == 64.0);
}

TEST_CASE("pacer: stop abandons the run without a report; a new run reports again") {
  const BreathingPattern p = box();
  BreathingPacer pacer(p);
  CHECK_FALSE(pacer.stop());
  REQUIRE(pacer.start(0.0));
  CHECK(pacer.stop());
  CHECK_FALSE(pacer.stop());
  CHECK(pacer.state(100.0) == PacerState::Ready);
  CHECK_FALSE(pacer.take_finished(100.0));
  CHECK(pacer.phase_index(100.0) == 0);
  CHECK(pacer.countdown(100.0) == 4);
  REQUIRE(pacer.start(200.0));
  CHECK(pacer.cycle(216.0) == 2);
  CHECK(pacer.take_finished(264.0));
  CHECK(pacer.stop());
  REQUIRE(pacer.start(300.0));
  CHECK_FALSE(pacer.take_finished(363.0));
  CHECK(pacer.take_finished(364.0));
}

TEST_CASE("pacer: paused time never counts, and a second pause or resume is refused") {
  const BreathingPattern p = box();
  BreathingPacer pacer(p);
  CHECK_FALSE(pacer.pause(0.0));  // not started
  CHECK_FALSE(pacer.resume(0.0));
  REQUIRE(pacer.start(0.0));
  CHECK_FALSE(pacer.resume(1.0));
  CHECK(pacer.pause(2.0));
  CHECK_FALSE(pacer.pause(3.0));
  CHECK(pacer.state(50.0) == PacerState::Paused);
  CHECK_FALSE(pacer.animating(50.0));
  CHECK(pacer.elapsed(50.0) == 2.0);
  CHECK(pacer.phase_kind(50.0) == In);
  CHECK(pacer.breath_size(50.0) == 0.5);
  CHECK(pacer.resume(12.0));  // 10 s paused
  CHECK_FALSE(pacer.resume(13.0));
  CHECK(pacer.state(12.0) == PacerState::Running);
  CHECK(pacer.phase_kind(13.999) == In);
  CHECK(pacer.phase_kind(14.0) == Hold);
  CHECK(pacer.pause(20.0));  // elapsed 10: exhale
  CHECK(pacer.phase_kind(24.0) == Out);
  CHECK(pacer.seconds_left(24.0) == 2.0);
  CHECK(pacer.resume(25.0));  // 15 s paused in all
  CHECK(pacer.state(78.999) == PacerState::Running);
  CHECK_FALSE(pacer.take_finished(78.999));
  CHECK(pacer.take_finished(79.0));
}

TEST_CASE("pacer: a long frame lands on the right phase and cycle") {
  const BreathingPattern p = box();
  BreathingPacer pacer(p);
  REQUIRE(pacer.start(0.0));
  CHECK(pacer.phase_kind(1.0) == In);
  CHECK(pacer.phase_kind(3.0) == In);  // a 2 s hitch
  CHECK(pacer.breath_size(3.0) == 0.84375);
  CHECK(pacer.phase_index(9.5) == 2);  // straight past the hold
  CHECK(pacer.phase_kind(9.5) == Out);
  CHECK(pacer.cycle(9.5) == 1);
  CHECK(pacer.seconds_left(9.5) == 2.5);
  CHECK(pacer.countdown(9.5) == 3);
  CHECK(pacer.breath_size(9.5) == 0.68359375);  // 1 - smoothstep(0.375)
  CHECK(pacer.cycle(40.5) == 3);  // whole cycles skipped
  CHECK(pacer.phase_index(40.5) == 2);
  CHECK(pacer.seconds_left(40.5) == 3.5);
  CHECK(pacer.state(200.0) == PacerState::Finished);  // past the end in one frame
  CHECK(pacer.take_finished(200.0));
  CHECK_FALSE(pacer.take_finished(201.0));
}

TEST_CASE("pacer: the breath grows on inhale, holds full, shrinks on exhale, holds empty, eased") {
  const BreathingPattern p = box();
  BreathingPacer pacer(p);
  CHECK(pacer.breath_size(0.0) == 0.0);  // ready: empty, before the first breath
  REQUIRE(pacer.start(0.0));
  CHECK(pacer.breath_size(0.0) == 0.0);
  CHECK(pacer.breath_size(1.0) == 0.15625);  // smoothstep(0.25); linear would give 0.25
  CHECK(pacer.breath_size(2.0) == 0.5);
  CHECK(pacer.breath_size(3.0) == 0.84375);
  CHECK(pacer.breath_size(3.999) < 1.0);
  CHECK(pacer.breath_size(4.0) == 1.0);
  CHECK(pacer.breath_size(6.0) == 1.0);
  CHECK(pacer.breath_size(8.0) == 1.0);
  CHECK(pacer.breath_size(9.0) == 0.84375);
  CHECK(pacer.breath_size(10.0) == 0.5);
  CHECK(pacer.breath_size(12.0) == 0.0);
  CHECK(pacer.breath_size(14.0) == 0.0);
  CHECK(pacer.breath_size(16.0) == 0.0);
  CHECK(pacer.breath_size(18.0) == 0.5);
  CHECK(pacer.breath_size(64.0) == 0.0);  // finished after the empty hold
}

TEST_CASE("pacer: the breath carries over from the phase before, across the cycle boundary") {
  // Out first: the shape starts full, where the last inhale of a cycle leaves it.
  const BreathingPattern p = pattern({{Out, 4}, {Hold, 2}, {In, 4}, {Hold, 2}}, 2);
  BreathingPacer pacer(p);
  REQUIRE(pacer.start(0.0));
  CHECK(pacer.breath_size(0.0) == 1.0);
  CHECK(pacer.breath_size(2.0) == 0.5);
  CHECK(pacer.breath_size(5.0) == 0.0);
  CHECK(pacer.breath_size(8.0) == 0.5);
  CHECK(pacer.breath_size(11.0) == 1.0);
  CHECK(pacer.breath_size(12.0) == 1.0);  // cycle 2 starts full: no jump
  CHECK(pacer.breath_size(24.0) == 1.0);  // finished after the full hold

  // A top-up inhale after an inhale stays full instead of dropping to empty.
  const BreathingPattern sigh = pattern({{In, 2}, {In, 1}, {Out, 6}}, 1);
  BreathingPacer sigher(sigh);
  REQUIRE(sigher.start(0.0));
  CHECK(sigher.breath_size(2.0) == 1.0);
  CHECK(sigher.breath_size(2.5) == 1.0);
  CHECK(sigher.breath_size(6.0) == 0.5);
}

TEST_CASE("pacer: phases of zero seconds are skipped") {
  const BreathingPattern p = pattern({{In, 4}, {Hold, 0}, {Out, 4}, {Hold, -3}}, 2);
  BreathingPacer pacer(p);
  CHECK(pacer.total_seconds() == 16.0);
  REQUIRE(pacer.start(0.0));
  CHECK(pacer.phase_index(4.0) == 2);
  CHECK(pacer.breath_size(6.0) == 0.5);
  CHECK(pacer.phase_index(8.0) == 0);
  CHECK(pacer.cycle(8.0) == 2);
  CHECK(pacer.phase_index(16.0) == 2);  // finished on the last timed phase

  // A zero-second exhale never happens, so the hold after the inhale stays full.
  const BreathingPattern blink = pattern({{In, 4}, {Out, 0}, {Hold, 4}}, 1);
  BreathingPacer held(blink);
  REQUIRE(held.start(0.0));
  CHECK(held.breath_size(6.0) == 1.0);
}

TEST_CASE("pacer: a pattern with nothing to play finishes at once and divides by nothing") {
  const BreathingPattern none = pattern({}, 3);
  const BreathingPattern no_cycles = pattern({{Hold, 4}}, 0);
  const BreathingPattern no_time = pattern({{In, 0}, {Out, 0}}, 5);
  const BreathingPattern negative = pattern({{In, 4}}, -2);
  for (const BreathingPattern* p : {&none, &no_cycles, &no_time, &negative}) {
    BreathingPacer pacer(*p);
    CHECK(pacer.total_seconds() == 0.0);
    CHECK(pacer.state(5.0) == PacerState::Ready);
    CHECK(pacer.next_deadline(5.0) == BreathingPacer::kNoDeadline);
    REQUIRE(pacer.start(5.0));
    CHECK(pacer.state(5.0) == PacerState::Finished);
    CHECK_FALSE(pacer.animating(5.0));
    CHECK_FALSE(pacer.pause(5.0));
    CHECK(pacer.take_finished(5.0));
    CHECK_FALSE(pacer.take_finished(6.0));
    CHECK(pacer.phase_index(5.0) == 0);
    CHECK(pacer.cycle(5.0) == 0);
    CHECK(pacer.seconds_left(5.0) == 0.0);
    CHECK(pacer.countdown(5.0) == 0);
    CHECK(pacer.phase_progress(5.0) == 0.0);
    CHECK(pacer.breath_size(5.0) == 0.0);
    CHECK(pacer.next_deadline(5.0) == BreathingPacer::kNoDeadline);
  }
  BreathingPacer empty(none);
  CHECK(empty.phase_kind(0.0) == In);
  BreathingPacer held(no_cycles);
  CHECK(held.phase_kind(0.0) == Hold);
}

TEST_CASE("pacer: next_deadline is the next whole second of the countdown, while running only") {
  const BreathingPattern p = box();
  BreathingPacer pacer(p);
  CHECK(pacer.next_deadline(10.0) == BreathingPacer::kNoDeadline);  // ready
  REQUIRE(pacer.start(10.0));
  CHECK(pacer.animating(10.0));
  CHECK(pacer.next_deadline(10.0) == 11.0);
  CHECK(pacer.next_deadline(10.999) == 11.0);
  CHECK(pacer.next_deadline(11.0) == 12.0);
  CHECK(pacer.next_deadline(11.25) == 12.0);
  CHECK(pacer.next_deadline(13.5) == 14.0);  // the phase change
  CHECK(pacer.next_deadline(14.0) == 15.0);
  CHECK(pacer.next_deadline(73.5) == 74.0);  // the finish
  CHECK(pacer.next_deadline(74.0) == BreathingPacer::kNoDeadline);

  BreathingPacer paused(p);
  REQUIRE(paused.start(0.0));
  REQUIRE(paused.pause(2.5));
  CHECK(paused.next_deadline(2.5) == BreathingPacer::kNoDeadline);
  CHECK(paused.next_deadline(30.0) == BreathingPacer::kNoDeadline);
  REQUIRE(paused.resume(20.0));
  CHECK(paused.next_deadline(20.0) == 20.5);  // elapsed 2.5 shows 2; it turns 1 at elapsed 3
  CHECK(paused.countdown(20.499) == 2);
  CHECK(paused.countdown(20.5) == 1);
}

TEST_CASE("pacer: following next_deadline visits every second of the countdown, then the finish") {
  const BreathingPattern p = pattern({{In, 4}, {Hold, 7}, {Out, 8}}, 2);
  BreathingPacer pacer(p);
  REQUIRE(pacer.start(0.0));
  double t = 0.0;
  int hops = 0;
  while (pacer.state(t) == PacerState::Running && hops < 1000) {
    const double next = pacer.next_deadline(t);
    CHECK(next == t + 1.0);
    const bool changed = pacer.countdown(next) != pacer.countdown(t) || pacer.phase_index(next) != pacer.phase_index(t) ||
                         pacer.state(next) == PacerState::Finished;
    CHECK(changed);
    t = next;
    ++hops;
  }
  CHECK(hops == 38);
  CHECK(t == 38.0);
  CHECK(pacer.take_finished(t));
}

TEST_CASE("pacer: phase labels are what the learner reads") {
  CHECK(phase_label(In) == "Breathe in");
  CHECK(phase_label(Hold) == "Hold");
  CHECK(phase_label(Out) == "Breathe out");
}
