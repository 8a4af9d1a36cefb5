#include "ui/build_round.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstddef>

#include "ui/theme.h"
#include "ui/widgets.h"

namespace warmline::ui {
namespace {

constexpr const char* kPayload = "WL_TILE";  // the tile's displayed position

// Breaks the row before a tile that would spill out of the column.
void flow(bool first, const std::string& text) {
  if (first) return;
  ImGui::SameLine();
  const float w = ImGui::CalcTextSize(text.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
  if (ImGui::GetCursorPosX() + w > ImGui::GetCurrentWindow()->DC.TextWrapPos) ImGui::NewLine();
}

void drag_source(std::size_t displayed, const std::string& text) {
  if (!ImGui::BeginDragDropSource()) return;
  ImGui::SetDragDropPayload(kPayload, &displayed, sizeof displayed);
  ImGui::TextUnformatted(text.c_str());
  ImGui::EndDragDropSource();
}

// The tile dropped on the item just drawn (or on `rect`), if any.
bool take_drop(std::size_t& displayed, const ImRect* rect = nullptr, ImGuiID id = 0) {
  const bool open = rect ? ImGui::BeginDragDropTargetCustom(*rect, id) : ImGui::BeginDragDropTarget();
  if (!open) return false;
  bool got = false;
  if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kPayload)) {
    displayed = *static_cast<const std::size_t*>(p->Data);
    got = true;
  }
  ImGui::EndDragDropTarget();
  return got;
}

void note_spot(std::vector<SnapshotTile>& spots, const std::string& text, bool placed) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  spots.push_back({text, placed, a.x, a.y, b.x - a.x, b.y - a.y});
}

}  // namespace

void draw_build_round(TileRound& tiles, unsigned long long moment, std::vector<SnapshotTile>& spots) {
  spots.clear();
  // Moves are collected and applied after drawing, so the loops below walk
  // a line that does not change under them.
  std::size_t take_back = SIZE_MAX, drop_tile = SIZE_MAX, drop_before = SIZE_MAX;

  const ImVec2 line_top = ImGui::GetCursorScreenPos();
  begin_panel(0xF4FAF8, 0x9CC7C1);
  if (tiles.placed().empty()) {
    muted_text("Tap the pieces in order, or drag them here, to build a better line.");
  }
  const std::vector<std::size_t> line = tiles.placed();
  for (std::size_t k = 0; k < line.size(); ++k) {
    const std::string& text = tiles.tile(line[k]);
    flow(k == 0, text);
    ImGui::PushID(static_cast<int>(1000 + line[k]));
    ImGui::PushStyleColor(ImGuiCol_Button, palette::vec(0xFFFFFF));
    if (tile_button(text.c_str())) take_back = line[k];
    ImGui::PopStyleColor();
    note_spot(spots, text, true);
    drag_source(line[k], text);
    std::size_t dropped = 0;
    if (take_drop(dropped)) {
      drop_tile = dropped;
      drop_before = k;
    }
    ImGui::PopID();
  }
  end_panel();
  const ImRect line_rect(line_top, ImVec2(line_top.x + column_width(), ImGui::GetCursorScreenPos().y));
  std::size_t dropped = 0;
  if (drop_tile == SIZE_MAX && take_drop(dropped, &line_rect, ImGui::GetID("##line"))) {
    drop_tile = dropped;
    drop_before = SIZE_MAX;
  }

  vertical_space(4);
  const ImVec2 pool_top = ImGui::GetCursorScreenPos();
  bool first = true;
  for (std::size_t i = 0; i < tiles.tile_count(); ++i) {
    if (tiles.is_placed(i)) continue;
    flow(first, tiles.tile(i));
    ImGui::PushID(static_cast<int>(i));
    if (tile_button(tiles.tile(i).c_str())) drop_tile = i, drop_before = SIZE_MAX;
    note_spot(spots, tiles.tile(i), false);
    drag_source(i, tiles.tile(i));
    if (first) focus_item_once(moment + (static_cast<unsigned long long>(line.size()) << 8));
    ImGui::PopID();
    first = false;
  }
  // Dropping a line tile anywhere over the pool takes it back.
  const float pool_bottom = first ? pool_top.y + 48.0f : ImGui::GetItemRectMax().y;
  const ImRect pool_rect(pool_top, ImVec2(pool_top.x + column_width(), pool_bottom));
  if (take_drop(dropped, &pool_rect, ImGui::GetID("##pool")) && tiles.is_placed(dropped)) take_back = dropped;

  if (take_back != SIZE_MAX) {
    tiles.unplace(take_back);
  } else if (drop_tile != SIZE_MAX) {
    tiles.move(drop_tile, drop_before);
  }
}

}  // namespace warmline::ui
