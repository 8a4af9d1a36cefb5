#include "ui/rich_text.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "ui/theme.h"

namespace warmline::ui {
namespace {

constexpr float kLineSpacing = 1.4f;  // body text reads better looser than ImGui's 1.0
constexpr float kBulletHang = 26.0f;
constexpr float kNestIndent = 24.0f;

ImFont* face(const TextRun& run, const Fonts& fonts) {
  if (run.bold) return fonts.bold;
  if (run.italic) return fonts.italic;
  return fonts.body;
}

// Lays the runs out from the cursor, `width` points wide; returns the height used.
float layout_runs(const std::vector<TextRun>& runs, const Fonts& fonts, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float scale = ImGui::GetIO().FontGlobalScale;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float line_height = ImGui::GetFontSize() * kLineSpacing;
  const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
  float x = 0.0f, y = 0.0f;
  for (const TextRun& run : runs) {
    ImFont* font = face(run, fonts);
    const float size = font->FontSize * scale;
    const char* p = run.text.c_str();
    const char* end = p + run.text.size();
    while (p < end) {
      if (*p == '\n') {
        x = 0.0f;
        y += line_height;
        ++p;
        continue;
      }
      // A word and the spaces after it move as one; only the word must fit.
      const char* word_end = p;
      while (word_end < end && *word_end != ' ' && *word_end != '\n') ++word_end;
      const char* gap_end = word_end;
      while (gap_end < end && *gap_end == ' ') ++gap_end;
      const float word_w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, p, word_end).x;
      if (x > 0.0f && x + word_w > width) {
        x = 0.0f;
        y += line_height;
      }
      if (x == 0.0f && word_end == p) {  // spaces at the start of a line
        p = gap_end;
        continue;
      }
      const float baseline_shift = (line_height - size) * 0.5f;
      dl->AddText(font, size, ImVec2(origin.x + x, origin.y + y + baseline_shift), ink, p, word_end);
      x += font->CalcTextSizeA(size, FLT_MAX, 0.0f, p, gap_end).x;
      p = gap_end;
    }
  }
  const float height = y + line_height;
  ImGui::Dummy(ImVec2(width, height));
  return height;
}

// Up to the wrap position the screen column pushed, like ImGui's own
// wrapped text; the window edge when none is set.
float wrap_width() {
  const float wrap_pos = ImGui::GetCurrentWindow()->DC.TextWrapPos;
  const float avail = wrap_pos > 0.0f ? wrap_pos - ImGui::GetCursorPosX() : ImGui::GetContentRegionAvail().x;
  return std::max(40.0f, avail);
}

}  // namespace

void rich_runs(const std::vector<TextRun>& runs, const Fonts& fonts) { layout_runs(runs, fonts, wrap_width()); }

void rich_text(const RichText& text, const Fonts& fonts) {
  for (const TextBlock& block : text) {
    if (block.kind == TextBlockKind::Paragraph) {
      rich_runs(block.runs, fonts);
      continue;
    }
    const float indent = kNestIndent * block.depth + kBulletHang;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float mid = at.y + ImGui::GetFontSize() * kLineSpacing * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 dot(at.x + kNestIndent * block.depth + 9.0f, mid);
    if (block.depth == 0) {
      dl->AddCircleFilled(dot, 3.5f, palette::rgb(palette::kTeal));
    } else {
      dl->AddCircle(dot, 3.0f, palette::rgb(palette::kTeal), 0, 1.5f);
    }
    ImGui::Indent(indent);
    rich_runs(block.runs, fonts);
    ImGui::Unindent(indent);
  }
}

}  // namespace warmline::ui
