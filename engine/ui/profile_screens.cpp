// Who is learning (the picker a shared kiosk opens on), creating a profile,
// and the learner's own page: level, streak, badges, mastery and XP charts.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/progress/calendar.h"
#include "core/progress/calm_log.h"
#include "core/progress/mastery.h"
#include "ui/app.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/wording.h"

namespace warmline::ui {
namespace {

constexpr std::size_t kMaxNameChars = 40;

std::string trimmed(const char* s) {
  std::string t(s);
  const auto b = t.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return t.substr(b, t.find_last_not_of(" \t") - b + 1);
}

}  // namespace

void App::open_profile(const std::string& id) {
  profile_message_ = learner_->open(id);
  if (!profile_message_.empty()) return;
  nav_.home();
  nav_.open(Screen::Course);
}

void App::sign_out() {
  learner_->close();
  profiles_ = learner_->profiles();
  nav_.home();
  // A kiosk goes back to "Tap to start" for the next person.
  if (!kiosk()) nav_.open(Screen::Profiles);
}

void App::import_profile(const std::string& bytes) {
  scheduler_.wake();
  if (!learner_ || !storage_ready_) {
    profile_message_ = "Profiles cannot be imported until saved progress has loaded.";
    return;
  }
  profile_message_ = learner_->import_file(bytes);
  profiles_ = learner_->profiles();
  if (!profile_message_.empty()) return;
  toasts_.push("Welcome back, " + learner_->progress().name, "Your progress from the other device is here.");
  nav_.home();
  nav_.open(Screen::Course);
}

void App::draw_profiles() {
  begin_screen("##profiles");
  heading_text(fonts_, "Who’s learning?");
  if (!learner_) {
    muted_text("Progress cannot be saved on this device, so there are no profiles.");
  } else if (!storage_ready_) {
    muted_text("Loading saved profiles…");
  } else {
    muted_text(profiles_.empty() ? "Nobody has a profile on this device yet. Create yours to keep your progress."
                                 : "Pick your name to carry on where you left off.");
    vertical_space(4);
    for (std::size_t i = 0; i < profiles_.size(); ++i) {
      const ProfileSummary& p = profiles_[i];
      const std::string title = p.name.empty() ? p.id : p.name;
      const std::string detail = !p.error.empty() ? "Cannot be opened: " + p.error
                                                  : "Level " + std::to_string(level_for_xp(p.xp, rules_.levels)) + " · " +
                                                        std::to_string(p.xp) + " XP";
      ImGui::PushID(static_cast<int>(i));
      if (list_button("##profile", title.c_str(), detail.c_str(), p.recovered_from_backup ? "restored" : "", fonts_) &&
          p.error.empty()) {
        if (!kiosk()) {
          open_profile(p.id);
        } else {
          // On a shared kiosk a name opens nothing without its PIN; a learner
          // without one yet (new, imported, or reset by staff) chooses it now.
          const bool has_pin = pins_ && pins_->hash_for(p.id).has_value();
          begin_pin(has_pin ? PinEntry::Purpose::SignIn : PinEntry::Purpose::Choose, p.id, title);
        }
      }
      if (i == 0) ImGui::SetItemDefaultFocus();
      ImGui::PopID();
    }
    if (!profile_message_.empty()) muted_text(profile_message_.c_str());
    vertical_space(8);
    if (primary_button("I’m new here")) {
      new_name_[0] = '\0';
      profile_message_.clear();
      nav_.open(Screen::NewProfile);
    }
    if (profiles_.empty()) ImGui::SetItemDefaultFocus();
    if (options_.request_import && !kiosk() && secondary_button("Bring my progress from another device")) {
      profile_message_ = options_.request_import();
    }
  }
  if (secondary_button("Back")) nav_.back();
  end_screen();
}

void App::draw_new_profile() {
  begin_screen("##new-profile");
  heading_text(fonts_, "What should we call you?");
  muted_text("Your first name is enough. Your progress stays on this device, under this name.");
  vertical_space(8);
  ImGui::SetNextItemWidth(column_width());
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(16, 12));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.5f);
  const bool entered = ImGui::InputTextWithHint("##name", "Your name", new_name_, kMaxNameChars + 1,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::PopStyleVar(2);
  vertical_space(8);
  const std::string name = trimmed(new_name_);
  bool create = entered;
  if (primary_button("Create my profile")) create = true;
  if (create) {
    if (name.empty()) {
      profile_message_ = "Type your name first.";
    } else {
      profile_message_ = learner_ ? learner_->create(name, clock_.day()) : "Profiles cannot be saved on this device.";
      if (profile_message_.empty()) {
        profiles_ = learner_->profiles();
        if (kiosk()) {
          begin_pin(PinEntry::Purpose::Choose, learner_->id(), learner_->progress().name);
        } else {
          nav_.home();
          nav_.open(Screen::Course);
        }
      }
    }
  }
  if (!profile_message_.empty()) muted_text(profile_message_.c_str());
  if (secondary_button("Back")) nav_.back();
  end_screen();
}

void App::draw_me() {
  if (!learner_ || !learner_->active()) {
    nav_.back();
    return;
  }
  const LearnerProgress& p = learner_->progress();
  const LevelProgress lp = xp_into_level(p.xp, rules_.levels);
  begin_screen("##me");
  heading_text(fonts_, p.name.c_str());
  muted_text(("Learning since " + format_day(p.created_day)).c_str());
  vertical_space(4);
  std::size_t lessons_total = 0, passed = 0;
  if (course_) {
    for (const Module& m : course_->modules) {
      lessons_total += m.lessons.size();
      if (auto it = p.quizzes.find(m.id); it != p.quizzes.end() && it->second.passes > 0) ++passed;
    }
  }
  begin_panel(palette::kCard, palette::kLine);
  ImGui::Text("Level %d · %d XP", lp.level, p.xp);
  auto days = [](int n) { return plural(static_cast<std::size_t>(std::max(n, 0)), "day", "days"); };
  ImGui::Text("Streak: %s now, %s at best · streak freezes held: %d", days(p.streak.current).c_str(),
              days(p.streak.longest).c_str(), p.streak.freezes);
  ImGui::Text("Lessons read: %zu of %zu · quizzes passed: %zu of %zu", p.lessons_read.size(), lessons_total, passed,
              course_ ? course_->modules.size() : std::size_t{0});
  std::string games = "Breathing sessions: " + std::to_string(p.minigames.breathing_sessions) +
                      " · rephrasings solved: " + std::to_string(p.minigames.rephrase_solved);
  if (p.minigames.rephrase_best_streak > 1) games += " · best run: " + std::to_string(p.minigames.rephrase_best_streak) + " in a row";
  ImGui::TextUnformatted(games.c_str());
  if (const CalmTrend calm = calm_trend(p.minigames.calm_checks); calm.rated > 0) {
    const std::string over = plural(static_cast<std::size_t>(calm.rated), "session", "sessions");
    const double c = calm.average_change;
    char line[160];
    if (c >= 0.05 || c <= -0.05) {
      std::snprintf(line, sizeof line, "After breathing you felt %.1f points %s on average (1–5 scale, %s).",
                    c > 0 ? c : -c, c > 0 ? "calmer" : "less calm", over.c_str());
    } else {
      std::snprintf(line, sizeof line, "Breathing left you about as calm as before, on average (1–5 scale, %s).", over.c_str());
    }
    ImGui::TextWrapped("%s", line);
  }
  end_panel();
  vertical_space(4);
  const bool complete = learner_->badge_day(kCourseCompleteBadge).has_value();
  if (complete) {
    if (primary_button("View my certificate")) {
      certificate_message_.clear();
      nav_.open(Screen::Certificate);
    }
    ImGui::SetItemDefaultFocus();
  } else {
    muted_text("Read every lesson and pass every quiz to earn your certificate of completion.");
  }
  if (options_.offer_file && secondary_button("Move my progress to another device")) {
    std::string name, bytes;
    export_message_ = learner_->export_file(name, bytes);
    if (export_message_.empty()) export_message_ = options_.offer_file(name, bytes);
  }
  if (!export_message_.empty()) muted_text(export_message_.c_str());

  vertical_space(8);
  ImGui::PushFont(fonts_.bold);
  body_text("XP over the last 30 days");
  ImGui::PopFont();
  {
    const float h = 110.0f, w = column_width();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h + 20));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int today = clock_.day();
    int top = rules_.daily_goal_xp;
    for (int d = today - 29; d <= today; ++d) top = std::max(top, xp_on_day(p, d));
    const float bar_w = w / 30.0f;
    dl->AddLine(ImVec2(at.x, at.y + h), ImVec2(at.x + w, at.y + h), palette::rgb(palette::kLine), 1.5f);
    const float goal_y = at.y + h - h * static_cast<float>(rules_.daily_goal_xp) / static_cast<float>(top);
    dl->AddLine(ImVec2(at.x, goal_y), ImVec2(at.x + w, goal_y), palette::rgb(palette::kAmber), 1.0f);
    for (int i = 0; i < 30; ++i) {
      const int xp = xp_on_day(p, today - 29 + i);
      if (xp <= 0) continue;
      const float bh = h * static_cast<float>(xp) / static_cast<float>(top);
      const float x = at.x + bar_w * static_cast<float>(i);
      dl->AddRectFilled(ImVec2(x + 2, at.y + h - bh), ImVec2(x + bar_w - 2, at.y + h), palette::rgb(palette::kTeal), 3.0f);
    }
    dl->AddText(ImVec2(at.x, at.y + h + 2), palette::rgb(palette::kInkMuted), "30 days ago");
    const char* label = "today";
    dl->AddText(ImVec2(at.x + w - ImGui::CalcTextSize(label).x, at.y + h + 2), palette::rgb(palette::kInkMuted), label);
  }

  if (course_) {
    vertical_space(8);
    ImGui::PushFont(fonts_.bold);
    body_text("Mastery per skill");
    ImGui::PopFont();
    for (const Module& m : course_->modules) {
      const int level = learner_->mastery(m.id);
      ImGui::TextUnformatted(m.title.c_str());
      same_line_right_muted((std::to_string(level) + " of 5").c_str());
      meter(static_cast<float>(level) / static_cast<float>(kMaxMastery), palette::kTeal, 8.0f);
    }
  }

  vertical_space(8);
  ImGui::PushFont(fonts_.bold);
  body_text("Badges");
  ImGui::PopFont();
  // Badges are for looking at: keyboard focus skips them on its way to Back.
  ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
  for (const BadgeRule& rule : rules_.badges) {
    if (rule.kind == BadgeKind::ModuleMastered) continue;  // listed per module below
    const auto it = std::find_if(p.badges.begin(), p.badges.end(), [&](const EarnedBadge& b) { return b.id == rule.id; });
    const bool earned = it != p.badges.end();
    const std::string status = earned ? "✓ " + format_day(it->day) : "";
    ImGui::PushID(rule.id.c_str());
    list_button("##badge", ((earned ? "★ " : "☆ ") + rule.title).c_str(), rule.description.c_str(), status.c_str(), fonts_);
    ImGui::PopID();
  }
  for (const EarnedBadge& b : p.badges) {
    const BadgeRule* rule = find_badge_rule(rules_, b.id);
    if (!rule || rule->kind != BadgeKind::ModuleMastered) continue;
    const std::string module_id = b.id.substr(rule->id.size() + 1);
    const Module* m = course_index_ ? course_index_->module(module_id) : nullptr;
    ImGui::PushID(b.id.c_str());
    list_button("##badge", ("★ " + rule->title + ": " + (m ? m->title : module_id)).c_str(), rule->description.c_str(),
                ("✓ " + format_day(b.day)).c_str(), fonts_);
    ImGui::PopID();
  }
  ImGui::PopItemFlag();
  vertical_space(8);
  if (primary_button("Back")) nav_.back();
  if (!complete) ImGui::SetItemDefaultFocus();
  end_screen();
}

}  // namespace warmline::ui
