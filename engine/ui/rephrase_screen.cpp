// The positive-rephrasing game: a sitting of rounds that turn a negative line
// around, by picking the best rewrite, building it from tiles, or writing it.
#include <imgui.h>
#include <imgui_internal.h>

#include <string>

#include "ui/app.h"
#include "ui/build_round.h"
#include "ui/rich_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/wording.h"

namespace warmline::ui {
namespace {

constexpr std::size_t kRoundsPerSitting = 5;
constexpr int kWriteRoundPasses = 70;  // the scorer's own line between good and poor rewrites

const char* round_prompt(RephraseRoundType t) {
  switch (t) {
    case RephraseRoundType::Pick: return "PICK THE BEST REWRITE";
    case RephraseRoundType::Build: return "BUILD A BETTER LINE";
    case RephraseRoundType::Write: return "SAY IT YOUR WAY";
  }
  return "";
}

}  // namespace

void App::open_rephrase(const Module& m) {
  std::vector<const RephraseItem*> items;
  for (const RephraseItem& r : m.rephrase) items.push_back(&r);
  const std::uint64_t seed = next_seed();
  rephrase_.rounds = plan_rephrase_rounds(items, kRoundsPerSitting, seed, course_ && course_->markers.has_value());
  rephrase_.index = 0;
  rephrase_.tally = RephraseTally{};
  rephrase_.seed = seed;
  begin_rephrase_round();
  nav_.open(Screen::Rephrase);
}

void App::begin_rephrase_round() {
  RephraseSitting& s = rephrase_;
  s.pick.reset();
  s.tiles.reset();
  s.written[0] = '\0';
  s.write_score.reset();
  s.settled = false;
  s.right = false;
  s.focus_writing = true;
  if (s.index >= s.rounds.size()) return;
  const PlannedRound& r = s.rounds[s.index];
  if (r.type == RephraseRoundType::Pick) s.pick.emplace(*r.item, s.seed + s.index, now_);
  if (r.type == RephraseRoundType::Build) s.tiles.emplace(*r.item, s.seed + s.index);
}

void App::settle_rephrase_round(bool right, int base_points) {
  RephraseSitting& s = rephrase_;
  if (s.settled) return;
  s.settled = true;
  s.right = right;
  s.last = s.tally.record(right, base_points);
  if (records_ && s.index < s.rounds.size() && s.rounds[s.index].item) {
    // Only a written rewrite is the learner's own words; picks and tiles are the pack's.
    const bool written = s.rounds[s.index].type == RephraseRoundType::Write;
    records_->rephrase_settled(*s.rounds[s.index].item, written ? s.written : "", right, clock_.unix_ms());
  }
  if (right && learner_) toasts_.celebrate(learner_->rephrase_solved(s.last.streak, clock_.day()), rules_);
}

void App::draw_rephrase() {
  RephraseSitting& s = rephrase_;
  begin_screen("##rephrase");
  if (s.index >= s.rounds.size()) {
    const auto solved = static_cast<std::size_t>(s.tally.right());
    title_text(fonts_, solved == s.rounds.size() ? "Every line turned around!" : "Sitting done");
    heading_text(fonts_, (std::to_string(solved) + " of " + std::to_string(s.rounds.size()) + " rounds solved · " +
                          with_commas(s.tally.total()) + " points").c_str());
    if (s.tally.best_streak() >= 2) muted_text(("Best run: " + std::to_string(s.tally.best_streak()) + " in a row.").c_str());
    muted_text("Positive words are a habit: the more often you practise, the faster they come on a real call.");
    vertical_space(8);
    if (half_button("Play again", true, 0)) {
      if (const Module* m = open_module()) {
        nav_.back();
        open_rephrase(*m);
      }
    }
    ImGui::SetItemDefaultFocus();
    if (half_button("Done", false, 1)) nav_.back();
    end_screen();
    return;
  }
  const PlannedRound& round = s.rounds[s.index];
  const RephraseItem& item = *round.item;
  std::string status = "Round " + std::to_string(s.index + 1) + " of " + std::to_string(s.rounds.size()) + " · " +
                       with_commas(s.tally.total()) + " points";
  if (s.tally.streak() >= 2) status += " · " + std::to_string(s.tally.streak()) + " in a row";
  muted_text(status.c_str());
  if (s.pick && !s.pick->settled()) {
    if (s.pick->tick(now_)) settle_rephrase_round(false, 0);
    const double left = s.pick->fraction_left(now_);
    countdown_meter(left, 10.0f);
    scheduler_.keep_animating();
  }
  begin_panel(palette::kCard, palette::kLine);
  kicker_text(fonts_, round_prompt(round.type), palette::kTeal);
  muted_text(("Instead of saying, on the " + std::string(channel_name(item.context)) + ":").c_str());
  ImGui::PushFont(fonts_.heading);
  ImGui::TextWrapped("“%s”", item.negative.c_str());
  ImGui::PopFont();
  end_panel();
  vertical_space(4);

  const unsigned long long moment = (static_cast<unsigned long long>(attempts_started_) << 16) + s.index * 2 + (s.settled ? 1 : 0);
  switch (round.type) {
    case RephraseRoundType::Pick: {
      PickRound& pick = *s.pick;
      const PickOutcome* o = pick.outcome();
      for (std::size_t i = 0; i < pick.option_count(); ++i) {
        ChoiceLook look = ChoiceLook::Normal;
        if (o) look = i == o->correct_option ? ChoiceLook::Correct : (!o->timed_out && i == o->chosen) ? ChoiceLook::Wrong : ChoiceLook::Dimmed;
        ImGui::PushID(static_cast<int>(i));
        if (choice_button("##opt", pick.option(i)->text.c_str(), look, o ? (look == ChoiceLook::Correct ? "✓" : look == ChoiceLook::Wrong ? "✗" : "") : "") &&
            !o && pick.answer(i, now_)) {
          settle_rephrase_round(pick.outcome()->correct, pick.outcome()->points);
        }
        if (i == 0 && !o) focus_item_once(moment);
        ImGui::PopID();
      }
      break;
    }
    case RephraseRoundType::Build: {
      TileRound& tiles = *s.tiles;
      if (!s.settled) {
        draw_build_round(tiles, moment, s.tile_spots);
        if (tiles.complete()) settle_rephrase_round(tiles.correct(), RephraseTally::kBuildPoints);
        if (!tiles.placed().empty() && !s.settled) {
          vertical_space(4);
          if (half_button("Undo", false, 0)) tiles.remove_last();
          if (half_button("Start over", false, 1)) tiles.clear();
        }
      } else {
        s.tile_spots.clear();
        begin_panel(0xF4FAF8, 0x9CC7C1);
        rich_runs({TextRun{tiles.assembled(), false, false}}, fonts_);
        end_panel();
      }
      break;
    }
    case RephraseRoundType::Write: {
      if (!s.settled) {
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(16, 12));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.5f);
        if (s.focus_writing) {
          ImGui::SetKeyboardFocusHere();
          s.focus_writing = false;
        }
        // Enter checks, as everywhere else; Ctrl+Enter starts a new line.
        const bool entered = ImGui::InputTextMultiline("##write", s.written, sizeof s.written, ImVec2(column_width(), 110),
                                                       ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CtrlEnterForNewLine);
        ImGui::PopStyleVar(2);
        muted_text("Write what you would say instead, then press Enter or check it.");
        if ((primary_button("Check my line") || entered) && course_ && course_->markers) {
          s.write_score = score_rephrase(s.written, item.negative, *course_->markers);
          settle_rephrase_round(s.write_score->score >= kWriteRoundPasses, RephraseTally::write_points(s.write_score->score));
        }
      } else if (s.write_score) {
        ImGui::TextWrapped("“%s”", s.written);
        ImGui::PushFont(fonts_.bold);
        ImGui::Text("Score: %d / 100", s.write_score->score);
        ImGui::PopFont();
        meter(static_cast<float>(s.write_score->score) / 100.0f, s.write_score->score >= kWriteRoundPasses ? palette::kTeal : palette::kAmber, 10.0f);
        for (const std::string& line : s.write_score->feedback) bullet_text(line.c_str());
        muted_text("One good way to say it:");
      }
      break;
    }
  }

  if (s.settled) {
    vertical_space(4);
    begin_verdict_panel(s.right);
    const bool timed_out = s.pick && s.pick->outcome() && s.pick->outcome()->timed_out;
    kicker_text(fonts_, s.right ? "✓ Nicely turned around" : timed_out ? "✗ Time’s up" : "✗ Not quite", s.right ? palette::kGoodInk : palette::kBadInk);
    if (s.right) {
      std::string earned = "+" + with_commas(s.last.points) + " points";
      if (s.last.bonus > 0) earned += " · " + std::to_string(s.last.streak) + " in a row, +" + with_commas(s.last.bonus) + " bonus";
      same_line_right_muted(earned.c_str());
    }
    for (const Option& o : item.options)
      if (o.correct) rich_runs({TextRun{"“" + o.text + "”", false, true}}, fonts_);
    rich_runs({TextRun{item.why, false, false}}, fonts_);
    end_panel();
    vertical_space(8);
    const bool last = s.index + 1 == s.rounds.size();
    if (primary_button(last ? "See how you did###rp-next" : "Next round###rp-next")) {
      ++s.index;
      begin_rephrase_round();
    }
    focus_item_once(moment);
  }
  vertical_space(8);
  if (secondary_button("Stop playing")) nav_.back();
  end_screen();
}

}  // namespace warmline::ui
