#include "platform/wall_clock.h"

#include <chrono>
#include <ctime>

namespace warmline::platform {

ui::WallClock system_wall_clock() {
  ui::WallClock c;
  const std::int64_t ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::system_clock::now().time_since_epoch()).count();
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  c.unix_seconds = static_cast<std::int64_t>(t);
  c.milliseconds = ms % 1000;
  std::tm local{};
  if (localtime_r(&t, &local)) c.utc_offset_minutes = static_cast<int>(local.tm_gmtoff / 60);
  return c;
}

}  // namespace warmline::platform
