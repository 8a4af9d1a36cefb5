// The timed quiz: a countdown bar, the question, answers that react at once,
// then feedback with the explanation; and the results screen after it.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/quiz/review_queue.h"
#include "ui/app.h"
#include "ui/rich_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/wording.h"

namespace warmline::ui {
namespace {

const char* type_prompt(QuestionType t) {
  switch (t) {
    case QuestionType::Single: return "CHOOSE ONE";
    case QuestionType::Multi: return "CHOOSE EVERY RIGHT ANSWER";
    case QuestionType::TrueFalse: return "TRUE OR FALSE?";
    case QuestionType::Order: return "PUT THE STEPS IN ORDER";
    case QuestionType::Scenario: return "THE CUSTOMER SAYS";
    case QuestionType::Gap: return "FILL THE GAP";
  }
  return "";
}

}  // namespace

void App::start_quiz(bool review) {
  const Module* m = open_module();
  if (!course_ || (!review && !m)) return;
  const std::uint64_t seed = next_seed();
  if (review) {
    review_quiz_ = review_quiz(*course_, learner_->review_ids(clock_.day()));
    quiz_.emplace(review_quiz_, seed, std::vector<std::string>{}, review_quiz_.questions.size());
    quiz_->set_review(true);
  } else {
    std::vector<std::string> previous;
    if (learner_->active()) {
      const auto& quizzes = learner_->progress().quizzes;
      if (auto it = quizzes.find(m->id); it != quizzes.end()) previous = it->second.last_questions;
    }
    quiz_.emplace(m->quiz, seed, previous);
    quiz_->set_module_id(m->id);
  }
  quiz_->start(now_);
  answers_recorded_ = 0;
  if (!focused_) quiz_->pause(now_);
  prepared_question_ = SIZE_MAX;
  nav_.open(Screen::Quiz);
}

unsigned long long App::focus_moment(bool answered) const {
  return (static_cast<unsigned long long>(attempts_started_) << 16) + quiz_->index() * 2 + (answered ? 1 : 0);
}

void App::prepare_question_picks() {
  if (prepared_question_ == quiz_->index()) return;
  prepared_question_ = quiz_->index();
  multi_picked_.assign(quiz_->option_count(), false);
  order_arrangement_.clear();
  for (std::size_t i = 0; i < quiz_->option_count(); ++i) order_arrangement_.push_back(i);
}

void App::draw_quiz() {
  if (!quiz_) {
    nav_.back();
    return;
  }
  QuizSession& q = *quiz_;
  if (q.state() == QuizState::Asking && q.tick(now_)) scheduler_.wake();
  if (q.state() == QuizState::Finished) {
    finish_quiz();
    return;
  }
  const Question* question = q.question();
  if (!question) return;
  prepare_question_picks();

  begin_screen("##quiz");
  const Module* m = open_module();
  muted_text(q.quiz().title.empty() ? (m ? m->title.c_str() : "Quiz") : q.quiz().title.c_str());
  ImGui::PushFont(fonts_.bold);
  ImGui::Text("Question %zu of %zu", q.index() + 1, q.count());
  ImGui::PopFont();
  const std::string score = with_commas(q.points()) + " points" +
                            (q.streak() >= 2 ? "  ·  " + std::to_string(q.streak()) + " in a row" : "");
  same_line_right_muted(score.c_str());

  const double left = q.fraction_left(now_);
  countdown_meter(left, 12.0f);
  if (q.state() == QuizState::Asking) {
    const int seconds = static_cast<int>(std::ceil(q.remaining(now_)));
    muted_text(q.paused() ? "Paused while Warmline is in the background" : (std::to_string(seconds) + " s left").c_str());
    // The bar shrinks smoothly while the clock runs; nothing moves while paused.
    if (!q.paused()) scheduler_.keep_animating();
  } else {
    vertical_space(ImGui::GetTextLineHeight());
  }
  vertical_space(4);

  begin_panel(palette::kCard, palette::kLine);
  kicker_text(fonts_, type_prompt(question->type), palette::kTeal);
  if (question->type == QuestionType::Scenario) {
    rich_runs({TextRun{"“" + question->customer + "”", false, true}}, fonts_);
    vertical_space(2);
  }
  ImGui::PushFont(fonts_.bold);
  body_text(question->prompt.c_str());
  ImGui::PopFont();
  end_panel();
  vertical_space(4);

  if (q.state() == QuizState::Asking) {
    draw_quiz_answers(q, *question);
  } else {
    draw_quiz_feedback(q, *question);
  }
  end_screen();
}

void App::draw_quiz_answers(QuizSession& q, const Question& question) {
  static const char* const kLetters[] = {"A", "B", "C", "D", "E", "F", "G", "H"};
  bool first = true;
  switch (question.type) {
    case QuestionType::Single:
    case QuestionType::Scenario:
    case QuestionType::Gap:
      for (std::size_t i = 0; i < q.option_count(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (choice_button("##opt", q.option(i)->text.c_str(), ChoiceLook::Normal, kLetters[i % 8])) {
          q.answer(Answer::pick(i), now_);
        }
        if (first) focus_item_once(focus_moment(false));
        first = false;
        ImGui::PopID();
      }
      break;
    case QuestionType::TrueFalse:
      if (half_button("True", false, 0)) q.answer(Answer::true_false(true), now_);
      focus_item_once(focus_moment(false));
      if (half_button("False", false, 1)) q.answer(Answer::true_false(false), now_);
      break;
    case QuestionType::Multi: {
      for (std::size_t i = 0; i < q.option_count(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const bool on = multi_picked_[i];
        if (choice_button("##opt", q.option(i)->text.c_str(), on ? ChoiceLook::Selected : ChoiceLook::Normal, on ? "✓" : "○")) {
          multi_picked_[i] = !on;
        }
        ImGui::PopID();
      }
      std::vector<std::size_t> picks;
      for (std::size_t i = 0; i < multi_picked_.size(); ++i)
        if (multi_picked_[i]) picks.push_back(i);
      vertical_space(4);
      muted_text("Pick every answer you think is right, then check. Arrow keys and Space pick with the keyboard.");
      // Checking with nothing picked is allowed: it counts as wrong and shows
      // the explanation, which beats being stuck on a question.
      if (primary_button("Check answer")) q.answer(Answer::picks(picks), now_);
      focus_item_once(focus_moment(false));
      break;
    }
    case QuestionType::Order: {
      muted_text("Move a step with its arrows; the top step comes first.");
      for (std::size_t pos = 0; pos < order_arrangement_.size(); ++pos) {
        ImGui::PushID(static_cast<int>(pos));
        const std::size_t shown = order_arrangement_[pos];
        // The row itself does nothing; keyboard focus goes to its arrows.
        ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
        choice_button("##step", q.option(shown)->text.c_str(), ChoiceLook::Normal, std::to_string(pos + 1).c_str());
        ImGui::PopItemFlag();
        const ImVec2 after = ImGui::GetCursorScreenPos();
        const ImVec2 row_max = ImGui::GetItemRectMax();
        const ImVec2 row_min = ImGui::GetItemRectMin();
        // Arrow buttons sit inside the row's right end.
        const float bw = 44.0f;
        ImGui::SetCursorScreenPos(ImVec2(row_max.x - bw * 2 - 12, row_min.y + (row_max.y - row_min.y - bw) * 0.5f));
        ImGui::BeginDisabled(pos == 0);
        if (ImGui::Button("↑", ImVec2(bw, bw))) std::swap(order_arrangement_[pos], order_arrangement_[pos - 1]);
        ImGui::EndDisabled();
        ImGui::SameLine(0, 4);
        ImGui::BeginDisabled(pos + 1 == order_arrangement_.size());
        if (ImGui::Button("↓", ImVec2(bw, bw))) std::swap(order_arrangement_[pos], order_arrangement_[pos + 1]);
        ImGui::EndDisabled();
        ImGui::SetCursorScreenPos(after);
        ImGui::PopID();
      }
      vertical_space(4);
      if (primary_button("Check order")) q.answer(Answer::sequence(order_arrangement_), now_);
      focus_item_once(focus_moment(false));
      break;
    }
  }
}

void App::draw_quiz_feedback(QuizSession& q, const Question& question) {
  const QuestionOutcome* o = q.outcome();
  if (!o) return;
  // The answers again, now marked right and wrong.
  if (question.type == QuestionType::Order) {
    muted_text("The right order:");
    for (std::size_t pos = 0; pos < o->correct_sequence.size(); ++pos) {
      ImGui::PushID(static_cast<int>(pos));
      choice_button("##step", q.option(o->correct_sequence[pos])->text.c_str(), ChoiceLook::Correct,
                    std::to_string(pos + 1).c_str());
      ImGui::PopID();
    }
  } else if (question.type == QuestionType::TrueFalse) {
    muted_text(question.answer ? "The statement is true." : "The statement is false.");
  } else {
    for (std::size_t i = 0; i < q.option_count(); ++i) {
      const bool right = i < o->correct_options.size() && o->correct_options[i];
      const bool chosen = o->answer.kind == AnswerKind::Choice ? (!o->timed_out && o->answer.choice == i)
                          : std::find(o->answer.choices.begin(), o->answer.choices.end(), i) != o->answer.choices.end();
      const ChoiceLook look = right ? ChoiceLook::Correct : chosen ? ChoiceLook::Wrong : ChoiceLook::Dimmed;
      ImGui::PushID(static_cast<int>(i));
      choice_button("##opt", q.option(i)->text.c_str(), look, right ? "✓" : chosen ? "✗" : "");
      ImGui::PopID();
    }
  }
  vertical_space(4);
  begin_verdict_panel(o->correct);
  if (o->correct) {
    kicker_text(fonts_, ("✓ Correct  +" + std::to_string(o->points) + " points").c_str(), palette::kGoodInk);
  } else {
    kicker_text(fonts_, o->timed_out ? "✗ Time’s up" : "✗ Not quite", palette::kBadInk);
  }
  for (const std::string& f : o->feedback) rich_runs({TextRun{f, false, true}}, fonts_);
  rich_runs({TextRun{o->explain, false, false}}, fonts_);
  end_panel();
  vertical_space(8);
  const bool last = q.index() + 1 == q.count();
  if (primary_button(last ? "See results###quiz-next" : "Next question###quiz-next")) q.next(now_);
  focus_item_once(focus_moment(true));
}

void App::finish_quiz() {
  last_result_ = quiz_->result();
  // Recorded before the save, whose report may judge the whole course on it.
  if (records_ && !last_result_.review && open_module()) {
    double seconds = 0.0;
    for (const QuestionOutcome& o : quiz_->outcomes()) seconds += o.seconds;
    records_->quiz_finished(*open_module(), last_result_, seconds, clock_.unix_ms());
  }
  last_events_ = learner_->quiz_finished(last_result_, clock_.day());
  last_xp_ = 0;
  for (const ProgressEvent& e : last_events_)
    if (e.kind == ProgressEventKind::XpGained) last_xp_ += e.value;
  toasts_.celebrate(last_events_, rules_);
  quiz_.reset();
  show_mistakes_only_ = false;
  nav_.back();
  nav_.open(Screen::Results);
}

void App::draw_results() {
  begin_screen("##results");
  const QuizResult& r = last_result_;
  const int total = static_cast<int>(r.answers.size());
  const int percent = total == 0 ? 0 : static_cast<int>(std::lround(100.0 * r.correct / total));
  if (r.review) {
    title_text(fonts_, "Review done");
  } else {
    title_text(fonts_, r.passed ? "You passed!" : "Nearly there");
  }
  heading_text(fonts_, (std::to_string(r.correct) + " of " + std::to_string(total) + " right · " +
                        std::to_string(percent) + "%").c_str());
  muted_text((with_commas(r.points) + " points · +" + std::to_string(last_xp_) + " XP").c_str());
  if (!r.review && !r.passed) {
    muted_text(("You need " + std::to_string(r.pass_mark) + "% to pass. Read the explanations below and try again: "
                "you will get different questions.").c_str());
  }
  vertical_space(8);
  if (!r.review) {
    if (half_button("Try again", false, 0)) {
      nav_.back();
      start_quiz(false);
      end_screen();
      return;
    }
    if (half_button("Done", true, 1)) nav_.back();
  } else if (primary_button("Done")) {
    nav_.back();
  }
  ImGui::SetItemDefaultFocus();
  vertical_space(8);
  ImGui::PushFont(fonts_.bold);
  body_text("Your answers");
  ImGui::PopFont();
  const bool any_wrong = r.correct < total;
  if (any_wrong && secondary_button(show_mistakes_only_ ? "Show every answer" : "Review mistakes only")) {
    show_mistakes_only_ = !show_mistakes_only_;
  }
  for (std::size_t i = 0; i < r.answers.size(); ++i) {
    const AnswerOutcome& a = r.answers[i];
    if (show_mistakes_only_ && a.correct) continue;
    const Question* question = course_index_ ? course_index_->question(a.question_id) : nullptr;
    if (!question) continue;
    begin_panel(palette::kCard, a.correct ? palette::kGoodLine : palette::kBadLine);
    kicker_text(fonts_, a.correct ? ("✓ Right  +" + std::to_string(a.points)).c_str() : a.timed_out ? "✗ Time ran out" : "✗ Wrong",
                a.correct ? palette::kGoodInk : palette::kBadInk);
    ImGui::PushFont(fonts_.bold);
    body_text(question->prompt.c_str());
    ImGui::PopFont();
    rich_runs({TextRun{question->explain, false, false}}, fonts_);
    end_panel();
  }
  end_screen();
}

}  // namespace warmline::ui
