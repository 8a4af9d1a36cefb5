#include "ui/toasts.h"

#include <imgui.h>

#include <algorithm>

#include "ui/theme.h"

namespace warmline::ui {

void Toasts::push(std::string title, std::string detail) {
  // A burst beyond the cap (a first quiz can earn several badges at once)
  // would keep the screen busy for half a minute; the rest show on the profile page.
  if (queue_.size() >= kMaxQueued) return;
  queue_.push_back(Toast{std::move(title), std::move(detail), -1.0});
}

void Toasts::celebrate(const std::vector<ProgressEvent>& events, const GamificationRules& rules) {
  for (const ProgressEvent& e : events) {
    switch (e.kind) {
      case ProgressEventKind::XpGained:
        break;
      case ProgressEventKind::LevelUp:
        push("Level " + std::to_string(e.value) + "!", "You levelled up. Keep going.");
        break;
      case ProgressEventKind::DailyGoalReached:
        push("Daily goal reached", std::to_string(e.value) + " XP today.");
        break;
      case ProgressEventKind::StreakExtended:
        push(std::to_string(e.value) + "-day streak", "You learned on " + std::to_string(e.value) + " days in a row.");
        break;
      case ProgressEventKind::FreezeEarned:
        push("Streak freeze earned", "It covers one missed day, so your streak survives a day off.");
        break;
      case ProgressEventKind::FreezeUsed:
        push("Streak saved", "A streak freeze covered the day you missed.");
        break;
      case ProgressEventKind::BadgeEarned: {
        const BadgeRule* rule = find_badge_rule(rules, e.badge_id);
        push("Badge: " + (rule ? rule->title : e.badge_id), rule ? rule->description : "");
        break;
      }
    }
  }
}

void Toasts::draw(double now, const Fonts& fonts, FrameScheduler& scheduler) {
  while (!queue_.empty() && queue_.front().shown_at >= 0.0 && now - queue_.front().shown_at > kShowSeconds) {
    queue_.pop_front();
  }
  if (queue_.empty()) return;
  Toast& t = queue_.front();
  if (t.shown_at < 0.0) t.shown_at = now;
  const double age = now - t.shown_at;
  scheduler.keep_animating();  // until a frame finds the queue empty and draws nothing

  constexpr double kFade = 0.25;
  const float alpha = static_cast<float>(std::clamp(std::min(age, kShowSeconds - age) / kFade, 0.0, 1.0));
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = std::min(420.0f, vp->WorkSize.x - 32.0f);
  const float slide = (1.0f - alpha) * -24.0f;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + (vp->WorkSize.x - width) * 0.5f, vp->WorkPos.y + 16.0f + slide));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
  ImGui::SetNextWindowBgAlpha(alpha);
  ImGui::PushStyleVar(ImGuiStyleVar_Alpha, alpha);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 14.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20, 14));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette::vec(palette::kInk));
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(0xFFFFFF));
  constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
                                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoFocusOnAppearing |
                                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings;
  ImGui::Begin("##toast", nullptr, flags);
  ImGui::PushFont(fonts.bold);
  ImGui::TextUnformatted(("★ " + t.title).c_str());
  ImGui::PopFont();
  if (!t.detail.empty()) {
    ImGui::PushTextWrapPos(width - 40.0f);
    ImGui::TextWrapped("%s", t.detail.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar(3);
}

std::vector<std::string> Toasts::titles() const {
  std::vector<std::string> out;
  for (const Toast& t : queue_) out.push_back(t.title);
  return out;
}

}  // namespace warmline::ui
