#include "core/lms/xapi_time.h"

#include <cmath>

#include "core/progress/calendar.h"

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
  static const std::int64_t kLatest = std::int64_t{days_from_civil({10000, 1, 1})} * kMsPerDay - 1;
  if (unix_ms < 0) unix_ms = 0;
  if (unix_ms > kLatest) unix_ms = kLatest;
  const CivilDate date = civil_from_days(static_cast<int>(unix_ms / kMsPerDay));
  const std::int64_t ms_of_day = unix_ms % kMsPerDay;
  return padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2) + "T" + padded(ms_of_day / 3600000, 2) +
         ":" + padded(ms_of_day / 60000 % 60, 2) + ":" + padded(ms_of_day / 1000 % 60, 2) + "." +
         padded(ms_of_day % 1000, 3) + "Z";
}

}  // namespace warmline::lms
