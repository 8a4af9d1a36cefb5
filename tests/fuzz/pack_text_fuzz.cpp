// The authoring text reader: pack.txt and module files as load_pack_dir reads
// them, then validate_course on the result. The input is split at form feeds
// ('\f'): the first part is pack.txt (also read as rephrase-markers.txt), the
// rest are modules/*.md in order. A pack that validates must also survive a
// compiled-pack round trip.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "content/compiled_pack.h"
#include "content/course_validator.h"
#include "content/limits.h"
#include "content/manifest_parser.h"
#include "content/markers_parser.h"
#include "content/module_parser.h"
#include "fuzz_util.h"

using namespace warmline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (parts.size() < 9) {
    const std::size_t ff = text.find('\f', start);
    if (ff == std::string_view::npos) {
      parts.push_back(text.substr(start));
      break;
    }
    parts.push_back(text.substr(start, ff - start));
    start = ff + 1;
  }

  Diagnostics out;
  Course course;
  course.info = parse_manifest_text("p/pack.txt", parts[0], out);
  QuizDefaults defaults;  // as pack_loader derives them
  if (course.info.quiz_seconds >= limits::kMinSeconds && course.info.quiz_seconds <= limits::kMaxSeconds) {
    defaults.seconds_per_question = course.info.quiz_seconds;
  }
  if (course.info.pass_mark >= 1 && course.info.pass_mark <= 100) defaults.pass_mark = course.info.pass_mark;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    course.modules.push_back(
        parse_module_text("p/modules/0" + std::to_string(i) + ".md", parts[i], out, defaults));
  }
  Diagnostics marker_out;
  parse_markers("p/rephrase-markers.txt", parts[0], marker_out);
  fuzz::check_diagnostics(marker_out);

  validate_course(course, out);
  fuzz::check_diagnostics(out);

  if (!has_errors(out)) {
    const std::string bytes = write_compiled_pack(course);
    const PackLoad back = read_compiled_pack("p.wlpack", bytes);
    if (!back.ok()) {
      std::string why;
      for (const Diagnostic& d : back.diagnostics) why += format_diagnostic(d) + "\n";
      fuzz::fail("a pack that validates does not read back from its compiled form", why);
    }
  }
  return 0;
}
