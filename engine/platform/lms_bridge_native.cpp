#include "platform/lms_bridge.h"

// A kiosk has no SCORM LMS around it (issue 8 gives kiosks an LRS instead).
namespace warmline::platform {

std::optional<ui::LmsLearner> lms_launch() { return std::nullopt; }

bool report_to_lms(const std::string&) { return false; }

}  // namespace warmline::platform
