#pragma once
#include <limits>
#include <map>
#include <optional>
#include <string>

namespace warmline {

// Rate limiting for kiosk PIN entry, one independent count per key (a
// profile id, or "admin" for the trainer's PIN). Pure rules: time is passed
// in as seconds on a monotonic clock, so tests drive it by hand.
//
// The rule, and why:
//   - The first kFreeFailures (3) wrong PINs in a row cost nothing. People
//     on a shared break-room machine mistype, or try last month's PIN; a
//     learner who slips should never be made to wait.
//   - Each further wrong PIN locks the key for kFirstLock (30 s), doubling
//     with every further failure (30, 60, 120, 240, 480 s) up to kMaxLock
//     (15 minutes). A 4-6 digit PIN has only 10^4..10^6 values, so the hash
//     alone cannot protect it; with this schedule each try past the first
//     few costs up to 15 minutes, about 100 days to try every 4-digit PIN,
//     while the cap keeps a prankster from locking a colleague out all day.
//   - A right PIN (succeeded) resets the key completely.
//
// A wrong PIN reported while the key is locked is ignored: the caller must
// ask allowed() before checking a PIN, so such an attempt was never really
// made, and ignoring it stops a stuck key or a buggy caller from stretching
// the lock. If the clock goes backwards (it should not, being monotonic, but
// a restarted process or a bad platform clock can do it) a lock is re-anchored
// at the new time with its full length left, never more: nobody is locked
// for longer than the lock they earned (a lock already seen to be over stays
// over).
class AttemptLimiter {
 public:
  static constexpr int kFreeFailures = 3;
  static constexpr double kFirstLock = 30.0;     // seconds
  static constexpr double kMaxLock = 15 * 60.0;  // seconds

  // True when a PIN may be tried for `key` now (the key is not locked).
  bool allowed(const std::string& key, double now);

  // Seconds until `key` may try again, or nullopt when it may try now.
  std::optional<double> locked_for(const std::string& key, double now);

  // A wrong PIN for `key` at `now`. Ignored while the key is locked.
  void failed(const std::string& key, double now);

  // A right PIN for `key`: forgets its failures and any lock.
  void succeeded(const std::string& key);

  // Wrong PINs counted for `key` since its last success (for messages
  // such as "2 tries left before a pause").
  int failures(const std::string& key) const;

  // The lock earned by the n-th wrong PIN in a row (0 for n <= kFreeFailures).
  static double lock_after(int failures);

 private:
  struct Entry {
    int failures = 0;
    // The current lock: locked while now < locked_until. No lock is
    // -infinity for both, which no time (however far back) is before.
    double locked_from = -std::numeric_limits<double>::infinity();
    double locked_until = -std::numeric_limits<double>::infinity();
  };
  // Re-anchors a lock whose start lies in the future (the clock went back).
  static void clamp(Entry& e, double now);

  std::map<std::string, Entry> entries_;
};

}  // namespace warmline
