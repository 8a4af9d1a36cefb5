#pragma once
#include <cstddef>
#include <string>

#include "content/diagnostic.h"

namespace warmline {

// Collects the diagnostics of one file. After `cap` errors it records a
// single "too many errors" note and drops the rest, so a binary file fed in
// by mistake yields a readable report instead of a million lines.
class DiagnosticSink {
 public:
  DiagnosticSink(std::string file, Diagnostics& out, std::size_t cap);

  void error(int line, int col, std::string message);
  void warning(int line, int col, std::string message);

  const std::string& file() const { return file_; }
  std::size_t error_count() const { return errors_; }

 private:
  void add(int line, int col, std::string message, Severity severity);

  std::string file_;
  Diagnostics& out_;
  std::size_t cap_;
  std::size_t added_ = 0;
  std::size_t errors_ = 0;
};

}  // namespace warmline
