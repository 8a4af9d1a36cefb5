#pragma once
#include <string>
#include <vector>

namespace warmline {

enum class Severity { Error, Warning };

// One problem found in content, located the way compilers and editors
// expect: 1-based line and column (columns count characters, not bytes).
struct Diagnostic {
  std::string file;
  int line = 1;
  int col = 1;
  std::string message;
  Severity severity = Severity::Error;
};

using Diagnostics = std::vector<Diagnostic>;

// "file:line:col: message", with "warning: " before warnings' messages.
std::string format_diagnostic(const Diagnostic& d);

bool has_errors(const Diagnostics& ds);

}  // namespace warmline
