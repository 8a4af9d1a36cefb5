#pragma once
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "content/diagnostic.h"
#include "content/module_parser.h"

// Failed comparisons of message lists print both lists, one per line.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{\n";
    for (const std::string& s : v) out += "  " + s + "\n";
    return (out + "}").c_str();
  }
};
}  // namespace doctest

// Shared by the content_*_test.cpp files: parse in-memory text (the tests
// also run as wasm under Node, without files) and compare whole messages.
namespace warmline::test {

inline std::vector<std::string> formatted(const Diagnostics& ds) {
  std::vector<std::string> out;
  for (const Diagnostic& d : ds) out.push_back(format_diagnostic(d));
  return out;
}

struct Parsed {
  Module module;
  std::vector<std::string> messages;
};

inline Parsed parse(const std::string& text) {
  Diagnostics ds;
  Module m = parse_module_text("m.md", text, ds);
  return {std::move(m), formatted(ds)};
}

// A module head with one lesson, for tests that only vary the quiz.
inline const char* kHead =
    "# Module: Basics\n"     // 1
    "id: basics\n"           // 2
    "\n"                     // 3
    "## Lesson: First\n"     // 4
    "id: basics-first\n"     // 5
    "### Card: Listen\n"     // 6
    "Let them finish.\n"     // 7
    "## Quiz: Check\n";      // 8

}  // namespace warmline::test
