#include "core/lms/xapi_statement.h"

#include <algorithm>
#include <cmath>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/lms/json_problem.h"
#include "core/lms/url_encoding.h"
#include "core/lms/xapi_time.h"

namespace warmline::lms {
namespace {

using rapidjson::Value;

constexpr const char* kTypeLesson = "http://adlnet.gov/expapi/activities/lesson";
constexpr const char* kTypeInteraction = "http://adlnet.gov/expapi/activities/cmi.interaction";
constexpr const char* kTypeAssessment = "http://adlnet.gov/expapi/activities/assessment";
constexpr const char* kTypeSimulation = "http://adlnet.gov/expapi/activities/simulation";

// Learner answers reach here unvalidated; a stray byte must not make the
// whole statement invalid JSON, so broken UTF-8 becomes U+FFFD.
std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    // The sequence length from the lead byte, and the smallest code point
    // that needs it (anything less is an overlong encoding).
    std::size_t length = 0;
    std::uint32_t min = 0;
    if (c < 0x80) {
      length = 1;
    } else if ((c & 0xE0) == 0xC0) {
      length = 2;
      min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3;
      min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4;
      min = 0x10000;
    }
    bool ok = length > 0 && i + length <= text.size();
    std::uint32_t code = length <= 1 ? c : c & (0x3Fu >> (length - 1));
    for (std::size_t k = 1; ok && k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      ok = (next & 0xC0) == 0x80;
      code = (code << 6) | (next & 0x3F);
    }
    ok = ok && code >= min && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
    if (ok) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

// One statement under construction, its keys in the order a person reads.
class StatementBuilder {
 public:
  explicit StatementBuilder(const XapiContext& context) : context_(context) { doc_.SetObject(); }

  // False when the context's JSON is unusable (see xapi_context_problem).
  bool start(const StatementStamp& stamp, const char* verb_id, const char* verb_display) {
    rapidjson::Document actor;
    if (!parse_json(actor, context_.actor_json) || !actor.IsObject()) return false;
    doc_.AddMember("id", text(stamp.id), alloc());
    doc_.AddMember("actor", Value(actor, alloc()), alloc());
    Value verb(rapidjson::kObjectType);
    verb.AddMember("id", text(verb_id), alloc());
    verb.AddMember("display", language_map(verb_display), alloc());
    doc_.AddMember("verb", verb, alloc());
    timestamp_ = utc_timestamp(stamp.unix_ms);
    return true;
  }

  // The object; `definition` is null for the AU (the LMS defined it).
  void object(const std::string& id, Value definition) {
    Value object(rapidjson::kObjectType);
    object.AddMember("objectType", "Activity", alloc());
    object.AddMember("id", text(id), alloc());
    if (!definition.IsNull()) object.AddMember("definition", definition, alloc());
    doc_.AddMember("object", object, alloc());
  }

  Value definition(const char* type, const std::string& name) {
    Value d(rapidjson::kObjectType);
    d.AddMember("name", language_map(name), alloc());
    d.AddMember("type", text(type), alloc());
    return d;
  }

  Value& result() {
    if (!result_.IsObject()) result_.SetObject();
    return result_;
  }
  void success(bool v) { result().AddMember("success", v, alloc()); }
  void completion() { result().AddMember("completion", true, alloc()); }
  void duration(double seconds) { result().AddMember("duration", text(iso8601_duration(seconds)), alloc()); }
  void response(const std::string& v) { result().AddMember("response", text(v), alloc()); }
  void score(Value s) { result().AddMember("score", s, alloc()); }

  // Adds the result, the context (the template, plus the registration and
  // what cmi5 asks for this kind of statement) and the timestamp, and
  // writes the statement; "" when the template is unusable.
  std::string finish(bool cmi5_defined, bool move_on, bool mastery) {
    rapidjson::Document parsed;
    const std::string& source = context_.context_template_json;
    if (!parse_json(parsed, source.empty() ? std::string_view("{}") : std::string_view(source)) ||
        !parsed.IsObject()) {
      return {};
    }
    // References into a RapidJSON object last only until a member is added
    // to it, hence this order: each list is finished before the next.
    Value context(parsed, alloc());
    set(context, "registration", text(context_.registration));
    Value& activities = member_object(context, "contextActivities");
    // One shape for every list, so the LRS (and a reader) sees arrays only.
    for (const char* list : {"parent", "grouping", "other"}) {
      if (activities.HasMember(list)) member_array(activities, list);
    }
    Value& category = member_array(activities, "category");
    // An LMS template should not carry the cmi5 categories; if it does, they
    // must not leak onto allowed statements, nor appear twice.
    for (Value* it = category.Begin(); it != category.End();) {
      const rapidjson::Value* id = string_member(*it, "id");
      const bool ours = id != nullptr && (std::string_view(id->GetString()) == kCategoryCmi5 ||
                                          std::string_view(id->GetString()) == kCategoryMoveOn);
      it = ours ? category.Erase(it) : it + 1;
    }
    if (cmi5_defined) category.PushBack(activity_ref(kCategoryCmi5), alloc());
    if (move_on) category.PushBack(activity_ref(kCategoryMoveOn), alloc());
    if (category.Empty()) activities.RemoveMember("category");
    if (!cmi5_defined) {
      Value& parent = member_array(activities, "parent");
      bool present = false;
      for (const Value& p : parent.GetArray()) {
        const rapidjson::Value* id = string_member(p, "id");
        present = present || (id != nullptr && context_.activity_id == id->GetString());
      }
      if (!present) parent.PushBack(activity_ref(context_.activity_id), alloc());
    }
    if (activities.ObjectEmpty()) context.RemoveMember("contextActivities");
    if (mastery && context_.mastery_score) {
      Value& extensions = member_object(context, "extensions");
      set(extensions, kExtensionMasteryScore, Value(*context_.mastery_score));
    }
    if (result_.IsObject()) doc_.AddMember("result", result_, alloc());
    doc_.AddMember("context", context, alloc());
    doc_.AddMember("timestamp", text(timestamp_), alloc());
    rapidjson::StringBuffer out;
    rapidjson::Writer<rapidjson::StringBuffer> writer(out);
    doc_.Accept(writer);
    return std::string(out.GetString(), out.GetSize());
  }

  Value text(std::string_view s) {
    const std::string clean = valid_utf8(s);
    return Value(clean.data(), static_cast<rapidjson::SizeType>(clean.size()), alloc());
  }
  Value language_map(std::string_view s) {
    Value map(rapidjson::kObjectType);
    map.AddMember("en-US", text(s), alloc());
    return map;
  }
  rapidjson::Document::AllocatorType& alloc() { return doc_.GetAllocator(); }

 private:
  Value activity_ref(std::string_view id) {
    Value ref(rapidjson::kObjectType);
    ref.AddMember("id", text(id), alloc());
    return ref;
  }

  // Replaces or adds `name`.
  void set(Value& object, std::string_view name, Value value) {
    const auto it = object.FindMember(Value(rapidjson::StringRef(name.data(), name.size())));
    if (it != object.MemberEnd()) {
      it->value = value;
    } else {
      object.AddMember(text(name), value, alloc());
    }
  }

  // `name` as an object, created (or replacing a non-object) as needed.
  Value& member_object(Value& object, const char* name) {
    auto it = object.FindMember(name);
    if (it == object.MemberEnd()) {
      object.AddMember(text(name), Value(rapidjson::kObjectType), alloc());
      it = object.FindMember(name);
    } else if (!it->value.IsObject()) {
      it->value.SetObject();
    }
    return it->value;
  }

  // `name` as an array: xAPI lets a context activity list be a single
  // object, which is wrapped here so entries can be added.
  Value& member_array(Value& object, const char* name) {
    auto it = object.FindMember(name);
    if (it == object.MemberEnd()) {
      object.AddMember(text(name), Value(rapidjson::kArrayType), alloc());
      return object.FindMember(name)->value;
    }
    if (!it->value.IsArray()) {
      Value single(rapidjson::kObjectType);
      if (it->value.IsObject()) single = it->value;
      it->value.SetArray();
      if (single.IsObject() && !single.ObjectEmpty()) it->value.PushBack(single, alloc());
    }
    return it->value;
  }

  const XapiContext& context_;
  rapidjson::Document doc_;
  Value result_;
  std::string timestamp_;
};

Value scaled_score(StatementBuilder& b, double scaled) {
  Value score(rapidjson::kObjectType);
  score.AddMember("scaled", std::isnan(scaled) ? 0.0 : std::clamp(scaled, -1.0, 1.0), b.alloc());
  return score;
}

// A statement about the AU; `fill` adds its result.
template <class Fill>
std::string cmi5_statement(const XapiContext& context, const StatementStamp& stamp, const char* verb,
                           const char* display, bool move_on, bool mastery, Fill fill) {
  StatementBuilder b(context);
  if (!b.start(stamp, verb, display)) return {};
  b.object(context.activity_id, Value());
  fill(b);
  return b.finish(true, move_on, mastery);
}

std::string judgement(const XapiContext& context, const StatementStamp& stamp, bool passed,
                      std::optional<double> score_scaled, double duration_seconds) {
  return cmi5_statement(context, stamp, passed ? kVerbPassed : kVerbFailed, passed ? "passed" : "failed", true, true,
                        [&](StatementBuilder& b) {
                          b.success(passed);
                          if (score_scaled) b.score(scaled_score(b, *score_scaled));
                          b.duration(duration_seconds);
                        });
}

const char* interaction_type_name(InteractionType type) {
  switch (type) {
    case InteractionType::Choice: return "choice";
    case InteractionType::TrueFalse: return "true-false";
    case InteractionType::Sequencing: return "sequencing";
    case InteractionType::FillIn: return "fill-in";
    case InteractionType::Other: break;
  }
  return "other";
}

std::string sub_activity_id(std::string_view au_id, std::string_view kind, std::string_view id) {
  std::string out(au_id);
  if (out.empty() || out.back() != '/') out += '/';
  out += kind;
  out += '/';
  out += percent_encode(id);
  return out;
}

}  // namespace

XapiContext xapi_context(const Cmi5Launch& launch, const Cmi5LaunchData& launch_data) {
  return XapiContext{launch.actor_json, launch.registration, launch.activity_id, launch_data.context_template_json,
                     launch_data.mastery_score};
}

std::string xapi_context_problem(const XapiContext& context) {
  if (const std::string problem = actor_problem(context.actor_json); !problem.empty()) return "the actor " + problem;
  if (context.registration.empty()) return "the registration is empty";
  if (context.activity_id.empty()) return "the activity id is empty";
  rapidjson::Document doc;
  const std::string_view source = context.context_template_json;
  if (!source.empty() && (!parse_json(doc, source) || !doc.IsObject())) {
    return "the context template is not a JSON object";
  }
  return {};
}

std::string initialized_statement(const XapiContext& context, const StatementStamp& stamp) {
  return cmi5_statement(context, stamp, kVerbInitialized, "initialized", false, false, [](StatementBuilder&) {});
}

std::string completed_statement(const XapiContext& context, const StatementStamp& stamp, double duration_seconds) {
  return cmi5_statement(context, stamp, kVerbCompleted, "completed", true, false, [&](StatementBuilder& b) {
    b.completion();
    b.duration(duration_seconds);
  });
}

std::string passed_statement(const XapiContext& context, const StatementStamp& stamp,
                             std::optional<double> score_scaled, double duration_seconds) {
  return judgement(context, stamp, true, score_scaled, duration_seconds);
}

std::string failed_statement(const XapiContext& context, const StatementStamp& stamp,
                             std::optional<double> score_scaled, double duration_seconds) {
  return judgement(context, stamp, false, score_scaled, duration_seconds);
}

std::string terminated_statement(const XapiContext& context, const StatementStamp& stamp, double duration_seconds) {
  return cmi5_statement(context, stamp, kVerbTerminated, "terminated", false, false,
                        [&](StatementBuilder& b) { b.duration(duration_seconds); });
}

std::string lesson_statement(const XapiContext& context, const StatementStamp& stamp, const LessonExperience& lesson) {
  StatementBuilder b(context);
  if (!b.start(stamp, kVerbExperienced, "experienced")) return {};
  b.object(lesson_activity_id(context.activity_id, lesson.lesson_id), b.definition(kTypeLesson, lesson.title));
  if (lesson.duration_seconds) b.duration(*lesson.duration_seconds);
  return b.finish(false, false, false);
}

std::string question_statement(const XapiContext& context, const StatementStamp& stamp, const QuestionAnswer& answer) {
  StatementBuilder b(context);
  if (!b.start(stamp, kVerbAnswered, "answered")) return {};
  Value definition = b.definition(kTypeInteraction, answer.prompt);
  definition.AddMember("interactionType", rapidjson::StringRef(interaction_type_name(answer.type)), b.alloc());
  if (!answer.correct_responses.empty()) {
    Value pattern(rapidjson::kArrayType);
    for (const std::string& r : answer.correct_responses) pattern.PushBack(b.text(r), b.alloc());
    definition.AddMember("correctResponsesPattern", pattern, b.alloc());
  }
  const bool has_choices = answer.type == InteractionType::Choice || answer.type == InteractionType::Sequencing;
  if (has_choices && !answer.choices.empty()) {
    Value choices(rapidjson::kArrayType);
    for (const InteractionChoice& c : answer.choices) {
      Value component(rapidjson::kObjectType);
      component.AddMember("id", b.text(c.id), b.alloc());
      component.AddMember("description", b.language_map(c.description), b.alloc());
      choices.PushBack(component, b.alloc());
    }
    definition.AddMember("choices", choices, b.alloc());
  }
  b.object(question_activity_id(context.activity_id, answer.question_id), std::move(definition));
  b.success(answer.success);
  b.response(answer.response);
  b.duration(answer.duration_seconds);
  return b.finish(false, false, false);
}

std::string quiz_statement(const XapiContext& context, const StatementStamp& stamp, const QuizResult& quiz) {
  StatementBuilder b(context);
  if (!b.start(stamp, kVerbCompleted, "completed")) return {};
  b.object(quiz_activity_id(context.activity_id, quiz.module_id), b.definition(kTypeAssessment, quiz.title));
  const int max = std::max(quiz.max, quiz.min);
  const int raw = std::clamp(quiz.raw, quiz.min, max);
  Value score = scaled_score(b, max > quiz.min ? double(raw - quiz.min) / double(max - quiz.min) : 0.0);
  score.AddMember("raw", raw, b.alloc());
  score.AddMember("min", quiz.min, b.alloc());
  score.AddMember("max", max, b.alloc());
  b.score(std::move(score));
  b.success(quiz.passed);
  b.completion();
  b.duration(quiz.duration_seconds);
  return b.finish(false, false, false);
}

std::string breathing_statement(const XapiContext& context, const StatementStamp& stamp,
                                const BreathingSession& session) {
  StatementBuilder b(context);
  if (!b.start(stamp, kVerbCompleted, "completed")) return {};
  b.object(game_activity_id(context.activity_id, "breathing", session.pattern_id),
           b.definition(kTypeSimulation, session.title));
  b.completion();
  b.duration(session.duration_seconds);
  return b.finish(false, false, false);
}

std::string rephrase_statement(const XapiContext& context, const StatementStamp& stamp, const RephraseAnswer& answer) {
  StatementBuilder b(context);
  if (!b.start(stamp, kVerbAnswered, "answered")) return {};
  b.object(game_activity_id(context.activity_id, "rephrase", answer.item_id),
           b.definition(kTypeSimulation, answer.title));
  b.success(answer.success);
  b.response(answer.response);
  if (answer.duration_seconds) b.duration(*answer.duration_seconds);
  return b.finish(false, false, false);
}

std::string lesson_activity_id(std::string_view au_id, std::string_view lesson_id) {
  return sub_activity_id(au_id, "lesson", lesson_id);
}
std::string question_activity_id(std::string_view au_id, std::string_view question_id) {
  return sub_activity_id(au_id, "question", question_id);
}
std::string quiz_activity_id(std::string_view au_id, std::string_view module_id) {
  return sub_activity_id(au_id, "quiz", module_id);
}
std::string game_activity_id(std::string_view au_id, std::string_view game, std::string_view item_id) {
  return sub_activity_id(au_id, "game/" + percent_encode(game), item_id);
}

}  // namespace warmline::lms
