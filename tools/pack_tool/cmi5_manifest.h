#pragma once
#include <string>

#include "core/course/course.h"

// cmi5.xml, the course structure an LMS imports for a cmi5 course: the
// course and one assignable unit (AU) that launches the web build. The
// LMS appends endpoint, fetch, actor, registration and activityId to the
// AU's URL; the pack's pass mark becomes the AU's masteryScore.
namespace warmline::pack_tool {

// The IRIs the package uses: "<base><pack id>" for the course and that
// plus "/au" for the AU (the activityId of its statements).
std::string cmi5_course_id(const std::string& base, const PackInfo& pack);

// `launch_url` is relative to the package root (query included, unescaped).
std::string cmi5_course_structure(const PackInfo& pack, const std::string& id_base, const std::string& launch_url);

}  // namespace warmline::pack_tool
