// The SCORM side of the app that needs no browser: base64, where a learner
// stands in the course, the report and the suspend_data round trip, and
// how an LMS learner's profile is opened and merged.
#include <doctest/doctest.h>

#include "core/lms/base64.h"
#include "core/lms/course_standing.h"
#include "save/memory_storage.h"
#include "save/profile_codec.h"
#include "save/profile_id.h"
#include "save_test_profiles.h"
#include "ui/learner_session.h"
#include "ui/lms_link.h"

#include <rapidjson/document.h>

using namespace warmline;
using namespace warmline::lms;
using namespace warmline::ui;

namespace {

// Two modules with quizzes (pass mark 80) and one with only a lesson.
Course three_module_course() {
  Course c;
  Module a;
  a.id = "communication";
  a.lessons.resize(2);
  a.lessons[0].id = "com-1";
  a.lessons[1].id = "com-2";
  a.quiz.questions.resize(4);
  Module b;
  b.id = "patience";
  b.lessons.resize(1);
  b.lessons[0].id = "pa-1";
  b.quiz.questions.resize(4);
  Module extras;
  extras.id = "extras";
  extras.lessons.resize(1);
  extras.lessons[0].id = "ex-1";
  c.modules = {a, b, extras};
  return c;
}

void took(LearnerProgress& p, const std::string& module, int best, bool passed) {
  QuizHistory& h = p.quizzes[module];
  h.attempts += 1;
  h.best_percent = std::max(h.best_percent, best);
  if (passed) h.passes += 1;
}

}  // namespace

TEST_CASE("base64 follows RFC 4648 and refuses what is not canonical") {
  CHECK(base64_encode("") == "");
  CHECK(base64_encode("f") == "Zg==");
  CHECK(base64_encode("fo") == "Zm8=");
  CHECK(base64_encode("foo") == "Zm9v");
  CHECK(base64_encode("foobar") == "Zm9vYmFy");
  CHECK(base64_encode(std::string("\0\xff\xfe", 3)) == "AP/+");
  CHECK(base64_decode("Zm9vYmE=") == std::optional<std::string>("fooba"));
  CHECK(base64_decode("") == std::optional<std::string>(""));
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  CHECK(base64_decode(base64_encode(all)) == std::optional<std::string>(all));
  CHECK_FALSE(base64_decode("Zg="));      // not a multiple of 4
  CHECK_FALSE(base64_decode("Zh=="));     // stray bits under the padding
  CHECK_FALSE(base64_decode("Z==="));     // three pads
  CHECK_FALSE(base64_decode("Zg==Zm8=")); // padding in the middle
  CHECK_FALSE(base64_decode("Zm9v YmFy"));
  CHECK_FALSE(base64_decode("@@@@"));
}

TEST_CASE("course standing: from a fresh learner to passed, with failed in between") {
  const Course course = three_module_course();
  LearnerProgress p;
  CourseStanding s = course_standing(course, p);
  CHECK(s.lessons_total == 4);
  CHECK(s.quizzes_total == 2);
  CHECK(s.score_percent == 0);
  CHECK_FALSE(s.completed);
  CHECK(s.success == CourseSuccess::Unknown);
  CHECK(s.progress == doctest::Approx(0.0));
  CHECK(scorm12_lesson_status(s) == "incomplete");

  p.lessons_read = {"com-1", "com-2", "pa-1", "ex-1"};
  took(p, "communication", 90, true);
  s = course_standing(course, p);
  CHECK(s.score_percent == 45);  // (90 + 0) / 2
  CHECK(s.success == CourseSuccess::Unknown);
  CHECK(s.progress == doctest::Approx(5.0 / 6.0));
  CHECK(scorm12_lesson_status(s) == "incomplete");

  took(p, "patience", 60, false);
  s = course_standing(course, p);
  CHECK(s.completed);
  CHECK(s.success == CourseSuccess::Failed);
  CHECK(s.score_percent == 75);
  CHECK(scorm12_lesson_status(s) == "failed");

  took(p, "patience", 85, true);  // another try
  s = course_standing(course, p);
  CHECK(s.success == CourseSuccess::Passed);
  CHECK(s.score_percent == 87);
  CHECK(s.progress == doctest::Approx(1.0));
  CHECK(scorm12_lesson_status(s) == "passed");

  p.lessons_read.erase("ex-1");  // quizzes passed, a lesson unread: 1.2 waits
  s = course_standing(course, p);
  CHECK(s.success == CourseSuccess::Passed);
  CHECK_FALSE(s.completed);
  CHECK(scorm12_lesson_status(s) == "incomplete");
}

TEST_CASE("LMS names and profile ids") {
  CHECK(lms_display_name("Lopez, Maria") == "Maria Lopez");
  CHECK(lms_display_name("  O'Brien ,  Zoë ") == "Zoë O'Brien");
  CHECK(lms_display_name("Maria Lopez") == "Maria Lopez");
  CHECK(lms_display_name("a, b, c") == "a, b, c");
  CHECK(lms_display_name(", Maria") == ", Maria");
  const std::string id = lms_profile_id("emp-1042@example.com");
  CHECK(id.size() == 16);
  CHECK(id.rfind("lms-", 0) == 0);
  CHECK(is_valid_profile_id(id));
  CHECK(id == lms_profile_id("emp-1042@example.com"));
  CHECK(id != lms_profile_id("emp-1043@example.com"));
  CHECK(is_valid_profile_id(lms_profile_id("")));
}

TEST_CASE("a full-course learner's progress fits SCORM 1.2 suspend_data and comes back whole") {
  const LearnerProgress p = test::full_course_learner();
  bool too_large = true;
  const LmsReport r = make_lms_report(LmsStandard::Scorm12, three_module_course(), p, "patience", too_large);
  CHECK_FALSE(too_large);
  MESSAGE("full-course learner: suspend_data of " << r.suspend_data.size() << " characters (SCORM 1.2 limit 4096)");
  CHECK(r.suspend_data.size() <= 4096);
  CHECK(r.suspend_data.size() == base64_encode(encode_profile(p)).size());
  std::string problem;
  const std::optional<LearnerProgress> back = progress_from_suspend_data(r.suspend_data, problem);
  CHECK(problem.empty());
  REQUIRE(back);
  CHECK(*back == p);

  rapidjson::Document d;
  d.Parse(lms_report_json(LmsStandard::Scorm12, r).c_str());
  REQUIRE(d.IsObject());
  CHECK(std::string(d["standard"].GetString()) == "scorm12");
  CHECK(std::string(d["location"].GetString()) == "patience");
  CHECK(std::string(d["suspendData"].GetString()) == r.suspend_data);
  CHECK(d["quizzesTaken"].GetInt() == r.standing.quizzes_taken);
}

TEST_CASE("progress too large for SCORM 1.2 is not sent, and 2004 still takes it") {
  LearnerProgress p = test::full_course_learner();
  for (int i = 0; i < 200; ++i) p.lessons_read.insert("a-rather-long-lesson-identifier-" + std::to_string(i));
  bool too_large = false;
  LmsReport r = make_lms_report(LmsStandard::Scorm12, three_module_course(), p, "", too_large);
  CHECK(too_large);
  CHECK(r.suspend_data.empty());
  r = make_lms_report(LmsStandard::Scorm2004, three_module_course(), p, "", too_large);
  CHECK_FALSE(too_large);
  CHECK(r.suspend_data.size() > 4096);
}

TEST_CASE("suspend_data that is not Warmline's is reported, never trusted") {
  std::string problem;
  CHECK_FALSE(progress_from_suspend_data("", problem));
  CHECK(problem.empty());
  CHECK_FALSE(progress_from_suspend_data("lesson=3;page=2", problem));
  CHECK(problem.find("not Warmline's") != std::string::npos);
  std::string bytes = encode_profile(test::small_learner());
  bytes[bytes.size() - 1] ^= 0x20;  // damaged on the way
  CHECK_FALSE(progress_from_suspend_data(base64_encode(bytes), problem));
  CHECK(problem.find("could not be read") != std::string::npos);
}

TEST_CASE("an LMS learner's profile: created, then the copy with more XP wins") {
  MemoryStorage storage;
  GamificationRules rules;
  LearnerSession session(storage, rules);
  const std::string id = lms_profile_id("emp-7");

  // First launch: nothing anywhere, a new profile under the LMS's name.
  CHECK(session.open_for_lms(id, "Maria Lopez", std::nullopt, test::kToday) == "");
  CHECK(session.active());
  CHECK(session.id() == id);
  CHECK(session.progress().name == "Maria Lopez");
  CHECK(session.progress().created_day == test::kToday);
  session.close();

  // The LMS kept more than this browser has (another device): its copy wins.
  LearnerProgress elsewhere = test::small_learner("M. Lopez");
  elsewhere.xp = 500;
  CHECK(session.open_for_lms(id, "Maria Lopez", elsewhere, test::kToday) == "");
  CHECK(session.progress().xp == 500);
  CHECK(session.progress().name == "Maria Lopez");  // the LMS's name
  CHECK(session.progress().lessons_read == elsewhere.lessons_read);
  session.close();

  // This browser got further than the LMS heard (its last report was lost).
  SaveStore store(storage);
  LearnerProgress local = store.load(id).progress;
  local.xp = 650;
  REQUIRE(store.store(id, local).ok());
  elsewhere.xp = 600;
  CHECK(session.open_for_lms(id, "Maria Lopez", elsewhere, test::kToday) == "");
  CHECK(session.progress().xp == 650);
}

TEST_CASE("a damaged local copy of an LMS learner is set aside, and the LMS's copy used") {
  MemoryStorage storage;
  GamificationRules rules;
  LearnerSession session(storage, rules);
  const std::string id = lms_profile_id("emp-8");
  REQUIRE(storage.write_file_atomic(id + ".wlsave", "not a save file").ok());
  LearnerProgress kept = test::small_learner("Sam Tran");
  kept.xp = 120;
  CHECK(session.open_for_lms(id, "Sam Tran", kept, test::kToday) == "");
  CHECK(session.progress().xp == 120);
  bool set_aside = false;
  for (const std::string& name : storage.list()) set_aside |= name.find(".damaged-") != std::string::npos;
  CHECK(set_aside);
}

TEST_CASE("every save reaches the LMS hook") {
  MemoryStorage storage;
  GamificationRules rules;
  LearnerSession session(storage, rules);
  int reports = 0;
  session.on_saved = [&reports] { ++reports; };
  REQUIRE(session.open_for_lms(lms_profile_id("emp-9"), "Ana", std::nullopt, test::kToday) == "");
  CHECK(reports == 0);  // opening is not progress
  session.lesson_read("com-1", test::kToday);
  CHECK(reports == 1);
  session.set_breathing_tone(ToneChoice::On);
  CHECK(reports == 2);
}
