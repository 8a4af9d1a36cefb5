#include "platform/wall_clock.h"

#include <ctime>

namespace warmline::platform {

ui::WallClock system_wall_clock() {
  ui::WallClock c;
  const std::time_t t = std::time(nullptr);
  c.unix_seconds = static_cast<std::int64_t>(t);
  std::tm local{};
  if (localtime_r(&t, &local)) c.utc_offset_minutes = static_cast<int>(local.tm_gmtoff / 60);
  return c;
}

}  // namespace warmline::platform
