// The course overview (one row per skill) and a module's page (its lessons).
#include <imgui.h>

#include <string>

#include "ui/app.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/wording.h"

namespace warmline::ui {
namespace {

std::size_t lessons_in(const Course& c) {
  std::size_t n = 0;
  for (const Module& m : c.modules) n += m.lessons.size();
  return n;
}

}  // namespace

const Module* App::open_module() const {
  if (!course_ || module_index_ >= course_->modules.size()) return nullptr;
  return &course_->modules[module_index_];
}

void App::draw_course_header() {
  if (!learner_ || !learner_->active()) return;
  const LearnerProgress& p = learner_->progress();
  const LevelProgress lp = xp_into_level(p.xp, rules_.levels);
  heading_text(fonts_, ("Hi, " + p.name).c_str());
  ImGui::PushFont(fonts_.bold);
  ImGui::Text("Level %d", lp.level);
  ImGui::PopFont();
  same_line_right_muted((std::to_string(lp.into) + " / " + std::to_string(lp.needed) + " XP to level " +
                         std::to_string(lp.level + 1)).c_str());
  meter(lp.needed > 0 ? static_cast<float>(lp.into) / static_cast<float>(lp.needed) : 0.0f, palette::kTeal, 12.0f);
  const DailyGoal goal = learner_->daily_goal(clock_.day());
  const std::string streak = p.streak.current > 0 && p.streak.last_active_day >= clock_.day() - 1
                                 ? "★ " + plural(static_cast<std::size_t>(p.streak.current), "day", "days") + " in a row"
                                 : "Start a streak today";
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(palette::kBadInk));
  ImGui::TextUnformatted(streak.c_str());
  ImGui::PopStyleColor();
  same_line_right_muted(goal.reached() ? ("Daily goal reached: " + std::to_string(goal.xp) + " XP today").c_str()
                                       : ("Today: " + std::to_string(goal.xp) + " of " + std::to_string(goal.goal) +
                                          " XP").c_str());
  if (!learner_->recovery_note().empty()) muted_text(learner_->recovery_note().c_str());
  if (!learner_->save_error().empty()) muted_text(("Progress could not be saved: " + learner_->save_error()).c_str());
  vertical_space(4);
  const std::size_t due = learner_->reviews_due(clock_.day());
  if (due > 0 && primary_button(("Review " + plural(due, "question", "questions") + " due today").c_str())) {
    start_quiz(true);
  }
  if (!lms_notice_.empty()) muted_text(lms_notice_.c_str());
  if (options_.lms) {
    // The LMS decides who is learning; there is nobody to switch to.
    if (primary_button("My progress")) nav_.open(Screen::Me);
    return;
  }
  if (half_button("My progress", false, 0)) nav_.open(Screen::Me);
  if (half_button(kiosk() ? "Sign out" : "Switch learner", false, 1)) sign_out();
}

void App::draw_course() {
  if (!course_) {
    draw_course_problems();
    return;
  }
  begin_screen("##course");
  draw_course_header();
  vertical_space(8);
  ImGui::PushFont(fonts_.bold);
  body_text(course_->info.title.c_str());
  ImGui::PopFont();
  muted_text((plural(course_->modules.size(), "skill", "skills") + " · " +
              plural(lessons_in(*course_), "short lesson", "short lessons") + ". Pick any skill to start.")
                 .c_str());
  const bool signed_in = learner_ && learner_->active();
  for (std::size_t i = 0; i < course_->modules.size(); ++i) {
    const Module& m = course_->modules[i];
    std::size_t read = 0;
    if (signed_in)
      for (const Lesson& l : m.lessons) read += learner_->progress().lessons_read.count(l.id);
    const int mastery = signed_in ? learner_->mastery(m.id) : 0;
    const std::string detail = plural(m.lessons.size(), "lesson", "lessons") + " · " +
                               plural(m.quiz.questions.size(), "quiz question", "quiz questions");
    const std::string status = mastery > 0 ? "Mastery " + std::to_string(mastery) + "/5"
                               : read > 0  ? std::to_string(read) + " of " + std::to_string(m.lessons.size()) + " read"
                                           : "";
    // The ring fills with reading first, then with quiz mastery.
    const float lessons_part = m.lessons.empty() ? 1.0f : static_cast<float>(read) / static_cast<float>(m.lessons.size());
    const float ring = 0.5f * lessons_part + 0.5f * static_cast<float>(mastery) / 5.0f;
    ImGui::PushID(static_cast<int>(i));
    if (list_button("##module", m.title.c_str(), detail.c_str(), status.c_str(), fonts_, signed_in ? ring : -1.0f)) {
      module_index_ = i;
      nav_.open(Screen::Module);
    }
    if (i == 0) ImGui::SetItemDefaultFocus();
    ImGui::PopID();
  }
  end_screen();
}

void App::draw_course_problems() {
  begin_screen("##course-problems");
  heading_text(fonts_, "The course could not be loaded");
  body_text("Something is wrong with the course files, so nothing was loaded. Please tell your trainer; "
            "the details below help them fix it.");
  vertical_space(8);
  begin_panel(palette::kCard, palette::kLine);
  constexpr std::size_t kShown = 8;
  for (std::size_t i = 0; i < course_problems_.size() && i < kShown; ++i) muted_text(course_problems_[i].c_str());
  if (course_problems_.size() > kShown) {
    muted_text(("… and " + plural(course_problems_.size() - kShown, "more problem", "more problems")).c_str());
  }
  if (course_problems_.empty()) muted_text("No course was found.");
  end_panel();
  vertical_space(8);
  if (primary_button("Back")) nav_.back();
  ImGui::SetItemDefaultFocus();
  end_screen();
}

void App::draw_module() {
  const Module* m = open_module();
  if (!m) {
    nav_.back();
    return;
  }
  const bool signed_in = learner_ && learner_->active();
  auto is_read = [&](const Lesson& l) { return signed_in && learner_->progress().lessons_read.count(l.id) != 0; };
  begin_screen("##module");
  muted_text(("Skill " + std::to_string(module_index_ + 1) + " of " + std::to_string(course_->modules.size())).c_str());
  heading_text(fonts_, m->title.c_str());
  body_text(m->summary.c_str());
  vertical_space(8);
  ImGui::PushFont(fonts_.bold);
  body_text("Lessons");
  ImGui::PopFont();
  bool focus_placed = false;
  for (std::size_t i = 0; i < m->lessons.size(); ++i) {
    const Lesson& l = m->lessons[i];
    const std::string detail = plural(l.blocks.size(), "card", "cards") + " · about " +
                               plural(static_cast<std::size_t>(reading_minutes(l)), "minute", "minutes");
    const bool read = is_read(l);
    ImGui::PushID(static_cast<int>(i));
    if (list_button("##lesson", l.title.c_str(), detail.c_str(), read ? "✓ Read" : "", fonts_)) {
      reader_.emplace(l);
      shown_card_ = 0;
      nav_.open(Screen::Lesson);
    }
    ImGui::PopID();
    // Focus lands where the learner goes next: the first lesson not read yet.
    if (!read && !focus_placed) {
      ImGui::SetItemDefaultFocus();
      focus_placed = true;
    }
  }
  vertical_space(8);
  ImGui::PushFont(fonts_.bold);
  body_text("Quiz");
  ImGui::PopFont();
  std::string quiz_detail = plural(std::min(m->quiz.questions.size(), QuizSession::kDefaultCount), "question", "questions") +
                            " against the clock";
  std::string quiz_status;
  if (signed_in) {
    const auto& quizzes = learner_->progress().quizzes;
    if (auto it = quizzes.find(m->id); it != quizzes.end()) {
      quiz_detail += " · best " + std::to_string(it->second.best_percent) + "%";
      quiz_status = "Mastery " + std::to_string(learner_->mastery(m->id)) + "/5";
    }
  }
  if (list_button("##quiz", ("Quiz: " + m->title).c_str(), quiz_detail.c_str(), quiz_status.c_str(), fonts_)) {
    start_quiz(false);
  }
  if (!focus_placed) ImGui::SetItemDefaultFocus();
  if (!m->breathing.empty() || !m->rephrase.empty()) {
    vertical_space(8);
    ImGui::PushFont(fonts_.bold);
    body_text("Practise");
    ImGui::PopFont();
    draw_breathing_list(*m);
    if (!m->rephrase.empty() &&
        list_button("##rephrase", "Rephrasing game", (plural(m->rephrase.size(), "negative line", "negative lines") +
                                                      " to turn around · 5 rounds").c_str(), "", fonts_)) {
      open_rephrase(*m);
    }
  }
  vertical_space(8);
  if (secondary_button("All skills")) nav_.back();
  end_screen();
}

}  // namespace warmline::ui
