#include <emscripten.h>

#include <algorithm>
#include <string>

#include "platform/lms_bridge.h"

// The bridge object is Module["warmlineLms"] (warmline_launch.js); strings
// come across one field at a time into a buffer of ours, so the page needs
// no exported malloc.
EM_JS(int, warmline_lms_field, (const char* name, char* out, int capacity), {
  var lms = Module["warmlineLms"];
  if (!lms) return -1;
  var value = String(lms[UTF8ToString(name)] || "");
  return out ? stringToUTF8(value, out, capacity) : lengthBytesUTF8(value);
});

EM_JS(int, warmline_lms_report, (const char* json), {
  var lms = Module["warmlineLms"];
  return lms && lms["report"] ? (lms["report"](JSON.parse(UTF8ToString(json))) ? 1 : 0) : 0;
});

namespace warmline::platform {
namespace {

std::string field(const char* name) {
  // Asked for its size first: a buffer for the largest field would cost
  // every start-up a 256 KB allocation, zeroed, outside an LMS too.
  // suspend_data may hold 64,000 characters in SCORM 2004; ids and names
  // are far shorter. UTF-8 of that many characters fits in four times as
  // many bytes, and a longer value is cut there.
  const int size = warmline_lms_field(name, nullptr, 0);
  if (size <= 0) return {};
  std::string value(static_cast<std::size_t>(std::min(size, 4 * 64000)) + 1, '\0');
  const int length = warmline_lms_field(name, value.data(), static_cast<int>(value.size()));
  value.resize(length > 0 ? static_cast<std::size_t>(length) : 0);
  return value;
}

}  // namespace

std::optional<ui::LmsLearner> lms_launch() {
  const std::string standard = field("standard");
  ui::LmsLearner learner;
  if (standard == "cmi5") {
    learner.standard = ui::LmsStandard::Cmi5;
    learner.launch_query = field("launchQuery");
    return learner;
  }
  if (standard != "scorm12" && standard != "scorm2004") return std::nullopt;
  learner.standard = standard == "scorm12" ? ui::LmsStandard::Scorm12 : ui::LmsStandard::Scorm2004;
  learner.id = field("learnerId");
  learner.name = field("learnerName");
  learner.suspend_data = field("suspendData");
  learner.problem = field("problem");
  return learner;
}

bool report_to_lms(const std::string& report_json) { return warmline_lms_report(report_json.c_str()) != 0; }

}  // namespace warmline::platform
