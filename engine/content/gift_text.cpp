#include "content/gift_text.h"

#include <cstdint>

namespace warmline::gift {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// "&#233;" / "&#xE9;" at s (without the '&' and ';'); 0 when not a usable
// character.
std::uint32_t numeric_entity(std::string_view body) {
  if (body.size() < 2 || body[0] != '#') return 0;
  const bool hex = body[1] == 'x' || body[1] == 'X';
  std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 6) return 0;
  std::uint32_t cp = 0;
  for (char c : digits) {
    std::uint32_t d;
    if (is_digit(c)) {
      d = static_cast<std::uint32_t>(c - '0');
    } else if (hex && lower(c) >= 'a' && lower(c) <= 'f') {
      d = static_cast<std::uint32_t>(lower(c) - 'a' + 10);
    } else {
      return 0;
    }
    cp = cp * (hex ? 16 : 10) + d;
  }
  const bool control = cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
  if (control || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return cp;
}

// Decodes the entity starting at s[i] == '&'; returns its length or 0.
std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
  const std::size_t semi = s.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  const std::string_view body = s.substr(i + 1, semi - i - 1);
  static const struct { const char* name; const char* text; } kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
      {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"}, {"hellip", "\xE2\x80\xA6"},
      {"rsquo", "\xE2\x80\x99"}, {"lsquo", "\xE2\x80\x98"}, {"ldquo", "\xE2\x80\x9C"}, {"rdquo", "\xE2\x80\x9D"}};
  for (const auto& e : kNamed) {
    if (body == e.name) {
      out += e.text;
      return semi - i + 1;
    }
  }
  if (const std::uint32_t cp = numeric_entity(body)) {
    append_utf8(out, cp);
    return semi - i + 1;
  }
  return 0;
}

bool is_block_tag(std::string_view tag) {
  if (!tag.empty() && tag[0] == '/') tag.remove_prefix(1);
  std::size_t n = 0;
  while (n < tag.size() && (is_alpha(tag[n]) || is_digit(tag[n]))) ++n;
  const std::string_view name = tag.substr(0, n);
  for (const char* b : {"br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "hr", "blockquote", "h1", "h2",
                        "h3", "h4", "h5", "h6"}) {
    if (iequals(name, b)) return true;
  }
  return n == 0;  // comments and the like: keep words apart
}

}  // namespace

TextFormat take_format(std::string& s, TextFormat fallback) {
  if (s.empty() || s[0] != '[') return fallback;
  const std::size_t end = s.find(']');
  if (end == std::string::npos) return fallback;
  const std::string_view name = std::string_view(s).substr(1, end - 1);
  TextFormat f;
  if (iequals(name, "moodle")) {
    f = TextFormat::Moodle;
  } else if (iequals(name, "html")) {
    f = TextFormat::Html;
  } else if (iequals(name, "plain")) {
    f = TextFormat::Plain;
  } else if (iequals(name, "markdown")) {
    f = TextFormat::Markdown;
  } else {
    return fallback;
  }
  s.erase(0, end + 1);
  return f;
}

std::string strip_html(std::string_view s, bool& changed) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '<' && i + 1 < s.size() && (is_alpha(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
      const std::size_t close = s.find('>', i);
      if (close != std::string_view::npos) {
        if (is_block_tag(s.substr(i + 1, close - i - 1))) out += ' ';  // <br>, </p>, <li> separate words
        changed = true;
        i = close;
        continue;
      }
    }
    if (c == '&') {
      if (const std::size_t n = decode_entity(s, i, out)) {
        changed = true;
        i += n - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string slug(std::string_view s, std::size_t max) {
  std::string out;
  bool dash = false;
  for (char c : s) {
    if (is_alpha(c) || is_digit(c)) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += lower(c);
    } else {
      dash = true;
    }
  }
  if (out.size() > max) {
    const bool mid_word = out[max] != '-';
    out.resize(max);
    const std::size_t last_dash = out.rfind('-');
    if (mid_word && last_dash != std::string::npos) out.resize(last_dash);  // whole words only
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace warmline::gift
