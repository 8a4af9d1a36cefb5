#include "platform/course_loading.h"

#include <cstdio>
#include <utility>
#include <vector>

#include "content/pack_loader.h"

namespace warmline::platform {

void load_course(ui::App& app, const std::string& path) {
#ifdef __EMSCRIPTEN__
  // The page only ever gets compiled packs (the default one in its data
  // file, uploads through the pack shelf): reading pack folders would only
  // add the text parser and std::filesystem to the download.
  PackLoad pack = load_compiled_pack_file(path);
#else
  PackLoad pack = load_pack(path);
#endif
  if (pack.ok()) {
    app.set_course(std::move(pack.course));
    return;
  }
  std::vector<std::string> problems;
  for (const Diagnostic& d : pack.diagnostics) {
    if (d.severity != Severity::Error) continue;
    problems.push_back(format_diagnostic(d));
    std::fprintf(stderr, "warmline: %s\n", problems.back().c_str());
  }
  app.set_course_problems(std::move(problems));
}

}  // namespace warmline::platform
