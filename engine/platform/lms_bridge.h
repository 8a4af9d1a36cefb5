#pragma once
#include <optional>
#include <string>

#include "ui/lms_link.h"

// The SCORM LMS around the page (web_shell/warmline_launch.js finds it and
// reads the learner before the engine starts). Natively there is none.
namespace warmline::platform {

// The launch's learner when the page was opened with ?lms=scorm12|scorm2004.
std::optional<ui::LmsLearner> lms_launch();

// Hands the report to the LMS and commits; false when it is missing or
// refused a value.
bool report_to_lms(const std::string& report_json);

}  // namespace warmline::platform
