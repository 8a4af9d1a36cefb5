#pragma once
#include <imgui.h>

#include <string>

#include "ui/fonts.h"

namespace warmline::ui {

// Every screen is one borderless window filling the viewport, with its
// content in a centred column that reads well from phone to kiosk width.
// `id` must differ per screen: ImGui then starts keyboard focus afresh.
void begin_screen(const char* id);
void end_screen();
float column_width();

void title_text(const Fonts& fonts, const char* text);
void heading_text(const Fonts& fonts, const char* text);
void body_text(const char* text);
void muted_text(const char* text);
void bullet_text(const char* text);
void vertical_space(float points);
// Muted text on the current line, flush with the column's right edge.
void same_line_right_muted(const char* text);

// A compact button at the right end of the line about to be drawn, which
// the next item then shares (a screen-level toggle beside the heading).
bool corner_button(const char* label);

// Full-column buttons at least 44 points tall. The label also names the
// item in the state snapshot when keyboard focus is on it.
bool primary_button(const char* label);
bool secondary_button(const char* label);
// The same, sharing a row: `half` 0 is the left half, 1 the right.
bool half_button(const char* label, bool primary, int half);

// A round key of a PIN pad, `size` points across.
bool key_button(const char* label, float size, bool primary);

// A white rounded panel behind what is drawn between the two calls. Panels
// cannot nest (they use the draw list's channels to paint the background
// once its height is known).
void begin_panel(unsigned fill, unsigned border);
void end_panel();

// A full-column tappable row: a bold title, a muted detail line and an
// optional status on the right ("Read", "New").
// `ring` (0..1) draws a progress ring at the right end; below 0, none.
bool list_button(const char* id, const char* title, const char* detail, const char* status,
                 const Fonts& fonts, float ring = -1.0f);

// A progress ring centred at `centre`.
void progress_ring(ImVec2 centre, float radius, float fraction);

// A row of `steps` numbered buttons, centred, with words at both ends
// ("Tense" 1 2 3 4 5 "Calm"); `chosen` (1..steps, 0 for none) is filled.
// Returns the number clicked, or 0. `name` names the buttons for the state
// snapshot ("Calm 3 of 5").
int rating_scale(const char* name, int steps, int chosen, const char* low, const char* high);

// A word tile for the rephrasing game: as wide as its text, touch height.
bool tile_button(const char* label);

// A quiz answer: full column, text wrapped, tinted by what it means now.
enum class ChoiceLook { Normal, Selected, Correct, Wrong, Dimmed };
bool choice_button(const char* id, const char* text, ChoiceLook look, const char* mark);

// A horizontal bar, `fraction` (0..1) filled with `colour`.
void meter(float fraction, unsigned colour, float height);
// A time bar: teal while there is plenty left, amber, then coral near the end.
void countdown_meter(double fraction_left, float height);

// The panel after an answer: green for right, coral for wrong.
void begin_verdict_panel(bool right);

// One line centred in the column.
void centred_text(const char* text);

// One dot per card: filled up to `furthest`, ringed at `current`. Returns
// the index of a dot that was clicked, or -1.
int progress_dots(int count, int current, int furthest);

// Small capitals-style label above a card title ("EXAMPLE", "SAY THIS").
void kicker_text(const Fonts& fonts, const char* text, unsigned colour);

// Moves keyboard focus to the item just drawn, once per `moment`: call it
// every frame with a value naming the situation (question 3 asked, question
// 3 answered...) and focus jumps only when the situation changes.
void focus_item_once(unsigned long long moment);

// The label of the item keyboard focus was on in the last frame ("" if none).
const std::string& focused_item_label();
void reset_focused_item_label();

}  // namespace warmline::ui
