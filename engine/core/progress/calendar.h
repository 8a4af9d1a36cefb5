#pragma once
#include <cstdint>
#include <string>

// Day numbers for progress: days since 1970-01-01 in the learner's local
// time. Progress code only ever sees these ints, so it needs no clock, no
// <ctime> and no time-zone database; the platform layer reads the clock and
// the UTC offset once and converts here.
namespace warmline {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

// Local day of `unix_seconds` at `utc_offset_minutes` east of UTC (UTC-10 is
// -600). Floors, so times before 1970 give negative days, not day 0.
int local_day(std::int64_t unix_seconds, int utc_offset_minutes);

// Proleptic Gregorian calendar, after Howard Hinnant's days_from_civil and
// civil_from_days (http://howardhinnant.github.io/date_algorithms.html).
int days_from_civil(const CivilDate& date);
CivilDate civil_from_days(int day);

// "2026-11-23", for display and logs.
std::string format_day(int day);

}  // namespace warmline
