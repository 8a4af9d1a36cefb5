#include "core/progress/calendar.h"

#include <cstdio>

namespace warmline {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// Division rounding towards minus infinity, for times before the epoch.
std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

}  // namespace

int local_day(std::int64_t unix_seconds, int utc_offset_minutes) {
  const std::int64_t local = unix_seconds + std::int64_t{utc_offset_minutes} * 60;
  return static_cast<int>(floor_div(local, kSecondsPerDay));
}

// Years are shifted to start in March so the leap day is the last day of the
// "year", and eras of 400 years repeat exactly.
int days_from_civil(const CivilDate& date) {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;                                            // [0, 399]
  const int mp = (date.month + 9) % 12;                                     // March = 0
  const int doy = (153 * mp + 2) / 5 + date.day - 1;                        // [0, 365]
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                    // [0, 146096]
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(int day) {
  const int z = day + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;                                         // [0, 146096]
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;    // [0, 399]
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                  // [0, 365]
  const int mp = (5 * doy + 2) / 153;                                       // [0, 11]
  CivilDate d;
  d.day = doy - (153 * mp + 2) / 5 + 1;
  d.month = mp < 10 ? mp + 3 : mp - 9;
  d.year = yoe + era * 400 + (d.month <= 2 ? 1 : 0);
  return d;
}

std::string format_day(int day) {
  const CivilDate d = civil_from_days(day);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

}  // namespace warmline
