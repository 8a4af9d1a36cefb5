#pragma once
#include <string>

namespace warmline {

// What tests, the LMS bridge and the kiosk tooling may read of the running
// app. Plain data, filled by the UI layer each time it is asked for.
struct AppSnapshot {
  std::string screen;
  std::string target;  // "web" or "native"
  std::string version;
  bool focused = true;
  long frames_drawn = 0;
  int window_width = 0;
  int window_height = 0;
  float dpi_scale = 1.0f;
  std::string focused_item;  // label of the item keyboard navigation is on
};

std::string to_json(const AppSnapshot& s);

}  // namespace warmline
