#pragma once
// Shared helpers for the libFuzzer targets in tests/fuzz (built only with
// -DWARMLINE_FUZZ=ON, the `fuzz` preset; tools/fuzz runs them).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "content/diagnostic.h"

namespace warmline::fuzz {

// A property the engine promises broke: print why and abort, so libFuzzer
// saves the input as a crash.
[[noreturn]] inline void fail(const char* what, const std::string& detail = {}) {
  std::fprintf(stderr, "fuzz property broken: %s\n%s\n", what, detail.c_str());
  std::abort();
}

// Every error a reader reports must say something.
inline void check_diagnostics(const Diagnostics& ds) {
  for (const Diagnostic& d : ds) {
    if (d.message.empty()) fail("a diagnostic without a message", d.file);
    if (d.line < 1 || d.col < 1) fail("a diagnostic at line/col < 1", format_diagnostic(d));
  }
}

}  // namespace warmline::fuzz
