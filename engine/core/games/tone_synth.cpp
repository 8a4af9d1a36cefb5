#include "core/games/tone_synth.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace warmline {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kTwoPi = 2.0 * kPi;

// A cue, not music: anything longer is a mistake, and the cap keeps a bad
// value from asking for gigabytes.
constexpr double kMaxSeconds = 10.0;
// Real devices run at 8-384 kHz; far beyond that the number is not a rate.
constexpr int kMaxSampleRate = 768000;
// Below this, speakers and ears give nothing but rumble.
constexpr double kMinHz = 20.0;
// Short of Nyquist so the top of a glide does not fold back as a whistle.
constexpr double kNyquistShare = 0.45;
// A fade this short still ramps over a few hundred samples; anything shorter
// turns the first or last sample into an audible click.
constexpr double kMinFadeSeconds = 0.005;
// A faint octave makes a low sine audible on small laptop speakers, which
// barely reproduce 220 Hz. Kept under 0.5 so it adds no zero crossings.
constexpr double kHarmonic = 0.15;

// A4-based equal temperament: A3, C#4, E4 make an A major triad, so the three
// cues sound like one family and never clash when one follows another.
constexpr double kA3 = 220.0;
constexpr double kCSharp4 = 277.18;
constexpr double kE4 = 329.63;

double finite_or(double v, double fallback) { return std::isfinite(v) ? v : fallback; }

// 0 -> 0, 1 -> 1 with zero slope at both ends.
double smoothstep(double u) { return u * u * (3.0 - 2.0 * u); }

// Half a cosine from 0 up to 1 over `length` samples.
double raised_cosine(double position, double length) {
  if (position >= length) return 1.0;
  return 0.5 * (1.0 - std::cos(kPi * position / length));
}

}  // namespace

ToneSpec tone_for_phase(BreathPhaseKind kind) {
  switch (kind) {
    case BreathPhaseKind::Inhale:
      // A slow swell that rises like the breath it asks for.
      return ToneSpec{kA3, kE4, 0.9, 0.15, 0.35, 0.18f};
    case BreathPhaseKind::Exhale:
      // The same interval falling, with a longer tail, like a sigh.
      return ToneSpec{kE4, kA3, 0.9, 0.10, 0.45, 0.16f};
    case BreathPhaseKind::Hold:
      break;
  }
  // Holding is stillness: a brief, quieter note between the two glides.
  return ToneSpec{kCSharp4, kCSharp4, 0.4, 0.04, 0.25, 0.11f};
}

std::vector<float> render_tone(const ToneSpec& spec, int sample_rate) {
  if (sample_rate <= 0 || sample_rate > kMaxSampleRate) return {};
  if (!(spec.seconds > 0.0)) return {};  // also refuses NaN
  if (!std::isfinite(spec.start_hz) || !std::isfinite(spec.end_hz)) return {};
  const double rate = sample_rate;
  const double top_hz = kNyquistShare * rate;
  if (top_hz < kMinHz) return {};

  const double seconds = std::min(spec.seconds, kMaxSeconds);
  const auto count = static_cast<std::size_t>(std::llround(seconds * rate));
  if (count == 0) return {};
  std::vector<float> out(count, 0.0f);
  if (count < 3) return out;  // too short to be anything but silence

  const double f0 = std::clamp(spec.start_hz, kMinHz, top_hz);
  const double f1 = std::clamp(spec.end_hz, kMinHz, top_hz);
  const double harmonic = 2.0 * std::max(f0, f1) < top_hz ? kHarmonic : 0.0;
  // Divided by the worst case of sin + h*sin2 so the peak never exceeds volume.
  const double amplitude = std::clamp(finite_or(spec.volume, 0.0), 0.0, 1.0) / (1.0 + harmonic);

  // Fades count in samples from the first and the last sample, so both land
  // on exactly zero whatever the rounding of the length.
  const double last = static_cast<double>(count - 1);
  const double min_fade = std::min(kMinFadeSeconds * rate, last / 2.0);
  double attack = std::max(finite_or(spec.attack_seconds, 0.0) * rate, min_fade);
  double release = std::max(finite_or(spec.release_seconds, 0.0) * rate, min_fade);
  if (attack + release > last) {
    const double scale = last / (attack + release);
    attack *= scale;
    release *= scale;
  }

  // Pitch moves in equal musical steps (ears hear ratios, not hertz), eased
  // so the cue starts and lands on a settled note rather than mid-slide.
  const double log_ratio = std::log(f1 / f0);
  auto frequency = [&](double n) {
    return f0 * std::exp(log_ratio * smoothstep(std::clamp(n / last, 0.0, 1.0)));
  };

  // The phase is the running sum of the frequency, never 2*pi*f(t)*t: that
  // form is off pitch while f moves (it advances at f + t*f') and jumps
  // wherever f does, each jump a click.
  double phase = 0.0;
  for (std::size_t i = 0; i < count; ++i) {
    const double n = static_cast<double>(i);
    const double envelope = raised_cosine(n, attack) * raised_cosine(last - n, release);
    const double wave = std::sin(phase) + harmonic * std::sin(2.0 * phase);
    out[i] = static_cast<float>(amplitude * envelope * wave);
    // Midpoint frequency of the step to the next sample; wrapped to keep the
    // sine's argument small, where double keeps its precision.
    phase = std::fmod(phase + kTwoPi * frequency(n + 0.5) / rate, kTwoPi);
  }
  return out;
}

}  // namespace warmline
