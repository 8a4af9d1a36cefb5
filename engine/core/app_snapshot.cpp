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
  w.EndObject();
  return out.GetString();
}

}  // namespace warmline
