#pragma once
#include <imgui.h>

namespace warmline::ui {

// ImGui 1.86 presses a focused button with Space only and tabs only between
// text fields. People expect Tab to walk through everything and Enter to
// press, so map those keys onto ImGui's nav inputs. Call after the platform
// backend's NewFrame and before ImGui::NewFrame.
void map_keyboard_conventions(ImGuiIO& io);

// Call inside each screen window: a Tab at the end of a row continues on the
// next row, so Tab follows reading order.
void allow_tab_wrapping();

}  // namespace warmline::ui
