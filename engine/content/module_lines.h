#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/module_blocks.h"

// Recognising the kinds of line a module file holds: headings, options,
// numbered steps. Used by module_parser.cpp.
namespace warmline {

struct HeadingKind {
  std::string_view name;
  BlockKind kind;
  int level;
  bool needs_title;
};

const std::vector<HeadingKind>& heading_kinds();
const HeadingKind* find_heading_kind(std::string_view name);

// "'# Module:', '## Lesson:', …" for messages.
std::string heading_list();

bool is_text_block(BlockKind k);
bool takes_options(BlockKind k);

// Whether any block takes a field of this name.
bool is_known_field_name(std::string_view name);

// `- [x] text` / `- [ ] text`; nullopt when the line does not start "- [",
// ok == false when it does but is malformed.
struct OptionLine {
  bool ok = false;
  bool correct = false;
  std::size_t text_at = 0;
};
std::optional<OptionLine> match_option(std::string_view line);

// `12. text` at the left margin.
std::optional<RawStep> match_step(std::string_view line, int number);

}  // namespace warmline
