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

// Full-column buttons at least 44 points tall. The label also names the
// item in the state snapshot when keyboard focus is on it.
bool primary_button(const char* label);
bool secondary_button(const char* label);

// The label of the item keyboard focus was on in the last frame ("" if none).
const std::string& focused_item_label();
void reset_focused_item_label();

}  // namespace warmline::ui
