#pragma once
#include <vector>

#include "core/progress/learner_progress.h"

// The calm check around a breathing exercise. It earns nothing: a rating
// that paid XP would invite the "right" answer instead of an honest one.
namespace warmline {

inline constexpr int kCalmLowest = 1;
inline constexpr int kCalmHighest = 5;

// Adds a check-in, newest last, dropping the oldest beyond kCalmChecksKept.
// Returns false and changes nothing unless `after` is a rating and `before`
// is a rating or 0 (not asked or skipped).
bool record_calm_check(MiniGameStats& stats, const CalmCheck& check);

struct CalmTrend {
  int rated = 0;               // check-ins with both ratings
  double average_change = 0.0;  // after minus before, over those
};

CalmTrend calm_trend(const std::vector<CalmCheck>& checks);

}  // namespace warmline
