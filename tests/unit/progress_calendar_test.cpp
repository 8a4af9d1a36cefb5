#include "core/progress/calendar.h"

#include <doctest/doctest.h>

using namespace warmline;

TEST_CASE("local_day counts whole days since 1970 in UTC") {
  CHECK(local_day(0, 0) == 0);
  CHECK(local_day(86399, 0) == 0);
  CHECK(local_day(86400, 0) == 1);
  CHECK(local_day(1795496400, 0) == 20781);  // 2026-11-24 05:00 UTC
}

TEST_CASE("local_day applies negative and positive offsets across day, month and year boundaries") {
  // 2026-11-24 05:00 UTC is still the 23rd, 19:00, in Hawaii (UTC-10).
  CHECK(local_day(1795496400, -600) == 20780);
  CHECK(format_day(local_day(1795496400, -600)) == "2026-11-23");
  // 2026-12-31 10:00 UTC is already New Year's Day on Kiribati (UTC+14) ...
  CHECK(local_day(1798711200, 840) == 20819);
  CHECK(format_day(local_day(1798711200, 840)) == "2027-01-01");
  // ... and one second earlier it is still New Year's Eve there.
  CHECK(format_day(local_day(1798711199, 840)) == "2026-12-31");
  // Hawaii sees the last second of 2027-01-01 nineteen hours later than Kiribati's first.
  CHECK(format_day(local_day(1798797599, -600)) == "2026-12-31");
  // A half-hour offset (India, +5:30) across midnight UTC.
  CHECK(local_day(86400 - 1800, 330) == 1);
  CHECK(local_day(86400 - 1800 - 19801, 330) == 0);
}

TEST_CASE("local_day floors before 1970 instead of rounding towards zero") {
  CHECK(local_day(-1, 0) == -1);
  CHECK(local_day(-86400, 0) == -1);
  CHECK(local_day(-86401, 0) == -2);
  CHECK(local_day(3600, -600) == -1);  // 1970-01-01 01:00 UTC is 1969-12-31 in UTC-10
  CHECK(format_day(local_day(3600, -600)) == "1969-12-31");
  CHECK(local_day(-2208988800, 0) == -25567);  // 1900-01-01
}

TEST_CASE("civil dates convert both ways, leap years included") {
  CHECK(days_from_civil({2026, 11, 23}) == 20780);
  CHECK(days_from_civil({1970, 1, 1}) == 0);
  CHECK(days_from_civil({1969, 12, 31}) == -1);
  CHECK(days_from_civil({1900, 1, 1}) == -25567);
  CHECK(days_from_civil({2024, 2, 29}) == 19782);
  CHECK(days_from_civil({2000, 2, 29}) == 11016);
  CHECK(days_from_civil({1, 1, 1}) == -719162);
  CHECK(format_day(days_from_civil({2024, 2, 28}) + 1) == "2024-02-29");  // leap year
  CHECK(format_day(days_from_civil({2023, 2, 28}) + 1) == "2023-03-01");  // common year
  CHECK(format_day(days_from_civil({2100, 2, 28}) + 1) == "2100-03-01");  // century, not leap
  CHECK(format_day(days_from_civil({2000, 2, 28}) + 1) == "2000-02-29");  // 400-year, leap
  CHECK(format_day(2932896) == "9999-12-31");
  const CivilDate d = civil_from_days(20819);
  CHECK(d.year == 2027);
  CHECK(d.month == 1);
  CHECK(d.day == 1);
}

TEST_CASE("every day from 1600 to 2400 round-trips and follows the one before it") {
  const int first = days_from_civil({1600, 1, 1});
  const int last = days_from_civil({2400, 12, 31});
  CivilDate prev = civil_from_days(first - 1);
  int mismatches = 0;
  for (int day = first; day <= last; ++day) {
    const CivilDate d = civil_from_days(day);
    if (days_from_civil(d) != day) ++mismatches;
    const bool next_day = d.year == prev.year && d.month == prev.month && d.day == prev.day + 1;
    const bool next_month = d.year == prev.year && d.month == prev.month + 1 && d.day == 1;
    const bool next_year = d.year == prev.year + 1 && d.month == 1 && d.day == 1 && prev.month == 12 && prev.day == 31;
    if (!next_day && !next_month && !next_year) ++mismatches;
    prev = d;
  }
  CHECK(mismatches == 0);
  CHECK(last - first + 1 == 801 * 365 + 195);  // 195 leap days in 1600..2400
}
