// The breathing pacer: a circle that fills as you breathe in and empties as
// you breathe out, with the phase, a countdown and the cycle.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/app.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace warmline::ui {
namespace {

std::string pattern_summary(const BreathingPattern& p) {
  std::string counts;
  int cycle = 0;
  for (const BreathPhase& ph : p.phases) {
    counts += (counts.empty() ? "" : "-") + std::to_string(ph.seconds);
    cycle += ph.seconds;
  }
  const int seconds = cycle * p.cycles;
  return counts + " · " + std::to_string(p.cycles) + " cycles · about " +
         (seconds < 90 ? std::to_string(seconds) + " seconds" : std::to_string((seconds + 30) / 60) + " minutes");
}

}  // namespace

void App::open_breathing(const BreathingPattern& pattern) {
  pacer_.emplace(pattern);
  breathing_rewarded_ = false;
  nav_.open(Screen::Breathing);
}

void App::draw_breathing_list(const Module& m) {
  for (std::size_t i = 0; i < m.breathing.size(); ++i) {
    const BreathingPattern& b = m.breathing[i];
    ImGui::PushID(static_cast<int>(i));
    if (list_button("##breathing", ("Breathing: " + b.title).c_str(), pattern_summary(b).c_str(), "", fonts_)) {
      open_breathing(b);
    }
    ImGui::PopID();
  }
}

void App::draw_breathing() {
  if (!pacer_) {
    nav_.back();
    return;
  }
  BreathingPacer& pacer = *pacer_;
  const PacerState state = pacer.state(now_);
  if (pacer.take_finished(now_) && learner_ && !breathing_rewarded_) {
    breathing_rewarded_ = true;
    toasts_.celebrate(learner_->minigame_done(MiniGame::Breathing, clock_.day()), rules_);
  }
  if (pacer.animating(now_)) scheduler_.keep_animating();

  begin_screen("##breathing");
  heading_text(fonts_, pacer.pattern().title.c_str());
  if (!pacer.pattern().about.empty()) muted_text(pacer.pattern().about.c_str());
  vertical_space(8);

  // The shape: a soft disc inside the ring it fills.
  constexpr float kBox = 300.0f, kMin = 50.0f, kMax = 140.0f;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(column_width(), kBox));
  const ImVec2 centre(at.x + column_width() * 0.5f, at.y + kBox * 0.5f);
  const float size = static_cast<float>(pacer.breath_size(now_));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddCircleFilled(centre, kMax + 6.0f, palette::rgb(0xEAF3F1), 96);
  dl->AddCircle(centre, kMax, palette::rgb(0x9CC7C1), 96, 2.0f);
  dl->AddCircleFilled(centre, kMin + (kMax - kMin) * size, ImGui::GetColorU32(palette::vec(palette::kTeal, 0.85f)), 96);

  const bool running = state == PacerState::Running || state == PacerState::Paused;
  std::string big, small;
  if (state == PacerState::Ready) {
    big = "Ready when you are";
    small = "Sit back, drop your shoulders, and press Start.";
  } else if (state == PacerState::Finished) {
    big = "Well done";
    small = "Notice how you feel now. Take that calm into your next conversation.";
  } else {
    big = std::string(phase_label(pacer.phase_kind(now_))) + "  " + std::to_string(pacer.countdown(now_));
    small = "Cycle " + std::to_string(pacer.cycle(now_)) + " of " + std::to_string(pacer.cycles()) +
            (state == PacerState::Paused ? " · paused" : "");
  }
  ImGui::PushFont(fonts_.heading);
  centred_text(big.c_str());
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(palette::kInkMuted));
  centred_text(small.c_str());
  ImGui::PopStyleColor();
  vertical_space(12);

  if (state == PacerState::Ready || state == PacerState::Finished) {
    if (half_button(state == PacerState::Ready ? "Start###go" : "Again###go", true, 0)) {
      pacer.stop();
      pacer.start(now_);
      breathing_rewarded_ = false;
    }
  } else if (half_button(state == PacerState::Paused ? "Resume###go" : "Pause###go", true, 0)) {
    state == PacerState::Paused ? pacer.resume(now_) : pacer.pause(now_);
  }
  ImGui::SetItemDefaultFocus();
  if (half_button(running ? "Stop" : "Back", false, 1)) nav_.back();
  end_screen();
}

}  // namespace warmline::ui
