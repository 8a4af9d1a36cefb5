#pragma once

// The running score of one rephrasing sitting. Rounds are scored like quiz
// questions (core/quiz/quiz_scoring.h), so a run of right rounds earns the
// same streak bonus a run of right answers does.
namespace warmline {

struct RoundScore {
  int points = 0;  // base plus bonus; 0 for a miss
  int bonus = 0;   // streak_bonus for the rounds right before this one
  int streak = 0;  // rounds right in a row, this one included
};

class RephraseTally {
 public:
  // What a right round is worth before the bonus: a Pick round its speed
  // points, a Build round full marks, a Write round ten times its score.
  static constexpr int kBuildPoints = 1000;
  static int write_points(int score) { return score * 10; }

  // Records a round; a miss ends the streak and scores nothing whatever its
  // base. Negative bases count as 0.
  RoundScore record(bool right, int base_points);

  int total() const { return total_; }
  int streak() const { return streak_; }
  int best_streak() const { return best_streak_; }
  int rounds() const { return rounds_; }
  int right() const { return right_; }

 private:
  int total_ = 0;
  int streak_ = 0;
  int best_streak_ = 0;
  int rounds_ = 0;
  int right_ = 0;
};

}  // namespace warmline
