#pragma once
#include "ui/app.h"

namespace warmline::platform {

// The system's time and the local UTC offset (daylight saving included), so
// a learner's day ends at their own midnight.
ui::WallClock system_wall_clock();

}  // namespace warmline::platform
