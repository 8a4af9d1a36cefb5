#pragma once
#include <cstdint>
#include <string>

// xAPI's two time formats, computed by hand rather than with gmtime or
// iostreams so the native build and the web build write the same text.
namespace warmline::lms {

// ISO 8601 duration in hours, minutes and seconds to the hundredth (cmi5
// asks for centisecond precision): 3723.45 -> "PT1H2M3.45S", 0 -> "PT0S",
// 90 -> "PT1M30S". Rounded to the nearest hundredth first, so 3.4499999
// and 3.45 both give "3.45S". Negative and NaN give "PT0S"; anything above
// 100 years is written as 100 years' worth of hours.
std::string iso8601_duration(double seconds);

// UTC timestamp to the millisecond: 1796610139123 -> "2026-12-07T02:22:19.123Z".
// Times before 1970 or after 9999 are clamped to those ends: xAPI
// timestamps have four-digit years and no learner predates the epoch.
// Dates come from core/progress/calendar.h, as the learner's days do.
std::string utc_timestamp(std::int64_t unix_ms);

}  // namespace warmline::lms
