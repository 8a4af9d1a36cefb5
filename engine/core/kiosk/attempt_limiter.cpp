#include "core/kiosk/attempt_limiter.h"

#include <algorithm>

namespace warmline {

double AttemptLimiter::lock_after(int failures) {
  if (failures <= kFreeFailures) return 0.0;
  double lock = kFirstLock;
  for (int n = kFreeFailures + 1; n < failures && lock < kMaxLock; ++n) lock *= 2.0;
  return std::min(lock, kMaxLock);
}

void AttemptLimiter::clamp(Entry& e, double now) {
  if (e.locked_until > e.locked_from && now < e.locked_from) {
    const double length = e.locked_until - e.locked_from;
    e.locked_from = now;
    e.locked_until = now + length;
  }
}

std::optional<double> AttemptLimiter::locked_for(const std::string& key, double now) {
  const auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  Entry& e = it->second;
  clamp(e, now);
  if (now < e.locked_until) return e.locked_until - now;
  // Seen to be over: forget the lock, so a later backward jump cannot revive it.
  const int failures = e.failures;
  e = Entry{};
  e.failures = failures;
  return std::nullopt;
}

bool AttemptLimiter::allowed(const std::string& key, double now) { return !locked_for(key, now).has_value(); }

void AttemptLimiter::failed(const std::string& key, double now) {
  if (locked_for(key, now)) return;  // not a real attempt: see the header
  Entry& e = entries_[key];
  if (e.failures < kFreeFailures + 64) ++e.failures;  // past the cap the count only feeds messages
  const double lock = lock_after(e.failures);
  if (lock > 0.0) {
    e.locked_from = now;
    e.locked_until = now + lock;
  }
}

void AttemptLimiter::succeeded(const std::string& key) { entries_.erase(key); }

int AttemptLimiter::failures(const std::string& key) const {
  const auto it = entries_.find(key);
  return it == entries_.end() ? 0 : it->second.failures;
}

}  // namespace warmline
