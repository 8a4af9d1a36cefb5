#include "ui/keyboard_nav.h"

#include <imgui_internal.h>

namespace warmline::ui {

void map_keyboard_conventions(ImGuiIO& io) {
  if (io.WantTextInput) return;  // a text field keeps its Enter and Tab
  auto down = [&](ImGuiKey key) { return io.KeyMap[key] >= 0 && io.KeysDown[io.KeyMap[key]]; };
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (down(ImGuiKey_Enter) || down(ImGuiKey_KeyPadEnter)) {
    // ImGui ignores Activate while the focus highlight is hidden, but Enter
    // on a fresh screen should press its main button ("Next", "Start").
    if (g.NavId != 0) g.NavDisableHighlight = false;
    io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
  }
  if (down(ImGuiKey_Tab)) {
    const bool first_press = io.KeysDownDuration[io.KeyMap[ImGuiKey_Tab]] < 0.0f;
    if (g.NavDisableHighlight && g.NavId != 0) {
      // Focus starts, unseen, on each screen's main button; the first Tab
      // shows it instead of skipping past it, as a browser's first Tab would.
      if (first_press) g.NavDisableHighlight = false;
    } else {
      io.NavInputs[io.KeyShift ? ImGuiNavInput_KeyLeft_ : ImGuiNavInput_KeyRight_] = 1.0f;
    }
    // Keep ImGui's own text-field tabbing out of it: two move requests in
    // one frame would fight.
    io.KeysDown[io.KeyMap[ImGuiKey_Tab]] = false;
  }
}

void allow_tab_wrapping() {
  ImGui::NavMoveRequestTryWrapping(ImGui::GetCurrentWindow(), ImGuiNavMoveFlags_WrapX);
}

}  // namespace warmline::ui
