#include "core/lms/xapi_time.h"
#include "core/progress/calendar.h"

#include <cmath>
#include <cstdint>

#include <doctest/doctest.h>

using namespace warmline;
using namespace warmline::lms;

TEST_CASE("xapi time: durations in hours, minutes and hundredths of seconds") {
  CHECK(iso8601_duration(0.0) == "PT0S");
  CHECK(iso8601_duration(3723.45) == "PT1H2M3.45S");
  CHECK(iso8601_duration(90.0) == "PT1M30S");
  CHECK(iso8601_duration(3600.0) == "PT1H");
  CHECK(iso8601_duration(3660.0) == "PT1H1M");
  CHECK(iso8601_duration(3601.0) == "PT1H1S");
  CHECK(iso8601_duration(59.99) == "PT59.99S");
  CHECK(iso8601_duration(0.5) == "PT0.5S");
  CHECK(iso8601_duration(0.05) == "PT0.05S");
  CHECK(iso8601_duration(7.1) == "PT7.1S");
  // A day and a bit stays in hours: cmi5 LMSs all read H/M/S.
  CHECK(iso8601_duration(90061.0) == "PT25H1M1S");
}

TEST_CASE("xapi time: durations carry no binary fraction junk") {
  CHECK(iso8601_duration(3.4499999) == "PT3.45S");
  CHECK(iso8601_duration(3.45) == "PT3.45S");
  CHECK(iso8601_duration(0.1 + 0.2) == "PT0.3S");
  // Rounding to the hundredth carries into the minute.
  CHECK(iso8601_duration(59.996) == "PT1M");
  CHECK(iso8601_duration(3599.999) == "PT1H");
  CHECK(iso8601_duration(0.004) == "PT0S");
}

TEST_CASE("xapi time: nonsense durations are zero, huge ones capped") {
  CHECK(iso8601_duration(-5.0) == "PT0S");
  CHECK(iso8601_duration(std::nan("")) == "PT0S");
  CHECK(iso8601_duration(-0.0) == "PT0S");
  CHECK(iso8601_duration(1e300) == "PT876600H");
  CHECK(iso8601_duration(HUGE_VAL) == "PT876600H");
}

TEST_CASE("xapi time: UTC timestamps to the millisecond") {
  CHECK(utc_timestamp(0) == "1970-01-01T00:00:00.000Z");
  CHECK(utc_timestamp(1796610139123) == "2026-12-07T02:22:19.123Z");
  CHECK(utc_timestamp(1) == "1970-01-01T00:00:00.001Z");
  CHECK(utc_timestamp(86399999) == "1970-01-01T23:59:59.999Z");
  CHECK(utc_timestamp(86400000) == "1970-01-02T00:00:00.000Z");
}

TEST_CASE("xapi time: leap days and year boundaries") {
  CHECK(utc_timestamp(951868799999) == "2000-02-29T23:59:59.999Z");  // 2000 is a leap year (div. by 400)
  CHECK(utc_timestamp(951868800000) == "2000-03-01T00:00:00.000Z");
  CHECK(utc_timestamp(946684799999) == "1999-12-31T23:59:59.999Z");
  CHECK(utc_timestamp(946684800000) == "2000-01-01T00:00:00.000Z");
  CHECK(utc_timestamp(1709208000000) == "2024-02-29T12:00:00.000Z");
  CHECK(utc_timestamp(68169600000) == "1972-02-29T00:00:00.000Z");
  // 2100 is not a leap year: the day after 28 February is 1 March.
  CHECK(utc_timestamp(4107542400000 - 86400000) == "2100-02-28T00:00:00.000Z");
  CHECK(utc_timestamp(4107542400000) == "2100-03-01T00:00:00.000Z");
}

TEST_CASE("xapi time: out of range instants are clamped to four-digit years") {
  CHECK(utc_timestamp(-1) == "1970-01-01T00:00:00.000Z");
  CHECK(utc_timestamp(INT64_MIN) == "1970-01-01T00:00:00.000Z");
  CHECK(utc_timestamp(253402300799999) == "9999-12-31T23:59:59.999Z");
  CHECK(utc_timestamp(INT64_MAX) == "9999-12-31T23:59:59.999Z");
}

// The calendar xAPI timestamps use (core/progress/calendar.h), over the
// range they need.
TEST_CASE("xapi time: days from civil and back agree over four centuries") {
  CHECK(days_from_civil({1970, 1, 1}) == 0);
  CHECK(days_from_civil({2026, 12, 7}) == 20794);
  CHECK(days_from_civil({2000, 3, 1}) == 11017);
  CHECK(days_from_civil({1969, 12, 31}) == -1);
  CHECK(days_from_civil({9999, 12, 31}) == 2932896);
  int mismatches = 0;
  for (int d = days_from_civil({1900, 1, 1}); d <= days_from_civil({2300, 1, 1}); ++d) {
    const CivilDate c = civil_from_days(d);
    if (days_from_civil(c) != d || c.month < 1 || c.month > 12 || c.day < 1 || c.day > 31) ++mismatches;
  }
  CHECK(mismatches == 0);
  const CivilDate c = civil_from_days(-1);
  CHECK(c.year == 1969);
  CHECK(c.month == 12);
  CHECK(c.day == 31);
}
