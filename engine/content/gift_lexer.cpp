#include "content/gift_lexer.h"

#include <cstring>
#include <string_view>

namespace warmline::gift {
namespace {

bool is_comment_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return line.substr(i, 2) == "//";
}

bool is_blank_line(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

bool is_escapable(char c) {
  return c == '~' || c == '=' || c == '#' || c == '{' || c == '}' || c == ':' || c == '\\' || c == 'n';
}

void append_line(Text& out, const std::string& line, int number) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto at = static_cast<std::uint32_t>(i);
    if (line[i] == '\\' && i + 1 < line.size() && is_escapable(line[i + 1])) {
      const char c = line[i + 1] == 'n' ? '\n' : line[i + 1];
      out.push_back({c, true, number, at});
      ++i;
    } else {
      out.push_back({line[i], false, number, at});
    }
  }
}

}  // namespace

std::vector<Block> split_blocks(const std::vector<std::string>& lines) {
  std::vector<Block> blocks;
  bool open = false;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const int number = static_cast<int>(n) + 1;
    const std::string& line = lines[n];
    if (is_blank_line(line)) {
      open = false;
      continue;
    }
    if (is_comment_line(line)) continue;  // comments never end a question
    if (!open) {
      blocks.push_back({{}, number});
      open = true;
    } else {
      Text& t = blocks.back().text;
      const int last = t.back().line;
      t.push_back({'\n', false, last, static_cast<std::uint32_t>(lines[static_cast<std::size_t>(last) - 1].size())});
    }
    append_line(blocks.back().text, line, number);
  }
  return blocks;
}

bool is_mark(const Text& t, std::size_t i, char c) { return i < t.size() && !t[i].escaped && t[i].c == c; }

bool starts_with_marks(const Text& t, std::size_t i, const char* s) {
  for (std::size_t k = 0; s[k] != '\0'; ++k) {
    if (!is_mark(t, i + k, s[k])) return false;
  }
  return true;
}

std::size_t find_mark(const Text& t, std::size_t from, std::size_t to, char c) {
  for (std::size_t i = from; i < to; ++i) {
    if (is_mark(t, i, c)) return i;
  }
  return std::string::npos;
}

std::size_t find_marks(const Text& t, std::size_t from, std::size_t to, const char* s) {
  const std::size_t n = std::strlen(s);
  for (std::size_t i = from; i + n <= to; ++i) {
    if (starts_with_marks(t, i, s)) return i;
  }
  return std::string::npos;
}

std::size_t rfind_marks(const Text& t, std::size_t from, std::size_t to, const char* s) {
  const std::size_t n = std::strlen(s);
  for (std::size_t i = to; i >= from + n; --i) {
    if (starts_with_marks(t, i - n, s)) return i - n;
  }
  return std::string::npos;
}

bool is_space(const Char& ch) {
  return ch.c == ' ' || ch.c == '\t' || ch.c == '\n';
}

void trim_range(const Text& t, std::size_t& from, std::size_t& to) {
  while (from < to && is_space(t[from])) ++from;
  while (to > from && is_space(t[to - 1])) --to;
}

std::string decode(const Text& t, std::size_t from, std::size_t to) {
  std::string out;
  out.reserve(to - from);
  for (std::size_t i = from; i < to; ++i) out += t[i].c == '\n' ? ' ' : t[i].c;
  return out;
}

}  // namespace warmline::gift
