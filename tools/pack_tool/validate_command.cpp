#include <ostream>

#include "commands.h"
#include "content/pack_loader.h"

namespace warmline::pack_tool {

int run_validate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() != 1 || args[0].empty() || args[0][0] == '-') {
    err << "usage: warmline-pack validate DIR   (a pack folder or a .wlpack file)\n";
    return 2;
  }
  const std::string& path = args[0];
  const PackLoad load = load_pack(path);
  std::size_t errors = 0, warnings = 0;
  for (const Diagnostic& d : load.diagnostics) {
    err << format_diagnostic(d) << '\n';
    (d.severity == Severity::Error ? errors : warnings) += 1;
  }
  auto plural = [](std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  out << path << ": ";
  if (errors > 0) {
    out << plural(errors, "error");
  } else {
    std::size_t questions = 0;
    for (const Module& m : load.course.modules) questions += m.quiz.questions.size();
    out << plural(load.course.modules.size(), "module") << ", " << plural(questions, "question") << ", OK";
  }
  if (warnings > 0) out << " (" << plural(warnings, "warning") << ")";
  out << '\n';
  return errors > 0 ? 1 : 0;
}

}  // namespace warmline::pack_tool
