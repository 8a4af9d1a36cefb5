#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/course/course.h"
#include "core/progress/learner_progress.h"
#include "core/quiz/quiz_result.h"
#include "core/quiz/quiz_session.h"
#include "save/storage.h"

// What the app tells a learning record store as the learner goes: a lesson
// read, a question answered, a quiz or game finished, where they stand. The
// app only calls this interface; the xAPI implementation (ui/xapi_records)
// is linked where it is wanted (natively for kiosks, and in the web build
// LMS packages carry), so the plain course page does not download it.
// Times are the caller's unix milliseconds.
namespace warmline::ui {

class LearningRecords {
 public:
  virtual ~LearningRecords() = default;

  virtual void lesson_read(const Lesson& lesson, std::int64_t at_ms) = 0;
  // `order` maps displayed option -> pack option, as QuizSession has it.
  virtual void question_answered(const Question& question, const std::vector<std::size_t>& order,
                                 const QuestionOutcome& outcome, std::int64_t at_ms) = 0;
  virtual void quiz_finished(const Module& module, const QuizResult& result, double seconds, std::int64_t at_ms) = 0;
  virtual void breathing_done(const BreathingPattern& pattern, std::int64_t at_ms) = 0;
  // `response`: what the learner wrote, "" for a picked or built answer.
  virtual void rephrase_settled(const RephraseItem& item, const std::string& response, bool right,
                                std::int64_t at_ms) = 0;
  // After every save: where the learner stands in the whole course.
  virtual void progress_saved(const Course& course, const LearnerProgress& progress, std::int64_t at_ms) = 0;
  // A kiosk's records follow whoever is signed in ("" for nobody).
  virtual void learner_changed(const std::string& profile_id, const std::string& name, const Course* course) = 0;
  // The page is going away: the last statements go now.
  virtual void closing(std::int64_t now_ms) = 0;

  // Sends what is due; milliseconds until it next needs a turn, -1: never.
  virtual std::int64_t pump(std::int64_t now_ms) = 0;
  // "" while all is well, else a sentence for the learner (or the staff).
  virtual const std::string& notice() const = 0;
  virtual std::size_t waiting() const = 0;
  // Where statements go, for the kiosk's staff screen.
  virtual const std::string& endpoint() const = 0;
};

// A cmi5 launch as the app needs it: the learner the LMS launched and the
// records for them, or why the launch cannot be used.
struct Cmi5Opening {
  std::unique_ptr<LearningRecords> records;
  std::string learner_key;  // stable per learner, for their profile here
  std::string learner_name;
  std::string error;
};

// What the platform offers; an empty function means the feature is not in
// this build.
struct LearningRecordsFactory {
  std::function<Cmi5Opening(const std::string& launch_query, Storage& storage, std::int64_t now_ms)> open_cmi5;
  std::function<std::unique_ptr<LearningRecords>(Storage& storage, std::int64_t now_ms)> open_kiosk_lrs;
};

}  // namespace warmline::ui
