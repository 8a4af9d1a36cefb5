#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/course/course.h"

// imsmanifest.xml for a Warmline course packaged as one SCORM SCO: the whole
// course is one item that launches the web build, and the pack's pass mark
// becomes the mastery score (1.2) or the primary objective's minimum
// normalized measure (2004).
namespace warmline::pack_tool {

enum class ScormVersion { V1_2, V2004 };

// The `lms` launch parameter the web runtime reads: "scorm12" or "scorm2004".
std::string_view scorm_lms_parameter(ScormVersion version);

// `launch` is the SCO's href (query included, unescaped); `files` are the
// package's files besides imsmanifest.xml, each listed as a <file>.
std::string scorm_manifest(ScormVersion version, const PackInfo& pack, const std::string& launch,
                           const std::vector<std::string>& files);

// 1–100 percent as an xs:decimal fraction: 80 -> "0.8", 5 -> "0.05", 100 -> "1".
std::string decimal_fraction(int percent);

// Text safe inside XML elements and both kinds of quoted attributes.
std::string xml_escaped(std::string_view text);

}  // namespace warmline::pack_tool
