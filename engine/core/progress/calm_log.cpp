#include "core/progress/calm_log.h"

namespace warmline {
namespace {

bool is_rating(int v) { return v >= kCalmLowest && v <= kCalmHighest; }

}  // namespace

bool record_calm_check(MiniGameStats& stats, const CalmCheck& check) {
  if (!is_rating(check.after) || !(check.before == 0 || is_rating(check.before))) return false;
  stats.calm_checks.push_back(check);
  if (stats.calm_checks.size() > kCalmChecksKept) {
    stats.calm_checks.erase(stats.calm_checks.begin(),
                            stats.calm_checks.end() - static_cast<std::ptrdiff_t>(kCalmChecksKept));
  }
  return true;
}

CalmTrend calm_trend(const std::vector<CalmCheck>& checks) {
  CalmTrend t;
  int sum = 0;
  for (const CalmCheck& c : checks) {
    if (!is_rating(c.before) || !is_rating(c.after)) continue;
    ++t.rated;
    sum += c.after - c.before;
  }
  if (t.rated > 0) t.average_change = static_cast<double>(sum) / t.rated;
  return t;
}

}  // namespace warmline
