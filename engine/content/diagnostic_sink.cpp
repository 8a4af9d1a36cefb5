#include "content/diagnostic_sink.h"

#include <utility>

namespace warmline {

DiagnosticSink::DiagnosticSink(std::string file, Diagnostics& out, std::size_t cap)
    : file_(std::move(file)), out_(out), cap_(cap) {}

void DiagnosticSink::error(int line, int col, std::string message) {
  add(line, col, std::move(message), Severity::Error);
}

void DiagnosticSink::warning(int line, int col, std::string message) {
  add(line, col, std::move(message), Severity::Warning);
}

void DiagnosticSink::add(int line, int col, std::string message, Severity severity) {
  // Items without a source line (a module file with no heading, a model
  // built by hand) still get a location editors accept.
  line = line < 1 ? 1 : line;
  col = col < 1 ? 1 : col;
  if (severity == Severity::Error) ++errors_;
  if (added_ > cap_) return;
  if (added_ == cap_) {
    out_.push_back({file_, line, col, "too many problems in this file; stopping the list here", Severity::Error});
  } else {
    out_.push_back({file_, line, col, std::move(message), severity});
  }
  ++added_;
}

}  // namespace warmline
