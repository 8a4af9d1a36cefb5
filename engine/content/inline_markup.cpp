#include "content/inline_markup.h"

#include "content/field_values.h"
#include "content/limits.h"
#include "content/utf8.h"

namespace warmline {
namespace {

void append_run(std::vector<TextRun>& runs, std::string text, bool bold, bool italic) {
  if (text.empty()) return;
  if (!runs.empty() && runs.back().bold == bold && runs.back().italic == italic) {
    runs.back().text += text;
  } else {
    runs.push_back({std::move(text), bold, italic});
  }
}

void append_runs(std::vector<TextRun>& into, std::vector<TextRun> more) {
  if (!into.empty() && !more.empty()) append_run(into, " ", false, false);
  for (TextRun& r : more) append_run(into, std::move(r.text), r.bold, r.italic);
}

bool is_bullet(std::string_view s) { return s.size() >= 2 && s[0] == '-' && s[1] == ' '; }
bool is_indented(std::string_view s) { return !s.empty() && (s[0] == ' ' || s[0] == '\t'); }

// Column of `part`, a view into `line`.
int column_in(std::string_view line, std::string_view part) {
  return utf8::column(line, static_cast<std::size_t>(part.data() - line.data()));
}

// Two spaces of indent per level (a tab counts as two). Mistakes are
// reported and clamped so the model never holds a depth the renderer cannot
// draw and the validator does not report the same line twice.
std::uint8_t bullet_depth(std::string_view indent, const RichText& blocks, int line, int col, DiagnosticSink& sink) {
  std::size_t width = 0;
  for (char c : indent) width += c == '\t' ? 2 : 1;
  if (width == 0) return 0;
  if (blocks.empty() || blocks.back().kind != TextBlockKind::Bullet) {
    sink.error(line, col, "indented bullet with no bullet above it; start the list at the left margin");
    return 0;
  }
  if (width % 2 != 0) sink.error(line, col, "indent sub-bullets by 2 spaces per level");
  std::size_t depth = (width + 1) / 2;
  const std::size_t above = blocks.back().depth;
  if (depth > above + 1) {
    sink.error(line, col, "bullet is indented more than one level below the bullet above it (2 spaces per level)");
    depth = above + 1;
  }
  if (depth >= limits::kBulletDepth) {
    sink.error(line, col, "deep bullet nesting: bullets go at most " + std::to_string(limits::kBulletDepth) +
                              " levels deep (a bullet and its sub-bullets)");
    depth = limits::kBulletDepth - 1;
  }
  return static_cast<std::uint8_t>(depth);
}

}  // namespace

std::vector<TextRun> parse_inline(std::string_view text, int line, int first_col, DiagnosticSink& sink) {
  std::vector<TextRun> runs;
  std::string current;
  bool bold = false, italic = false;
  std::size_t bold_at = 0, italic_at = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && (text[i + 1] == '*' || text[i + 1] == '\\')) {
      current += text[++i];
    } else if (c == '*') {
      append_run(runs, std::move(current), bold, italic);
      current.clear();
      if (i + 1 < text.size() && text[i + 1] == '*') {
        bold = !bold;
        bold_at = i++;
      } else {
        italic = !italic;
        italic_at = i;
      }
    } else {
      current += c;
    }
  }
  append_run(runs, std::move(current), bold, italic);
  const int col0 = first_col - 1;
  if (bold) {
    sink.error(line, col0 + utf8::column(text, bold_at), "'**' starts bold text that is not closed on this line");
  }
  if (italic) {
    sink.error(line, col0 + utf8::column(text, italic_at),
               "'*' starts emphasis that is not closed on this line (write \\* for a plain asterisk)");
  }
  return runs;
}

RichText parse_body_text(const std::vector<BodyLine>& lines, DiagnosticSink& sink) {
  RichText blocks;
  bool open = false;  // whether the last block may take more lines
  for (const BodyLine& l : lines) {
    std::string_view text = l.text;
    if (trim(text).empty()) {
      open = false;
      continue;
    }
    const std::size_t indent_bytes = text.find_first_not_of(" \t");
    const std::string_view rest = text.substr(indent_bytes);
    if (is_bullet(rest)) {
      const int col = utf8::column(text, indent_bytes);
      const std::uint8_t depth = bullet_depth(text.substr(0, indent_bytes), blocks, l.number, col, sink);
      const std::string_view item = trim(rest.substr(2));
      if (item.empty()) sink.error(l.number, col, "empty bullet");
      TextBlock b{TextBlockKind::Bullet, parse_inline(item, l.number, column_in(text, item), sink), depth};
      blocks.push_back(std::move(b));
      open = true;
    } else if (open && (blocks.back().kind == TextBlockKind::Paragraph || is_indented(text))) {
      const std::string_view part = trim(text);
      append_runs(blocks.back().runs, parse_inline(part, l.number, column_in(text, part), sink));
    } else {
      const std::string_view part = trim(text);
      blocks.push_back({TextBlockKind::Paragraph, parse_inline(part, l.number, column_in(text, part), sink), 0});
      open = true;
    }
  }
  return blocks;
}

}  // namespace warmline
