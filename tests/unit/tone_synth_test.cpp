#include "core/games/tone_synth.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

using namespace warmline;

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr BreathPhaseKind kKinds[] = {BreathPhaseKind::Inhale, BreathPhaseKind::Hold,
                                      BreathPhaseKind::Exhale};

// Pitch over samples [from, to) from its zero crossings, each placed between
// its two samples by linear interpolation: a plain count would be off by up
// to one crossing, several percent over the short windows used here.
double estimate_hz(const std::vector<float>& s, std::size_t from, std::size_t to, int rate) {
  double first = -1.0, last = -1.0;
  int crossings = 0;
  for (std::size_t i = from + 1; i < to; ++i) {
    const double a = s[i - 1], b = s[i];
    if ((a < 0.0 && b >= 0.0) || (a >= 0.0 && b < 0.0)) {
      const double t = static_cast<double>(i - 1) + a / (a - b);
      if (crossings == 0) first = t;
      last = t;
      ++crossings;
    }
  }
  if (crossings < 3) return 0.0;
  // Two crossings per cycle.
  return (crossings - 1) / 2.0 / ((last - first) / rate);
}

float peak(const std::vector<float>& s) {
  float p = 0.0f;
  for (float v : s) p = std::max(p, std::fabs(v));
  return p;
}

float largest_step(const std::vector<float>& s) {
  float j = 0.0f;
  for (std::size_t i = 1; i < s.size(); ++i) j = std::max(j, std::fabs(s[i] - s[i - 1]));
  return j;
}

// Checks every property a cue must have at `rate`.
void check_tone(const ToneSpec& spec, int rate) {
  const std::vector<float> s = render_tone(spec, rate);
  REQUIRE(s.size() == static_cast<std::size_t>(std::llround(spec.seconds * rate)));
  CHECK(std::fabs(s.front()) < 1e-6f);
  CHECK(std::fabs(s.back()) < 1e-6f);
  CHECK(peak(s) <= spec.volume + 1e-6f);
  CHECK(peak(s) > 0.5f * spec.volume);  // the fades do not swallow the tone

  // Windows of a tenth of the tone (at most 100 ms) at either end.
  const std::size_t window = std::min<std::size_t>(s.size() / 10, static_cast<std::size_t>(rate / 10));
  CHECK(estimate_hz(s, 0, window, rate) == doctest::Approx(spec.start_hz).epsilon(0.03));
  CHECK(estimate_hz(s, s.size() - window, s.size(), rate) == doctest::Approx(spec.end_hz).epsilon(0.03));

  // A sine of amplitude v at f Hz moves at most v * 2*pi*f / rate between
  // samples. Half as much again covers the faint harmonic and the fades; a
  // phase jump or a cut-off end would step by a sizeable share of v.
  const double top = std::max(spec.start_hz, spec.end_hz);
  CHECK(largest_step(s) <= 1.5 * spec.volume * 2.0 * kPi * top / rate);
}

}  // namespace

TEST_CASE("tone: each phase's cue is soft, click-free and glides between its pitches") {
  for (BreathPhaseKind kind : kKinds) {
    const ToneSpec spec = tone_for_phase(kind);
    CAPTURE(static_cast<int>(kind));
    CHECK(spec.volume > 0.0f);
    CHECK(spec.volume <= 0.25f);
    CHECK(spec.seconds <= 1.0);  // the shortest phase a pack may have
    for (int rate : {44100, 48000}) {
      CAPTURE(rate);
      check_tone(spec, rate);
    }
  }
}

TEST_CASE("tone: breathing in rises, breathing out falls, holding is a quieter steady note") {
  const ToneSpec in = tone_for_phase(BreathPhaseKind::Inhale);
  const ToneSpec hold = tone_for_phase(BreathPhaseKind::Hold);
  const ToneSpec out = tone_for_phase(BreathPhaseKind::Exhale);
  CHECK(in.end_hz > in.start_hz);
  CHECK(out.end_hz < out.start_hz);
  CHECK(hold.start_hz == hold.end_hz);
  CHECK(hold.volume < in.volume);
  CHECK(hold.volume < out.volume);
  CHECK(hold.seconds < in.seconds);

  const std::vector<float> a = render_tone(in, 48000);
  const std::vector<float> b = render_tone(hold, 48000);
  const std::vector<float> c = render_tone(out, 48000);
  CHECK_FALSE(a.empty());
  CHECK_FALSE(b.empty());
  CHECK_FALSE(c.empty());
  CHECK(a != b);
  CHECK(b != c);
  CHECK(a != c);
}

TEST_CASE("tone: a wide glide is continuous and passes through the pitches between") {
  const ToneSpec spec{200.0, 800.0, 1.0, 0.05, 0.05, 0.2f};
  check_tone(spec, 16000);
  const std::vector<float> s = render_tone(spec, 16000);
  const double middle = estimate_hz(s, 7600, 8400, 16000);
  CHECK(middle > 300.0);
  CHECK(middle < 600.0);
}

TEST_CASE("tone: a steady note is a steady pitch") {
  const ToneSpec spec{440.0, 440.0, 0.5, 0.01, 0.01, 0.25f};
  const std::vector<float> s = render_tone(spec, 48000);
  for (std::size_t from = 0; from + 4800 <= s.size(); from += 4800) {
    CHECK(estimate_hz(s, from, from + 4800, 48000) == doctest::Approx(440.0).epsilon(0.005));
  }
}

TEST_CASE("tone: bad lengths and rates give nothing; silly values are clamped") {
  const ToneSpec ok = tone_for_phase(BreathPhaseKind::Inhale);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();

  ToneSpec s = ok;
  s.seconds = 0.0;
  CHECK(render_tone(s, 48000).empty());
  s.seconds = -1.0;
  CHECK(render_tone(s, 48000).empty());
  s.seconds = nan;
  CHECK(render_tone(s, 48000).empty());
  CHECK(render_tone(ok, 0).empty());
  CHECK(render_tone(ok, -44100).empty());
  CHECK(render_tone(ok, 2000000000).empty());
  s = ok;
  s.start_hz = nan;
  CHECK(render_tone(s, 48000).empty());
  s = ok;
  s.end_hz = inf;
  CHECK(render_tone(s, 48000).empty());

  // An hour-long cue is cut to a few seconds.
  s = ok;
  s.seconds = 3600.0;
  const std::vector<float> long_tone = render_tone(s, 8000);
  CHECK_FALSE(long_tone.empty());
  CHECK(long_tone.size() <= 8000u * 10u);

  // Too loud, no fades, a pitch past Nyquist: clamped, still no click.
  s = ToneSpec{30000.0, -5.0, 0.2, 0.0, -1.0, 7.0f};
  const std::vector<float> wild = render_tone(s, 8000);
  REQUIRE(wild.size() == 1600u);
  CHECK(wild.front() == 0.0f);
  CHECK(wild.back() == 0.0f);
  CHECK(peak(wild) <= 1.0f);
  // Just under Nyquist (4 kHz); unclamped, 30 kHz would fold back to 2 kHz.
  CHECK(estimate_hz(wild, 0, 160, 8000) > 0.35 * 8000);

  // Fades longer than the tone share it instead of overlapping.
  s = ToneSpec{440.0, 440.0, 0.1, 5.0, 5.0, 0.2f};
  const std::vector<float> squeezed = render_tone(s, 48000);
  REQUIRE(squeezed.size() == 4800u);
  CHECK(squeezed.front() == 0.0f);
  CHECK(squeezed.back() == 0.0f);
  CHECK(peak(squeezed) > 0.1f);

  // Silent but well formed.
  s = ok;
  s.volume = 0.0f;
  const std::vector<float> silent = render_tone(s, 48000);
  CHECK_FALSE(silent.empty());
  CHECK(peak(silent) == 0.0f);
}
