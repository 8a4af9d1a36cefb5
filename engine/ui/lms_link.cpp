#include "ui/lms_link.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "content/sha256.h"
#include "core/lms/base64.h"
#include "save/profile_codec.h"

namespace warmline::ui {

const char* to_string(LmsStandard standard) {
  switch (standard) {
    case LmsStandard::Scorm12: return "scorm12";
    case LmsStandard::Scorm2004: return "scorm2004";
    case LmsStandard::Cmi5: return "cmi5";
  }
  return "";
}

std::size_t suspend_data_limit(LmsStandard standard) {
  return standard == LmsStandard::Scorm12 ? 4096 : 64000;
}

std::string lms_profile_id(std::string_view learner_id) {
  return "lms-" + to_hex(sha256(learner_id)).substr(0, 12);
}

std::string lms_display_name(std::string_view lms_name) {
  const std::size_t comma = lms_name.find(',');
  if (comma == std::string_view::npos || lms_name.find(',', comma + 1) != std::string_view::npos) {
    return std::string(lms_name);
  }
  auto trim = [](std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
  };
  const std::string_view last = trim(lms_name.substr(0, comma));
  const std::string_view first = trim(lms_name.substr(comma + 1));
  if (last.empty() || first.empty()) return std::string(lms_name);
  return std::string(first) + " " + std::string(last);
}

std::optional<LearnerProgress> progress_from_suspend_data(std::string_view suspend_data, std::string& problem) {
  problem.clear();
  if (suspend_data.empty()) return std::nullopt;
  const std::optional<std::string> bytes = lms::base64_decode(suspend_data);
  if (!bytes) {
    problem = "the progress your learning system kept is not Warmline's";
    return std::nullopt;
  }
  ProfileDecode decoded = decode_profile(*bytes);
  if (!decoded.ok()) {
    problem = "the progress your learning system kept could not be read (" + decoded.error + ")";
    return std::nullopt;
  }
  return std::move(decoded.progress);
}

LmsReport make_lms_report(LmsStandard standard, const Course& course, const LearnerProgress& progress,
                          std::string location, bool& too_large) {
  LmsReport r;
  r.standing = lms::course_standing(course, progress);
  r.location = std::move(location);
  std::string text = lms::base64_encode(encode_profile(progress));
  too_large = text.size() > suspend_data_limit(standard);
  if (!too_large) r.suspend_data = std::move(text);
  return r;
}

std::string lms_report_json(LmsStandard standard, const LmsReport& report) {
  const lms::CourseStanding& s = report.standing;
  rapidjson::StringBuffer out;
  rapidjson::Writer<rapidjson::StringBuffer> w(out);
  auto text = [&w](const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
  };
  w.StartObject();
  text("standard", to_string(standard));
  text("lessonStatus", lms::scorm12_lesson_status(s));
  text("completionStatus", s.completed ? "completed" : "incomplete");
  text("successStatus", s.success == lms::CourseSuccess::Passed   ? "passed"
                        : s.success == lms::CourseSuccess::Failed ? "failed"
                                                                  : "unknown");
  w.Key("scoreRaw");
  w.Int(s.score_percent);
  w.Key("progress");
  w.Double(s.progress);
  w.Key("lessonsRead");
  w.Int(s.lessons_read);
  w.Key("quizzesTaken");
  w.Int(s.quizzes_taken);
  w.Key("quizzesPassed");
  w.Int(s.quizzes_passed);
  text("location", report.location);
  text("suspendData", report.suspend_data);
  w.EndObject();
  return out.GetString();
}

}  // namespace warmline::ui
