#pragma once

namespace warmline {

// Kahoot-style points: being right matters most, being quick a little, and a
// run of right answers a little more, so a slow careful learner still beats a
// fast guesser.
constexpr int kFullSpeedPoints = 1000;  // a right answer at once
constexpr int kStreakStep = 100;        // per right answer in a row before this one
constexpr int kStreakCap = 500;

// round(1000 * (1 - (t/T)/2)) for a right answer after `seconds` of a
// `limit`: 1000 at once, 500 at the buzzer. t is clamped to [0, T]; a limit
// of zero or less scores as an instant answer.
int speed_points(double seconds, double limit);

// The bonus for a right answer after `streak_before` right answers in a row:
// +100 for the second, +200 for the third, up to +500.
int streak_bonus(int streak_before);

}  // namespace warmline
