#include "core/input_script.h"

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace warmline {
namespace {

constexpr std::array<std::pair<std::string_view, ScriptKey>, 13> kKeys{{
    {"tab", ScriptKey::Tab},       {"enter", ScriptKey::Enter},   {"space", ScriptKey::Space},
    {"escape", ScriptKey::Escape}, {"up", ScriptKey::Up},         {"down", ScriptKey::Down},
    {"left", ScriptKey::Left},     {"right", ScriptKey::Right},   {"home", ScriptKey::Home},
    {"end", ScriptKey::End},       {"pageup", ScriptKey::PageUp}, {"pagedown", ScriptKey::PageDown},
    {"backspace", ScriptKey::Backspace},
}};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::pair<std::string_view, std::string_view> split_word(std::string_view s) {
  auto space = s.find_first_of(" \t");
  if (space == std::string_view::npos) return {s, {}};
  return {s.substr(0, space), trim(s.substr(space))};
}

bool parse_int(std::string_view s, int& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

// from_chars for double is missing from older standard libraries (Emscripten's).
bool parse_seconds(std::string_view s, double& out) {
  double whole = 0, scale = 1;
  bool digits = false, dot = false;
  for (char c : s) {
    if (c == '.' && !dot) {
      dot = true;
    } else if (c >= '0' && c <= '9') {
      digits = true;
      if (dot) {
        scale /= 10;
        whole += (c - '0') * scale;
      } else {
        whole = whole * 10 + (c - '0');
      }
    } else {
      return false;
    }
  }
  out = whole;
  return digits && std::isfinite(whole) && whole <= 24 * 3600.0;
}

}  // namespace

InputScript parse_input_script(std::string_view text) {
  InputScript script;
  int line_no = 0;
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    ++line_no;
    if (line.empty() || line.front() == '#') continue;

    auto [command, rest] = split_word(line);
    ScriptStep step;
    step.line = line_no;
    auto fail = [&](std::string message) { script.errors.push_back({line_no, std::move(message)}); };

    if (command == "wait") {
      step.kind = ScriptStep::Kind::Wait;
      if (!parse_seconds(rest, step.seconds)) {
        fail("wait needs a number of seconds, got \"" + std::string(rest) + "\"");
        continue;
      }
    } else if (command == "advance") {
      step.kind = ScriptStep::Kind::Advance;
      if (!parse_seconds(rest, step.seconds)) {
        fail("advance needs a number of seconds, got \"" + std::string(rest) + "\"");
        continue;
      }
    } else if (command == "key") {
      step.kind = ScriptStep::Kind::Key;
      std::string_view name = rest;
      if (name.substr(0, 6) == "shift+") {
        step.shift = true;
        name.remove_prefix(6);
      }
      bool known = false;
      for (auto& [key_name, key] : kKeys) {
        if (key_name == name) {
          step.key = key;
          known = true;
        }
      }
      if (!known) {
        fail("unknown key \"" + std::string(rest) + "\"");
        continue;
      }
    } else if (command == "type") {
      step.kind = ScriptStep::Kind::Type;
      if (rest.empty()) {
        fail("type needs the text to type");
        continue;
      }
      step.text = std::string(rest);
    } else if (command == "click") {
      step.kind = ScriptStep::Kind::Click;
      auto [xs, ys] = split_word(rest);
      if (!parse_int(xs, step.x) || !parse_int(ys, step.y) || step.x < 0 || step.y < 0) {
        fail("click needs two whole numbers X Y, got \"" + std::string(rest) + "\"");
        continue;
      }
    } else if (command == "scroll") {
      step.kind = ScriptStep::Kind::Scroll;
      if (!parse_int(rest, step.y)) {
        fail("scroll needs a whole number of notches, got \"" + std::string(rest) + "\"");
        continue;
      }
    } else if (command == "focus") {
      step.kind = ScriptStep::Kind::Focus;
      if (rest != "lost" && rest != "gained") {
        fail("focus needs \"lost\" or \"gained\"");
        continue;
      }
      step.focused = rest == "gained";
    } else if (command == "screenshot" || command == "state") {
      step.kind = command == "state" ? ScriptStep::Kind::State : ScriptStep::Kind::Screenshot;
      if (rest.empty()) {
        fail(std::string(command) + " needs a file name");
        continue;
      }
      step.text = std::string(rest);
    } else if (command == "quit") {
      step.kind = ScriptStep::Kind::Quit;
    } else {
      fail("unknown command \"" + std::string(command) + "\"");
      continue;
    }
    script.steps.push_back(std::move(step));
  }
  return script;
}

}  // namespace warmline
