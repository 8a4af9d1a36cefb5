#include "core/app_snapshot.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace warmline {

std::string to_json(const AppSnapshot& s) {
  rapidjson::StringBuffer out;
  rapidjson::Writer<rapidjson::StringBuffer> w(out);
  auto str = [&](const char* key, const std::string& v) {
    w.Key(key);
    w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
  };
  w.StartObject();
  str("screen", s.screen);
  str("target", s.target);
  str("version", s.version);
  w.Key("focused");
  w.Bool(s.focused);
  w.Key("framesDrawn");
  w.Int64(s.frames_drawn);
  w.Key("window");
  w.StartObject();
  w.Key("width");
  w.Int(s.window_width);
  w.Key("height");
  w.Int(s.window_height);
  w.Key("dpiScale");
  w.Double(s.dpi_scale);
  w.EndObject();
  str("focusedItem", s.focused_item);
  str("fontProblem", s.font_problem);
  str("course", s.course);
  str("courseError", s.course_error);
  w.Key("modules");
  w.Int(s.modules);
  str("module", s.module);
  str("lesson", s.lesson);
  w.Key("card");
  w.Int(s.card);
  w.Key("cards");
  w.Int(s.cards);
  auto list = [&](const char* key, const std::vector<std::string>& items) {
    w.Key(key);
    w.StartArray();
    for (const std::string& v : items) w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
    w.EndArray();
  };
  auto num = [&](const char* key, int v) {
    w.Key(key);
    w.Int(v);
  };
  auto flag = [&](const char* key, bool v) {
    w.Key(key);
    w.Bool(v);
  };
  list("lessonsRead", s.lessons_read);
  num("day", s.day);
  flag("storageReady", s.storage_ready);
  num("profiles", s.profiles);
  str("profile", s.profile);
  str("profileId", s.profile_id);
  num("xp", s.xp);
  num("level", s.level);
  num("streak", s.streak);
  num("reviewsDue", s.reviews_due);
  list("badges", s.badges);
  str("saveError", s.save_error);
  str("profileMessage", s.profile_message);
  w.Key("quiz");
  w.StartObject();
  num("question", s.quiz_question);
  num("count", s.quiz_count);
  num("points", s.quiz_points);
  flag("answered", s.quiz_answered);
  str("type", s.quiz_type);
  w.EndObject();
  w.Key("result");
  w.StartObject();
  num("correct", s.result_correct);
  num("total", s.result_total);
  flag("passed", s.result_passed);
  num("xp", s.result_xp);
  w.EndObject();
  list("toasts", s.toasts);
  str("breathingPhase", s.breathing_phase);
  w.Key("rephrase");
  w.StartObject();
  num("round", s.rephrase_round);
  str("type", s.rephrase_type);
  flag("settled", s.rephrase_settled);
  flag("right", s.rephrase_right);
  str("built", s.rephrase_built);
  num("score", s.rephrase_score);
  w.Key("tiles");
  w.StartArray();
  for (const SnapshotTile& t : s.rephrase_tiles) {
    w.StartObject();
    str("text", t.text);
    flag("placed", t.placed);
    for (auto [key, v] : {std::pair{"x", t.x}, {"y", t.y}, {"w", t.w}, {"h", t.h}}) {
      w.Key(key);
      w.Double(static_cast<double>(v));
    }
    w.EndObject();
  }
  w.EndArray();
  num("points", s.rephrase_points);
  num("streak", s.rephrase_streak);
  w.EndObject();
  w.Key("calm");
  w.StartObject();
  num("before", s.calm_before);
  num("after", s.calm_after);
  num("checks", s.calm_checks);
  w.EndObject();
  num("bestRephraseStreak", s.best_rephrase_streak);
  str("breathingTone", s.breathing_tone);
  w.Key("breathingSize");
  w.Double(s.breathing_size);
  list("packs", s.packs);
  str("activePack", s.active_pack);
  str("packMessage", s.pack_message);
  list("packProblems", s.pack_problems);
  str("lms", s.lms);
  str("lmsProfile", s.lms_profile);
  str("lmsNotice", s.lms_notice);
  num("lrsWaiting", s.lrs_waiting);
  str("lrsNotice", s.lrs_notice);
  flag("kiosk", s.kiosk);
  w.Key("idleSecondsLeft");
  w.Double(s.idle_seconds_left);
  str("pinMessage", s.pin_message);
  num("pinDigits", s.pin_digits);
  flag("admin", s.admin);
  w.EndObject();
  return out.GetString();
}

}  // namespace warmline
