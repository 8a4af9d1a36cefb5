#include "content/source_lines.h"

#include <cstdio>

#include "content/limits.h"
#include "content/utf8.h"

namespace warmline {
namespace {

std::string hex_byte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

void check_line(std::string& line, int number, DiagnosticSink& sink) {
  if (!utf8::is_valid(line)) {
    for (std::size_t i = 0; i < line.size();) {
      const std::size_t n = utf8::sequence_length(line, i);
      if (n == 0) {
        sink.error(number, utf8::column(line, i),
                   "invalid UTF-8 (byte " + hex_byte(static_cast<unsigned char>(line[i])) +
                       "); save the file as UTF-8");
        break;  // one report per line is enough to find it
      }
      i += n;
    }
    line = utf8::repaired(line);
  }
  for (std::size_t i = 0; i < line.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c < 0x20 && c != '\t') || c == 0x7F) {
      sink.error(number, utf8::column(line, i), "control character " + hex_byte(c) + " in text");
      line[i] = ' ';
    }
  }
  const std::size_t chars = utf8::length(line);
  if (chars > limits::kLineChars) {
    sink.error(number, static_cast<int>(limits::kLineChars) + 1,
               "line is " + std::to_string(chars) + " characters long; the limit is " +
                   std::to_string(limits::kLineChars));
  }
}

}  // namespace

std::vector<std::string> split_source_lines(std::string_view text, std::size_t max_bytes, DiagnosticSink& sink) {
  std::vector<std::string> lines;
  if (text.size() > max_bytes) {
    sink.error(1, 1, "file is " + std::to_string(text.size()) + " bytes; the limit is " + std::to_string(max_bytes));
    return lines;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    const bool last = end == std::string_view::npos;
    if (last) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (last && raw.empty() && start > 0) break;  // the newline ending the file
    lines.emplace_back(raw);
    check_line(lines.back(), static_cast<int>(lines.size()), sink);
    if (last) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace warmline
