#pragma once
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "core/course/course.h"
#include "core/quiz/quiz_answer.h"
#include "core/quiz/quiz_result.h"

namespace warmline {

enum class QuizState : std::uint8_t {
  Ready,     // built, start() not called yet
  Asking,    // question index() is on screen, its clock running (unless paused)
  Answered,  // index() answered or timed out: feedback and explanation showing
  Finished,  // every drawn question done; result() is final
};

// How one question went, for the feedback screen and for result().
struct QuestionOutcome {
  bool correct = false;
  bool timed_out = false;
  double seconds = 0.0;  // time counted (the limit when timed out)
  int speed_points = 0;
  int streak_bonus = 0;
  int points = 0;                             // speed_points + streak_bonus; 0 when wrong
  Answer answer;                              // as given, in displayed positions; unset when timed out
  std::vector<bool> correct_options;          // per displayed option; not truefalse/order
  std::vector<std::size_t> correct_sequence;  // order: the displayed steps, right order
  std::vector<std::string> feedback;  // the chosen options' feedback, displayed order, blanks left out
  std::string explain;
};

// One timed attempt at a quiz. The draw and every option shuffle come from
// `seed` alone, so a test (or a bug report) replays the exact same attempt.
// Time is only ever passed in: seconds on a monotonic clock. Calls that do
// not fit the current state, or answers that do not fit the question, return
// false and change nothing.
class QuizSession {
 public:
  static constexpr std::size_t kDefaultCount = 10;
  static constexpr double kNoDeadline = std::numeric_limits<double>::infinity();

  // `quiz` must outlive the session. `previous` are the question ids of the
  // last attempt, kept out of this one when the bank allows (see draw_questions).
  QuizSession(const Quiz& quiz, std::uint64_t seed, const std::vector<std::string>& previous = {},
              std::size_t count = kDefaultCount);
  QuizSession(Quiz&&, std::uint64_t, const std::vector<std::string>& = {}, std::size_t = 0) = delete;

  bool start(double now);  // Ready -> Asking(0), or Finished for an empty draw
  // Asking -> Answered. An answer arriving after the limit (before tick()
  // noticed) is not taken: the question times out instead and this returns false.
  bool answer(const Answer& a, double now);
  // Asking -> Answered as a timeout (wrong, 0 points) once the limit is reached.
  bool tick(double now);
  bool next(double now);  // Answered -> Asking(i + 1), or Finished after the last
  // Focus lost / regained: paused time never counts against the learner.
  // Valid in any state; a second pause (or resume) returns false and does nothing.
  bool pause(double now);
  bool resume(double now);

  QuizState state() const { return state_; }
  bool paused() const { return paused_; }
  std::size_t index() const { return index_; }
  std::size_t count() const { return slots_.size(); }
  const Quiz& quiz() const { return *quiz_; }

  // The question on screen (Asking/Answered), else nullptr.
  const Question* question() const;
  std::size_t option_count() const;
  const Option* option(std::size_t displayed) const;  // nullptr when out of range
  // Displayed option -> the author's option index, for the question on screen.
  const std::vector<std::size_t>& option_order() const;
  const QuestionOutcome* outcome() const;  // Answered only
  const std::vector<QuestionOutcome>& outcomes() const { return outcomes_; }
  std::vector<std::string> question_ids() const;  // the draw: `previous` for the next attempt

  // The countdown. While answered the bar stays where the answer stopped it;
  // before start and after the end there is nothing left.
  double limit() const;  // seconds for the question on screen
  double elapsed(double now) const;
  double remaining(double now) const;
  double fraction_left(double now) const;  // 1 -> 0
  // When the countdown next changes by itself: the next whole second of
  // remaining() (for a seconds readout) and at last the limit itself, when
  // tick() must run. kNoDeadline while paused or not asking.
  double next_deadline(double now) const;

  int points() const { return points_; }
  int correct() const { return correct_; }
  int streak() const { return streak_; }

  // Meant for a finished attempt; before that it covers the answers so far.
  QuizResult result() const;
  void set_module_id(std::string id) { module_id_ = std::move(id); }
  void set_review(bool review) { review_ = review; }

 private:
  struct Slot {
    const Question* question = nullptr;
    std::vector<std::size_t> order;  // displayed -> original option
    double limit = 0.0;
  };

  void begin_question(std::size_t i, double now);
  void settle(QuestionOutcome o);
  QuestionOutcome blank_outcome() const;

  const Quiz* quiz_;
  std::vector<Slot> slots_;
  std::vector<QuestionOutcome> outcomes_;
  QuizState state_ = QuizState::Ready;
  std::size_t index_ = 0;
  double started_at_ = 0.0;  // when the question on screen appeared
  double paused_for_ = 0.0;  // seconds of it spent paused
  double pause_began_ = 0.0;
  bool paused_ = false;
  int points_ = 0;
  int correct_ = 0;
  int streak_ = 0;
  std::string module_id_;
  bool review_ = false;
};

}  // namespace warmline
