#include "ui/xapi_records.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "content/sha256.h"
#include "core/lms/cmi5_launch.h"
#include "core/lms/course_standing.h"
#include "core/lms/question_interaction.h"
#include "core/lms/uuid.h"
#include "ui/lrs_link.h"

namespace warmline::ui {
namespace {

// A kiosk learner's registration: the same UUID every time for one profile
// and course, so the LRS can group their statements, without keeping it.
std::string stable_registration(const std::string& seed) {
  const auto digest = sha256(seed);
  std::uint64_t bits = 0;
  for (int i = 0; i < 8; ++i) bits = (bits << 8) | digest[i];
  SeededRandom random(bits);
  return lms::uuid_v4(random);
}

// The Agent a kiosk's statements are about: its learner, by profile id.
std::string kiosk_actor_json(const std::string& name, const std::string& home_page, const std::string& account) {
  rapidjson::StringBuffer out;
  rapidjson::Writer<rapidjson::StringBuffer> w(out);
  w.StartObject();
  w.Key("objectType");
  w.String("Agent");
  w.Key("name");
  w.String(name.c_str(), static_cast<rapidjson::SizeType>(name.size()));
  w.Key("account");
  w.StartObject();
  w.Key("homePage");
  w.String(home_page.c_str(), static_cast<rapidjson::SizeType>(home_page.size()));
  w.Key("name");
  w.String(account.c_str(), static_cast<rapidjson::SizeType>(account.size()));
  w.EndObject();
  w.EndObject();
  return out.GetString();
}

class XapiRecords : public LearningRecords {
 public:
  XapiRecords(std::unique_ptr<HttpClient> http, Storage& storage, std::uint64_t seed, LrsSettings settings)
      : http_(std::move(http)), link_(storage, *http_, seed), settings_(std::move(settings)) {}

  LrsLink& link() { return link_; }

  void lesson_read(const Lesson& lesson, std::int64_t at_ms) override {
    link_.lesson({lesson.id, lesson.title, std::nullopt}, at_ms);
  }
  void question_answered(const Question& question, const std::vector<std::size_t>& order,
                         const QuestionOutcome& outcome, std::int64_t at_ms) override {
    link_.question(lms::question_interaction(question, order, outcome), at_ms);
  }
  void quiz_finished(const Module& module, const QuizResult& result, double seconds, std::int64_t at_ms) override {
    lms::QuizResult quiz;
    quiz.module_id = module.id;
    quiz.title = module.quiz.title.empty() ? module.title : module.quiz.title;
    quiz.raw = result.correct;
    quiz.max = static_cast<int>(result.answers.size());
    quiz.passed = result.passed;
    quiz.duration_seconds = seconds;
    link_.quiz(quiz, at_ms);
  }
  void breathing_done(const BreathingPattern& pattern, std::int64_t at_ms) override {
    int seconds = 0;
    for (const BreathPhase& phase : pattern.phases) seconds += phase.seconds;
    link_.breathing({pattern.id, pattern.title, static_cast<double>(seconds * pattern.cycles)}, at_ms);
  }
  void rephrase_settled(const RephraseItem& item, const std::string& response, bool right,
                        std::int64_t at_ms) override {
    link_.rephrase({item.id, item.negative, response, right, std::nullopt}, at_ms);
  }
  void progress_saved(const Course& course, const LearnerProgress& progress, std::int64_t at_ms) override {
    if (link_.cmi5()) link_.standing(lms::course_standing(course, progress), at_ms);
  }
  void learner_changed(const std::string& profile_id, const std::string& name, const Course* course) override {
    if (link_.cmi5()) return;  // the LMS's learner, for the whole launch
    if (profile_id.empty() || course == nullptr) return link_.set_direct_context(std::nullopt);
    lms::XapiContext context;
    context.actor_json = kiosk_actor_json(name, settings_.home_page, profile_id);
    context.activity_id = settings_.activity_base + course->info.id;
    context.registration = stable_registration(profile_id + "\n" + context.activity_id);
    link_.set_direct_context(context);
  }
  void closing(std::int64_t now_ms) override {
    link_.terminate(now_ms);
    link_.pump(now_ms);
  }
  std::int64_t pump(std::int64_t now_ms) override { return link_.pump(now_ms); }
  const std::string& notice() const override { return link_.notice(); }
  std::size_t waiting() const override { return link_.waiting(); }
  const std::string& endpoint() const override { return settings_.endpoint; }

 private:
  std::unique_ptr<HttpClient> http_;  // before link_, which uses it
  LrsLink link_;
  LrsSettings settings_;
};

}  // namespace

Cmi5Opening open_cmi5_records(std::unique_ptr<HttpClient> http, Storage& storage, const std::string& launch_query,
                              std::uint64_t seed, std::int64_t now_ms) {
  Cmi5Opening opening;
  lms::Cmi5LaunchParse launch = lms::parse_cmi5_launch(launch_query);
  if (!launch.ok()) {
    opening.error = launch.error;
    return opening;
  }
  const lms::ActorIdentity actor = lms::actor_identity(launch.launch.actor_json);
  opening.learner_key = actor.key;
  opening.learner_name = actor.name;
  LrsSettings settings;
  settings.endpoint = launch.launch.endpoint;
  auto records = std::make_unique<XapiRecords>(std::move(http), storage, seed, settings);
  records->link().start_cmi5(std::move(launch.launch), now_ms);
  opening.records = std::move(records);
  return opening;
}

std::unique_ptr<LearningRecords> open_kiosk_records(std::unique_ptr<HttpClient> http, Storage& storage,
                                                    LrsSettings settings, std::uint64_t seed, std::int64_t now_ms) {
  const std::string endpoint = settings.endpoint, authorization = settings.authorization;
  auto records = std::make_unique<XapiRecords>(std::move(http), storage, seed, std::move(settings));
  records->link().start_direct(endpoint, authorization, now_ms);
  return records;
}

}  // namespace warmline::ui
