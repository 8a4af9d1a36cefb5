// The completion certificate: earned by reading every lesson and passing
// every quiz; it can be kept as a picture.
#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>

#include "core/progress/calendar.h"
#include "ui/app.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace warmline::ui {
namespace {

std::string file_safe(const std::string& s) {
  std::string out;
  for (char c : s) out += (std::isalnum(static_cast<unsigned char>(c)) ? c : '-');
  return out;
}

}  // namespace

void App::draw_certificate() {
  if (!learner_ || !learner_->active() || !course_) {
    nav_.back();
    return;
  }
  const LearnerProgress& p = learner_->progress();
  const std::optional<int> completed = learner_->badge_day(kCourseCompleteBadge);
  int total = 0, counted = 0;
  for (const Module& m : course_->modules) {
    if (auto it = p.quizzes.find(m.id); it != p.quizzes.end()) {
      total += it->second.best_percent;
      ++counted;
    }
  }
  const int average = counted == 0 ? 0 : static_cast<int>(std::lround(static_cast<double>(total) / counted));
  // The picture is taken on the frame after the button press, drawn without buttons.
  const bool capturing = certificate_capture_;
  if (capturing && options_.save_picture) {
    certificate_message_ = options_.save_picture("warmline-certificate-" + file_safe(p.name) + ".png");
  }
  certificate_capture_ = false;

  begin_screen("##certificate");
  vertical_space(16);
  begin_panel(0xFFFDF7, palette::kAmber);
  vertical_space(12);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(0x8A5300));
  ImGui::PushFont(fonts_.bold);
  centred_text("CERTIFICATE OF COMPLETION");
  ImGui::PopFont();
  ImGui::PopStyleColor();
  vertical_space(12);
  muted_text("");
  ImGui::PushFont(fonts_.title);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::vec(palette::kTeal));
  centred_text(p.name.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  vertical_space(8);
  centred_text("has completed");
  ImGui::PushFont(fonts_.heading);
  centred_text(course_->info.title.c_str());
  ImGui::PopFont();
  vertical_space(8);
  const std::string detail = std::to_string(course_->modules.size()) + " skills · average best quiz score " +
                             std::to_string(average) + "%";
  centred_text(detail.c_str());
  const std::string date = completed ? "Completed on " + format_day(*completed) : "Not completed yet";
  centred_text(date.c_str());
  vertical_space(12);
  end_panel();
  vertical_space(8);
  if (!capturing) {
    if (options_.save_picture) {
      if (half_button("Save as picture", true, 0)) {
        certificate_capture_ = true;
        scheduler_.wake();
      }
      ImGui::SetItemDefaultFocus();
    }
    if (half_button("Back", false, options_.save_picture ? 1 : 0)) nav_.back();
    if (!certificate_message_.empty()) muted_text(certificate_message_.c_str());
  }
  end_screen();
}

}  // namespace warmline::ui
