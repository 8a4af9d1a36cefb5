// The breathing pacer: a circle that fills as you breathe in and empties as
// you breathe out, with the phase, a countdown and the cycle.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/progress/calm_log.h"
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
  calm_before_ = 0;
  calm_after_ = 0;
  cued_step_ = -1;
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
    if (records_) records_->breathing_done(pacer.pattern(), clock_.unix_ms());
    toasts_.celebrate(learner_->minigame_done(MiniGame::Breathing, clock_.day()), rules_);
  }
  if (pacer.animating(now_)) {
    scheduler_.keep_animating();
    cue_breathing_tone(pacer);
  }

  begin_screen("##breathing");
  if (options_.play_tone && corner_button(tone_on() ? "Sound: on###tone" : "Sound: off###tone")) set_tone(!tone_on());
  heading_text(fonts_, pacer.pattern().title.c_str());
  if (!pacer.pattern().about.empty()) muted_text(pacer.pattern().about.c_str());
  vertical_space(8);

  // The shape: a soft disc inside the ring it fills. It shrinks while the
  // calm check sits under it, so everything fits a 800-point-high screen.
  const bool rating = state == PacerState::Ready || state == PacerState::Finished;
  const float scale = rating ? 0.75f : 1.0f;
  const float kBox = 300.0f * scale, kMin = 50.0f * scale, kMax = 140.0f * scale;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(column_width(), kBox));
  const ImVec2 centre(at.x + column_width() * 0.5f, at.y + kBox * 0.5f);
  const float size = static_cast<float>(pacer.breath_size(now_));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddCircleFilled(centre, kMax + 6.0f, palette::rgb(0xEAF3F1), 96);
  dl->AddCircle(centre, kMax, palette::rgb(0x9CC7C1), 96, 2.0f);
  dl->AddCircleFilled(centre, kMin + (kMax - kMin) * size, ImGui::GetColorU32(palette::vec(palette::kTeal, 0.85f)), 96);

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

  if (rating) {
    // Rated before and after, the exercise shows the learner its own effect.
    const bool before = state == PacerState::Ready;
    muted_text(before ? "How calm do you feel right now?" : "And how calm do you feel now?");
    vertical_space(2);
    const int chosen = before ? calm_before_ : calm_after_;
    ImGui::BeginDisabled(!before && calm_after_ != 0);
    const int rated = rating_scale(before ? "Calm before" : "Calm after", kCalmHighest, chosen, "Tense", "Calm");
    ImGui::EndDisabled();
    if (rated && before) calm_before_ = rated;
    if (rated && !before) {
      calm_after_ = rated;
      if (learner_) learner_->calm_checked({clock_.day(), calm_before_, calm_after_});
    }
    if (!before && calm_after_ && calm_before_) {
      const int change = calm_after_ - calm_before_;
      centred_text(change > 0   ? ("From " + std::to_string(calm_before_) + " to " + std::to_string(calm_after_) + ": a little calmer.").c_str()
                   : change == 0 ? "About the same. Some days it takes a few more rounds."
                                 : "A bit more tense. That happens; try a slower pattern next time.");
    }
    vertical_space(8);
  }
  draw_breathing_controls(state);
  end_screen();
}

void App::draw_breathing_controls(PacerState state) {
  BreathingPacer& pacer = *pacer_;
  const bool running = state == PacerState::Running || state == PacerState::Paused;
  if (state == PacerState::Ready || state == PacerState::Finished) {
    if (half_button(state == PacerState::Ready ? "Start###go" : "Again###go", true, 0)) {
      if (state == PacerState::Finished) {
        calm_before_ = calm_after_;  // the last rating is where the next round starts
        calm_after_ = 0;
      }
      pacer.stop();
      pacer.start(now_);
      breathing_rewarded_ = false;
      cued_step_ = -1;
    }
  } else if (half_button(state == PacerState::Paused ? "Resume###go" : "Pause###go", true, 0)) {
    state == PacerState::Paused ? pacer.resume(now_) : pacer.pause(now_);
  }
  ImGui::SetItemDefaultFocus();
  if (half_button(running ? "Stop" : "Back", false, 1)) nav_.back();
}

void App::cue_breathing_tone(const BreathingPacer& pacer) {
  const long long step = static_cast<long long>(pacer.cycle(now_)) * 1000 + static_cast<long long>(pacer.phase_index(now_));
  if (step == cued_step_) return;
  cued_step_ = step;
  if (tone_on()) options_.play_tone(pacer.phase_kind(now_));
}

bool App::tone_on() const {
  if (!options_.play_tone) return false;
  if (learner_ && learner_->active()) {
    const ToneChoice c = learner_->progress().minigames.breathing_tone;
    if (c != ToneChoice::DeviceDefault) return c == ToneChoice::On;
  } else if (guest_tone_) {
    return *guest_tone_;
  }
  return options_.tone_default_on;
}

void App::set_tone(bool on) {
  if (learner_ && learner_->active()) {
    learner_->set_breathing_tone(on ? ToneChoice::On : ToneChoice::Off);
  } else {
    guest_tone_ = on;
  }
}

}  // namespace warmline::ui
