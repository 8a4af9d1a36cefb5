#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// Internal to the GIFT importer: the file as question blocks of characters
// that remember whether they were escaped (\~ \= \# \{ \} \: \\ \n) and
// where they came from, so the parser can tell markup from text and still
// point at the right line and column.
namespace warmline::gift {

struct Char {
  char c = 0;
  bool escaped = false;  // a literal character: never GIFT markup
  int line = 0;          // 1-based line in the file
  std::uint32_t byte = 0;  // byte offset in that line
};

using Text = std::vector<Char>;

// One run of non-blank lines (GIFT separates questions by blank lines).
// `//` comment lines are dropped; the remaining lines are joined with an
// unescaped '\n'.
struct Block {
  Text text;
  int first_line = 0;
};

std::vector<Block> split_blocks(const std::vector<std::string>& lines);

// Position helpers over a Text.
bool is_mark(const Text& t, std::size_t i, char c);               // unescaped c at i
bool starts_with_marks(const Text& t, std::size_t i, const char* s);  // unescaped s at i
std::size_t find_mark(const Text& t, std::size_t from, std::size_t to, char c);  // npos if none
std::size_t find_marks(const Text& t, std::size_t from, std::size_t to, const char* s);
std::size_t rfind_marks(const Text& t, std::size_t from, std::size_t to, const char* s);

bool is_space(const Char& ch);  // unescaped space, tab or line break
void trim_range(const Text& t, std::size_t& from, std::size_t& to);

// The characters in [from, to) as UTF-8 text, line breaks (real or \n)
// becoming spaces.
std::string decode(const Text& t, std::size_t from, std::size_t to);

}  // namespace warmline::gift
