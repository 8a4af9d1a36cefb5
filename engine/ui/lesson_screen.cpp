// The lesson reader: one card at a time with progress dots, Back and Next.
#include <imgui.h>

#include <string>

#include "ui/app.h"
#include "ui/rich_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace warmline::ui {
namespace {

// Darker than the palette's accents so small bold labels keep AA contrast on white.
constexpr unsigned kKickerTeal = 0x1F6F68;
constexpr unsigned kKickerAmber = 0x8A5300;
constexpr unsigned kExampleFill = 0xFFF8EC;
constexpr unsigned kExampleBorder = 0xEBCB95;

void quoted_line(const std::string& text, const Fonts& fonts) {
  rich_runs({TextRun{"“" + text + "”", false, true}}, fonts);
}

}  // namespace

void App::draw_lesson_card(const LessonBlock& card) {
  switch (card.kind) {
    case LessonBlockKind::Card:
      kicker_text(fonts_, "LESSON CARD", kKickerTeal);
      break;
    case LessonBlockKind::Example:
      kicker_text(fonts_, "EXAMPLE", kKickerAmber);
      break;
    case LessonBlockKind::Say:
      kicker_text(fonts_, "SAY THIS, NOT THAT", kKickerTeal);
      break;
    case LessonBlockKind::Takeaways:
      kicker_text(fonts_, "KEY TAKEAWAYS", kKickerTeal);
      break;
  }
  const std::string title = card.title.empty() && card.kind == LessonBlockKind::Takeaways ? "Remember this" : card.title;
  if (!title.empty()) heading_text(fonts_, title.c_str());
  if (card.kind != LessonBlockKind::Say) {
    rich_text(card.body, fonts_);
    return;
  }
  kicker_text(fonts_, "✓ Say", kKickerTeal);
  quoted_line(card.say, fonts_);
  vertical_space(4);
  kicker_text(fonts_, "✗ Not", palette::kBadInk);
  quoted_line(card.say_not, fonts_);
  vertical_space(4);
  ImGui::PushFont(fonts_.bold);
  body_text("Why");
  ImGui::PopFont();
  rich_runs({TextRun{card.why, false, false}}, fonts_);
}

void App::draw_lesson() {
  const Module* m = open_module();
  if (!reader_ || !m) {
    nav_.back();
    return;
  }
  LessonReader& reader = *reader_;
  begin_screen("##lesson");
  if (reader.index() != shown_card_) {
    // A new card starts at its top, wherever the last one was scrolled to.
    ImGui::SetScrollY(0.0f);
    shown_card_ = reader.index();
  }
  muted_text(m->title.c_str());
  heading_text(fonts_, reader.lesson().title.c_str());
  const int count = static_cast<int>(reader.count());
  const int clicked = progress_dots(count, static_cast<int>(reader.index()), static_cast<int>(reader.furthest()));
  if (clicked >= 0) reader.jump(static_cast<std::size_t>(clicked));
  ImGui::SameLine();
  muted_text(("Card " + std::to_string(reader.index() + 1) + " of " + std::to_string(count)).c_str());
  vertical_space(4);

  if (const LessonBlock* card = reader.card()) {
    const bool example = card->kind == LessonBlockKind::Example;
    begin_panel(example ? kExampleFill : palette::kCard, example ? kExampleBorder : palette::kLine);
    draw_lesson_card(*card);
    end_panel();
  }
  vertical_space(8);
  // One id for Next and Finish, so keyboard focus stays put on the last card.
  if (half_button(reader.at_first() ? "Lessons###back" : "Back###back", false, 0)) {
    if (!reader.back()) nav_.back();
  }
  if (half_button(reader.at_last() ? "Finish lesson###next" : "Next###next", true, 1)) {
    if (!reader.next()) finish_lesson();
  }
  ImGui::SetItemDefaultFocus();
  end_screen();
}

void App::finish_lesson() {
  if (!reader_) return;
  if (records_) records_->lesson_read(reader_->lesson(), clock_.unix_ms());
  if (learner_) toasts_.celebrate(learner_->lesson_read(reader_->lesson().id, clock_.day()), rules_);
  nav_.back();
}

}  // namespace warmline::ui
