#include "core/quiz/quiz_session.h"

#include <algorithm>
#include <cmath>

#include "core/quiz/quiz_draw.h"
#include "core/quiz/quiz_scoring.h"
#include "core/quiz/seeded_random.h"

namespace warmline {

QuizSession::QuizSession(const Quiz& quiz, std::uint64_t seed, const std::vector<std::string>& previous,
                         std::size_t count)
    : quiz_(&quiz) {
  SeededRandom rng(seed);
  for (std::size_t i : draw_questions(quiz, previous, count, rng)) {
    const Question& q = quiz.questions[i];
    // A limit under a second would end the question before it is drawn.
    slots_.push_back(Slot{&q, warmline::option_order(q, rng),
                          std::max(1.0, static_cast<double>(question_seconds(q, quiz)))});
  }
}

bool QuizSession::start(double now) {
  if (state_ != QuizState::Ready) return false;
  if (slots_.empty()) {
    state_ = QuizState::Finished;
  } else {
    begin_question(0, now);
  }
  return true;
}

void QuizSession::begin_question(std::size_t i, double now) {
  state_ = QuizState::Asking;
  index_ = i;
  started_at_ = now;
  paused_for_ = 0.0;
  // Still unfocused: the clock starts when the learner is back.
  if (paused_) pause_began_ = now;
}

QuestionOutcome QuizSession::blank_outcome() const {
  const Slot& s = slots_[index_];
  QuestionOutcome o;
  o.correct_options = correct_options(*s.question, s.order);
  o.correct_sequence = correct_sequence(*s.question, s.order);
  o.explain = s.question->explain;
  return o;
}

void QuizSession::settle(QuestionOutcome o) {
  if (o.correct) {
    o.speed_points = speed_points(o.seconds, limit());
    o.streak_bonus = streak_bonus(streak_);
    o.points = o.speed_points + o.streak_bonus;
    ++streak_;
    ++correct_;
    points_ += o.points;
  } else {
    streak_ = 0;
  }
  outcomes_.push_back(std::move(o));
  state_ = QuizState::Answered;
}

bool QuizSession::answer(const Answer& a, double now) {
  if (state_ != QuizState::Asking) return false;
  const Slot& s = slots_[index_];
  if (!answer_fits(*s.question, s.order, a)) return false;
  const double t = elapsed(now);
  if (t > s.limit) {
    tick(now);
    return false;
  }
  QuestionOutcome o = blank_outcome();
  o.correct = answer_correct(*s.question, s.order, a);
  o.seconds = t;
  o.answer = a;
  std::vector<std::size_t> chosen;
  if (a.kind == AnswerKind::Choice) chosen.push_back(a.choice);
  if (a.kind == AnswerKind::Choices) chosen = a.choices;
  std::sort(chosen.begin(), chosen.end());
  for (std::size_t d : chosen) {
    const std::string& text = s.question->options[s.order[d]].feedback;
    if (!text.empty()) o.feedback.push_back(text);
  }
  settle(std::move(o));
  return true;
}

bool QuizSession::tick(double now) {
  if (state_ != QuizState::Asking || elapsed(now) < limit()) return false;
  QuestionOutcome o = blank_outcome();
  o.timed_out = true;
  o.seconds = limit();
  settle(std::move(o));
  return true;
}

bool QuizSession::next(double now) {
  if (state_ != QuizState::Answered) return false;
  if (index_ + 1 < slots_.size()) {
    begin_question(index_ + 1, now);
  } else {
    state_ = QuizState::Finished;
  }
  return true;
}

bool QuizSession::pause(double now) {
  if (paused_) return false;
  paused_ = true;
  pause_began_ = now;
  return true;
}

bool QuizSession::resume(double now) {
  if (!paused_) return false;
  paused_ = false;
  paused_for_ += std::max(0.0, now - pause_began_);
  return true;
}

const Question* QuizSession::question() const {
  const bool showing = state_ == QuizState::Asking || state_ == QuizState::Answered;
  return showing ? slots_[index_].question : nullptr;
}

std::size_t QuizSession::option_count() const { return option_order().size(); }

const Option* QuizSession::option(std::size_t displayed) const {
  const Question* q = question();
  if (q == nullptr || displayed >= option_count()) return nullptr;
  return &q->options[slots_[index_].order[displayed]];
}

const std::vector<std::size_t>& QuizSession::option_order() const {
  static const std::vector<std::size_t> kNone;
  return question() != nullptr ? slots_[index_].order : kNone;
}

const QuestionOutcome* QuizSession::outcome() const {
  return state_ == QuizState::Answered ? &outcomes_.back() : nullptr;
}

std::vector<std::string> QuizSession::question_ids() const {
  std::vector<std::string> ids;
  for (const Slot& s : slots_) ids.push_back(s.question->id);
  return ids;
}

double QuizSession::limit() const { return question() != nullptr ? slots_[index_].limit : 0.0; }

double QuizSession::elapsed(double now) const {
  switch (state_) {
    case QuizState::Asking: {
      const double until = paused_ ? pause_began_ : now;
      return std::max(0.0, until - started_at_ - paused_for_);
    }
    case QuizState::Answered:
      return outcomes_.back().seconds;
    case QuizState::Ready:
    case QuizState::Finished:
      break;
  }
  return 0.0;
}

double QuizSession::remaining(double now) const { return std::max(0.0, limit() - elapsed(now)); }

double QuizSession::fraction_left(double now) const {
  const double l = limit();
  return l > 0.0 ? remaining(now) / l : 0.0;
}

double QuizSession::next_deadline(double now) const {
  if (state_ != QuizState::Asking || paused_) return kNoDeadline;
  const double r = remaining(now);
  if (r <= 0.0) return now;
  const double end = started_at_ + paused_for_ + limit();
  // A readout of ceil(r) seconds changes when r reaches the whole second below.
  return end - (std::ceil(r) - 1.0);
}

QuizResult QuizSession::result() const {
  QuizResult r;
  r.module_id = module_id_;
  r.quiz_id = quiz_->id;
  r.pass_mark = quiz_->pass_mark;
  r.review = review_;
  for (std::size_t i = 0; i < outcomes_.size(); ++i) {
    const QuestionOutcome& o = outcomes_[i];
    r.answers.push_back(
        AnswerOutcome{slots_[i].question->id, o.correct, o.timed_out, o.seconds, slots_[i].limit, o.points});
  }
  r.points = points_;
  r.correct = correct_;
  const auto asked = static_cast<long long>(r.answers.size());
  r.passed = asked > 0 && r.correct * 100LL >= static_cast<long long>(r.pass_mark) * asked;
  return r;
}

}  // namespace warmline
