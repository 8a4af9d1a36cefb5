#include "content/diagnostic.h"

#include <algorithm>

namespace warmline {

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.col) + ": ";
  if (d.severity == Severity::Warning) out += "warning: ";
  return out + d.message;
}

bool has_errors(const Diagnostics& ds) {
  return std::any_of(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace warmline
