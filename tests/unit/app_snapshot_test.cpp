#include "core/app_snapshot.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

TEST_CASE("the snapshot is valid JSON with every field") {
  warmline::AppSnapshot s;
  s.screen = "help";
  s.target = "native";
  s.version = "0.1.0";
  s.focused = false;
  s.frames_drawn = 42;
  s.window_width = 1280;
  s.window_height = 800;
  s.dpi_scale = 2.0f;
  s.focused_item = "About Warmline";
  s.course = "warmline-default";
  s.modules = 15;
  s.module = "empathy";
  s.lesson = "em-why";
  s.card = 2;
  s.cards = 5;
  s.lessons_read = {"em-why", "al-why"};
  rapidjson::Document d;
  d.Parse(warmline::to_json(s).c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(std::string(d["screen"].GetString()) == "help");
  CHECK(d["focused"].GetBool() == false);
  CHECK(d["framesDrawn"].GetInt64() == 42);
  CHECK(d["window"]["width"].GetInt() == 1280);
  CHECK(d["window"]["dpiScale"].GetDouble() == doctest::Approx(2.0));
  CHECK(std::string(d["focusedItem"].GetString()) == "About Warmline");
  CHECK(std::string(d["course"].GetString()) == "warmline-default");
  CHECK(std::string(d["courseError"].GetString()).empty());
  CHECK(d["modules"].GetInt() == 15);
  CHECK(std::string(d["module"].GetString()) == "empathy");
  CHECK(std::string(d["lesson"].GetString()) == "em-why");
  CHECK(d["card"].GetInt() == 2);
  CHECK(d["cards"].GetInt() == 5);
  REQUIRE(d["lessonsRead"].Size() == 2);
  CHECK(std::string(d["lessonsRead"][1].GetString()) == "al-why");
}

TEST_CASE("text with quotes, control characters and UTF-8 survives the round trip") {
  warmline::AppSnapshot s;
  s.focused_item = "Say \"hi\"\n\t\xE2\x80\x9C" "caf\xC3\xA9\xE2\x80\x9D \\ end";
  rapidjson::Document d;
  d.Parse(warmline::to_json(s).c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(std::string(d["focusedItem"].GetString()) == s.focused_item);
}
