#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/course/course.h"
#include "core/lms/course_standing.h"
#include "core/progress/learner_progress.h"

// The page's link to a SCORM LMS, as the app sees it: who the LMS launched,
// the progress it kept for them, and what goes back after every save. The
// API calls themselves are the platform's (web_shell/warmline_lms.js).
namespace warmline::ui {

enum class LmsStandard { Scorm12, Scorm2004, Cmi5 };

// "scorm12", "scorm2004", "cmi5": the names the page and the snapshot use.
const char* to_string(LmsStandard standard);

struct LmsLearner {
  LmsStandard standard = LmsStandard::Scorm12;
  std::string id;            // cmi.core.student_id / cmi.learner_id
  std::string name;          // as the LMS gives it ("Lopez, Maria")
  std::string suspend_data;  // what the last session left: base64 of a save file, or ""
  std::string problem;       // why there is no LMS to report to (none found, Initialize refused)
  std::string launch_query;  // cmi5: the page's query, parsed by the app (ui/app_lrs.cpp)
};

// SCORM 1.2 caps suspend_data at 4,096 characters (2004: 64,000), so a save
// file of at most 3,072 bytes fits in 1.2 as base64.
std::size_t suspend_data_limit(LmsStandard standard);

// The profile kept in this browser for an LMS learner: "lms-" and 12 hex
// digits of the SHA-256 of their LMS id (any text; never a file name).
std::string lms_profile_id(std::string_view learner_id);

// "Lopez, Maria" -> "Maria Lopez", the order the app greets people in; any
// other form is kept as it is.
std::string lms_display_name(std::string_view lms_name);

// The progress in suspend_data; nullopt (and `problem` set) when there is
// none that this version can read.
std::optional<LearnerProgress> progress_from_suspend_data(std::string_view suspend_data, std::string& problem);

struct LmsReport {
  lms::CourseStanding standing;
  std::string location;      // the module the learner was last in ("" for none)
  std::string suspend_data;  // "" leaves the LMS's copy as it is
};

// What the LMS should hold now. suspend_data stays empty when the save would
// not fit the standard's limit (`too_large` is then set).
LmsReport make_lms_report(LmsStandard standard, const Course& course, const LearnerProgress& progress,
                          std::string location, bool& too_large);

// The report as the JSON the page's bridge reads.
std::string lms_report_json(LmsStandard standard, const LmsReport& report);

}  // namespace warmline::ui
