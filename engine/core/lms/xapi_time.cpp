#include "core/lms/xapi_time.h"

#include <cmath>

namespace warmline::lms {
namespace {

constexpr double kMaxDurationSeconds = 100.0 * 365.25 * 86400.0;
constexpr std::int64_t kMsPerDay = 86400000;

// `value` in at least `width` digits, zero-padded (value is never negative).
std::string padded(std::int64_t value, int width) {
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
  return digits;
}

}  // namespace

std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day) {
  year -= month <= 2;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);                       // [0, 399]
  const unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;   // [0, 365]
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

void civil_from_days(std::int64_t days, std::int64_t& year, unsigned& month, unsigned& day) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(days - era * 146097);                                    // [0, 146096]
  const unsigned year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;  // [0, 399]
  const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);   // [0, 365]
  const unsigned shifted_month = (5 * day_of_year + 2) / 153;                                            // [0, 11], March first
  day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  year = static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2);
}

std::string iso8601_duration(double seconds) {
  if (!(seconds > 0.0)) return "PT0S";
  if (seconds > kMaxDurationSeconds) seconds = kMaxDurationSeconds;
  // Whole hundredths, so no binary fraction reaches the text.
  const auto centis = static_cast<std::int64_t>(std::llround(seconds * 100.0));
  if (centis == 0) return "PT0S";
  const std::int64_t hours = centis / 360000;
  const std::int64_t minutes = centis / 6000 % 60;
  const std::int64_t whole_seconds = centis / 100 % 60;
  const std::int64_t hundredths = centis % 100;
  std::string out = "PT";
  if (hours > 0) out += std::to_string(hours) + "H";
  if (minutes > 0) out += std::to_string(minutes) + "M";
  if (whole_seconds > 0 || hundredths > 0) {
    out += std::to_string(whole_seconds);
    if (hundredths > 0) {
      out += '.';
      out += static_cast<char>('0' + hundredths / 10);
      if (hundredths % 10 != 0) out += static_cast<char>('0' + hundredths % 10);
    }
    out += 'S';
  }
  return out;
}

std::string utc_timestamp(std::int64_t unix_ms) {
  static const std::int64_t kLatest = (days_from_civil(10000, 1, 1)) * kMsPerDay - 1;
  if (unix_ms < 0) unix_ms = 0;
  if (unix_ms > kLatest) unix_ms = kLatest;
  const std::int64_t days = unix_ms / kMsPerDay;
  const std::int64_t ms_of_day = unix_ms % kMsPerDay;
  std::int64_t year = 0;
  unsigned month = 0, day = 0;
  civil_from_days(days, year, month, day);
  return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2) + "T" + padded(ms_of_day / 3600000, 2) +
         ":" + padded(ms_of_day / 60000 % 60, 2) + ":" + padded(ms_of_day / 1000 % 60, 2) + "." +
         padded(ms_of_day % 1000, 3) + "Z";
}

}  // namespace warmline::lms
