// The staff's view of how this kiosk's learners are doing: average mastery
// per skill as bars, the questions missed most, and a CSV for a spreadsheet.
#include <imgui.h>

#include <cstdio>

#include "core/progress/calendar.h"
#include "core/progress/mastery.h"
#include "core/progress/progress_report.h"
#include "ui/app.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/wording.h"

namespace warmline::ui {
namespace {

// One bar per module, 0..5, with the value at its end.
void mastery_bars(const ProgressReport& report, const Fonts& fonts) {
  constexpr float kRow = 34.0f, kBar = 16.0f;
  const float width = column_width();
  const float label_w = width * 0.42f;
  const float bar_w = width - label_w - 64.0f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (const ModuleReport& m : report.modules) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(at, ImVec2(at.x + label_w - 8.0f, at.y + kRow), true);
    dl->AddText(at, palette::rgb(palette::kInk), m.title.c_str());
    ImGui::PopClipRect();
    const ImVec2 bar(at.x + label_w, at.y + (ImGui::GetTextLineHeight() - kBar) * 0.5f);
    dl->AddRectFilled(bar, ImVec2(bar.x + bar_w, bar.y + kBar), palette::rgb(palette::kSand), kBar * 0.5f);
    const float fill = static_cast<float>(m.average_mastery / kMaxMastery);
    if (fill > 0) {
      dl->AddRectFilled(bar, ImVec2(bar.x + std::max(kBar, bar_w * fill), bar.y + kBar), palette::rgb(palette::kTeal),
                        kBar * 0.5f);
    }
    char value[32];
    std::snprintf(value, sizeof value, m.has_quiz ? "%.1f" : "–", m.average_mastery);
    dl->AddText(ImVec2(bar.x + bar_w + 12.0f, at.y), palette::rgb(palette::kInkMuted), value);
    ImGui::Dummy(ImVec2(width, kRow));
  }
  (void)fonts;
}

}  // namespace

void App::draw_admin_progress() {
  if (!staff_only()) return;
  begin_screen("##admin-progress");
  heading_text(fonts_, "Progress report");
  if (!course_ || !learner_) {
    muted_text("There is no course or no saved progress on this kiosk.");
  } else {
    // Every profile is read from disk once, when the screen opens, not on
    // each of the frames a tap draws.
    if (!staff_report_) {
      staff_records_ = learner_->all_progress();
      staff_report_ = make_progress_report(*course_, staff_records_, rules_.mastery, 5);
    }
    const std::vector<LearnerRecord>& records = staff_records_;
    const ProgressReport& report = *staff_report_;
    muted_text((plural(report.learners, "learner", "learners") + " · average mastery per skill, 0 to 5 (untried counts as 0)")
                   .c_str());
    vertical_space(8);
    mastery_bars(report, fonts_);
    vertical_space(8);
    ImGui::PushFont(fonts_.bold);
    body_text("Missed most often");
    ImGui::PopFont();
    if (report.most_missed.empty()) muted_text("No missed questions yet.");
    for (std::size_t i = 0; i < report.most_missed.size(); ++i) {
      const MissedQuestion& q = report.most_missed[i];
      bullet_text((q.prompt + " — " + plural(static_cast<std::size_t>(q.misses), "miss", "misses") + " by " +
                   plural(static_cast<std::size_t>(q.learners), "learner", "learners") + " (" + q.module_title + ")")
                      .c_str());
    }
    vertical_space(8);
    if (options_.offer_file && primary_button("Export CSV (learners × skills)")) {
      const CivilDate d = civil_from_days(clock_.day());
      char name[64];
      std::snprintf(name, sizeof name, "warmline-progress-%04d-%02d-%02d.csv", d.year, d.month, d.day);
      admin_messages_ = {options_.offer_file(name, progress_csv(*course_, records, rules_.mastery))};
    }
    ImGui::SetItemDefaultFocus();
    for (const std::string& m : admin_messages_) muted_text(m.c_str());
  }
  if (secondary_button("Back")) nav_.back();
  end_screen();
}

}  // namespace warmline::ui
