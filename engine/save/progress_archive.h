#pragma once
// cereal serialization of LearnerProgress (core/progress/learner_progress.h)
// for save files. It lives in the save layer so core never sees cereal.
//
// A save file is untrusted input (a torn write, a flipped bit, a hand-edited
// export), and it must stay small (a whole course fits in 3 KB, see
// save/README.md), so none of cereal's std:: container support is used:
//  - counts and small numbers are LEB128 varints, numbers zigzag-encoded;
//  - days are 32-bit two's complement (they are ~20,000 and change often);
//  - ids in a list are front-coded against the previous one ("com-q01",
//    "com-q02" stores 6 shared bytes + "2"), which more than halves them;
//  - every count, length and value is checked on load before anything is
//    allocated, and the same limits are checked when saving, so a file the
//    engine writes is always one it can read back.
// Types that may grow fields carry a CEREAL_CLASS_VERSION (bottom of this
// file); their load functions fill sensible defaults for older versions.
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <cereal/cereal.hpp>

#include "core/progress/learner_progress.h"
#include "serial/byte_archive.h"

namespace warmline::saved {

using Out = serial::ByteOutputArchive;
using In = serial::ByteInputArchive;

// Thrown on load: the bytes parse but hold something no save can.
struct Damaged : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// Thrown on load: written by a newer build, with fields this one cannot read.
struct TooNew : Damaged {
  using Damaged::Damaged;
};
// Thrown on save: the progress breaks a limit below, so it would not load.
struct Unsavable : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Far above anything the rules produce for the largest pack the validator
// accepts (200 modules of 60 lessons and 300 questions).
inline constexpr std::size_t kTextBytes = 1024;  // a learner name or an id
inline constexpr std::size_t kLessons = 20000;
inline constexpr std::size_t kModules = 1000;
inline constexpr std::size_t kQuestionsPerAttempt = 1000;
inline constexpr std::size_t kRecent = kRecentResults;
inline constexpr std::size_t kXpLogEntries = kXpLogDays;
inline constexpr std::size_t kBadges = 2000;
inline constexpr std::size_t kReviewItems = 100000;
inline constexpr int kMaxFreezes = 100;
inline constexpr std::size_t kMissedQuestions = kQuestionMissesKept;

[[noreturn]] inline void fail(Out&, const std::string& why) { throw Unsavable("cannot save: " + why); }
[[noreturn]] inline void fail(In&, const std::string& why) { throw Damaged(why); }

// The class versions this build writes (CEREAL_CLASS_VERSION at the bottom).
inline constexpr std::uint32_t kProgressVersion = 4;
inline constexpr std::uint32_t kQuizHistoryVersion = 2;
inline constexpr std::uint32_t kStreakVersion = 2;

// A newer build may have added fields this one cannot skip: refuse rather
// than misread them.
template <class Archive>
void check_version([[maybe_unused]] Archive& ar, std::uint32_t version, std::uint32_t known, const char* what) {
  if constexpr (Archive::is_loading::value) {
    if (version > known) {
      throw TooNew("saved by a newer Warmline (" + std::string(what) + " version " + std::to_string(version) +
                   "); update Warmline to open it");
    }
    if (version == 0) fail(ar, "the " + std::string(what) + " has the unknown version 0");
  }
}

inline void varint(Out& ar, std::uint64_t v) {
  do {
    std::uint8_t b = static_cast<std::uint8_t>(v & 0x7f);
    v >>= 7;
    if (v != 0) b |= 0x80;
    ar(b);
  } while (v != 0);
}
inline std::uint64_t varint(In& ar) {
  std::uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    std::uint8_t b = 0;
    ar(b);
    v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
    if ((b & 0x80) == 0) return v;
  }
  throw Damaged("a stored number runs past 64 bits");
}

// A list length or string size, at most `max`.
inline void count(Out& ar, std::size_t& n, std::size_t max, const char* what) {
  if (n > max) fail(ar, std::to_string(n) + " " + what + ", more than the limit of " + std::to_string(max));
  varint(ar, n);
}
inline void count(In& ar, std::size_t& n, std::size_t max, const char* what) {
  const std::uint64_t v = varint(ar);
  if (v > max) {
    fail(ar, "a stored list of " + std::string(what) + " claims " + std::to_string(v) +
                 " entries, more than the limit of " + std::to_string(max));
  }
  n = static_cast<std::size_t>(v);
}

// An int in [lo, hi], zigzag varint: 0..63 and -64..-1 take one byte.
inline void number(Out& ar, int& i, int lo, int hi, const char* what) {
  if (i < lo || i > hi) fail(ar, std::string(what) + " is " + std::to_string(i));
  const std::uint32_t u = static_cast<std::uint32_t>(i);
  varint(ar, (u << 1) ^ (i < 0 ? 0xFFFFFFFFu : 0u));
}
inline void number(In& ar, int& i, int lo, int hi, const char* what) {
  const std::uint64_t z = varint(ar);
  if (z > 0xFFFFFFFFu) fail(ar, "a stored " + std::string(what) + " does not fit 32 bits");
  const std::uint32_t u = static_cast<std::uint32_t>(z);
  const std::uint32_t bits = (u >> 1) ^ (0u - (u & 1u));
  const std::int64_t v = bits > 0x7FFFFFFFu ? static_cast<std::int64_t>(bits) - 0x100000000LL : bits;
  if (v < lo || v > hi) fail(ar, "a stored " + std::string(what) + " is " + std::to_string(v));
  i = static_cast<int>(v);
}
inline void count_number(Out& ar, int& i, const char* what) { number(ar, i, 0, 0x7FFFFFFF, what); }
inline void count_number(In& ar, int& i, const char* what) { number(ar, i, 0, 0x7FFFFFFF, what); }

inline void day(Out& ar, int& d) { ar(static_cast<std::int32_t>(d)); }
inline void day(In& ar, int& d) {
  std::int32_t v = 0;
  ar(v);
  d = v;
}

template <class Archive>
void text(Archive& ar, std::string& s, const char* what) {
  std::size_t n = s.size();
  count(ar, n, kTextBytes, what);
  s.resize(n);
  ar(cereal::binary_data(s.data(), n));
}

// Front coding: each string stores how many leading bytes it shares with the
// previous one in the same list, then the rest.
class PrefixCoder {
 public:
  void put(Out& ar, const std::string& s) {
    if (s.size() > kTextBytes) fail(ar, "an id of " + std::to_string(s.size()) + " bytes");
    std::size_t shared = 0;
    while (shared < s.size() && shared < prev_.size() && s[shared] == prev_[shared]) ++shared;
    std::size_t rest = s.size() - shared;
    count(ar, shared, kTextBytes, "shared id bytes");
    count(ar, rest, kTextBytes, "id bytes");
    ar(cereal::binary_data(s.data() + shared, rest));
    prev_ = s;
  }
  void get(In& ar, std::string& s) {
    std::size_t shared = 0, rest = 0;
    count(ar, shared, prev_.size(), "shared id bytes");
    count(ar, rest, kTextBytes - shared, "id bytes");
    s.assign(prev_, 0, shared);
    s.resize(shared + rest);
    ar(cereal::binary_data(s.data() + shared, rest));
    prev_ = s;
  }

 private:
  std::string prev_;
};

inline void id_list(Out& ar, std::vector<std::string>& v, std::size_t max, const char* what) {
  std::size_t n = v.size();
  count(ar, n, max, what);
  PrefixCoder coder;
  for (const std::string& s : v) coder.put(ar, s);
}
inline void id_list(In& ar, std::vector<std::string>& v, std::size_t max, const char* what) {
  std::size_t n = 0;
  count(ar, n, max, what);
  PrefixCoder coder;
  v.clear();  // grows as ids are read, never by the stored count
  for (std::size_t i = 0; i < n; ++i) {
    v.emplace_back();
    coder.get(ar, v.back());
  }
}

}  // namespace warmline::saved

namespace warmline {

// One function per stored type, found by cereal through ADL. The field order
// is the file format; a new field goes at the end of its type, under a new
// class version, and the load side fills a default for older files.

// Version 1 had no recent results; they are seeded with the best score, so
// a module passed before the upgrade keeps at least mastery 2 or 3.
template <class Archive>
void serialize(Archive& ar, QuizHistory& h, std::uint32_t version) {
  saved::check_version(ar, version, saved::kQuizHistoryVersion, "quiz history");
  saved::number(ar, h.best_percent, 0, 100, "best score");
  saved::count_number(ar, h.attempts, "quiz attempt count");
  saved::number(ar, h.passes, 0, h.attempts, "quiz pass count");
  saved::id_list(ar, h.last_questions, saved::kQuestionsPerAttempt, "question ids");
  if (version >= 2) {
    std::size_t n = h.recent_percents.size();
    saved::count(ar, n, saved::kRecent, "recent scores");
    h.recent_percents.resize(n);
    for (int& p : h.recent_percents) saved::number(ar, p, 0, 100, "recent score");
  } else if constexpr (Archive::is_loading::value) {
    h.recent_percents.clear();
    if (h.attempts > 0) h.recent_percents.push_back(h.best_percent);
  }
}

// Version 1 had no freezes: an upgraded learner starts with none.
template <class Archive>
void serialize(Archive& ar, Streak& s, std::uint32_t version) {
  saved::check_version(ar, version, saved::kStreakVersion, "streak");
  saved::count_number(ar, s.current, "streak");
  saved::count_number(ar, s.longest, "longest streak");
  saved::day(ar, s.last_active_day);
  if (version >= 2) {
    saved::number(ar, s.freezes, 0, saved::kMaxFreezes, "streak freezes");
  } else if constexpr (Archive::is_loading::value) {
    s.freezes = 0;
  }
}

namespace saved {

template <class Archive>
void lessons(Archive& ar, std::set<std::string>& read) {
  std::vector<std::string> ids;
  if constexpr (Archive::is_saving::value) ids.assign(read.begin(), read.end());
  id_list(ar, ids, kLessons, "lessons read");
  if constexpr (Archive::is_loading::value) read = std::set<std::string>(ids.begin(), ids.end());
}

inline void quizzes(Out& ar, std::map<std::string, QuizHistory>& m) {
  std::size_t n = m.size();
  count(ar, n, kModules, "module quiz histories");
  for (auto& [module_id, history] : m) {
    std::string id = module_id;
    text(ar, id, "module id");
    ar(history);
  }
}
inline void quizzes(In& ar, std::map<std::string, QuizHistory>& m) {
  std::size_t n = 0;
  count(ar, n, kModules, "module quiz histories");
  m.clear();
  for (std::size_t i = 0; i < n; ++i) {
    std::string id;
    text(ar, id, "module id");
    QuizHistory h;
    ar(h);
    m[id] = std::move(h);
  }
}

// Calls `item(ar, element)` for each of `n` elements. On load the list grows
// only as elements are actually read, so a forged count runs out of bytes
// long before it runs out of memory.
template <class Archive, class T, class Item>
void each(Archive& ar, std::vector<T>& v, std::size_t max, const char* what, Item item) {
  std::size_t n = v.size();
  count(ar, n, max, what);
  if constexpr (Archive::is_loading::value) {
    v.clear();
    for (std::size_t i = 0; i < n; ++i) {
      v.emplace_back();
      item(ar, v.back());
    }
  } else {
    for (T& e : v) item(ar, e);
  }
}

template <class Archive>
void xp_log(Archive& ar, std::vector<DayXp>& log) {
  each(ar, log, kXpLogEntries, "days of XP", [&](Archive& a, DayXp& d) {
    day(a, d.day);
    count_number(a, d.xp, "XP of a day");
  });
  // The rules keep the log in ascending days and rely on it.
  for (std::size_t i = 1; i < log.size(); ++i) {
    if (log[i - 1].day >= log[i].day) fail(ar, "the days of the XP log are out of order");
  }
}

template <class Archive>
void badges(Archive& ar, std::vector<EarnedBadge>& v) {
  PrefixCoder coder;
  each(ar, v, kBadges, "badges", [&](Archive& a, EarnedBadge& b) {
    if constexpr (Archive::is_saving::value) coder.put(a, b.id); else coder.get(a, b.id);
    day(a, b.day);
  });
}

template <class Archive>
void calm_checks(Archive& ar, std::vector<CalmCheck>& v) {
  each(ar, v, kCalmChecksKept, "calm check-ins", [&](Archive& a, CalmCheck& c) {
    day(a, c.day);
    number(a, c.before, 0, 5, "calm rating before breathing");
    number(a, c.after, 1, 5, "calm rating after breathing");
  });
}

template <class Archive>
void tone_choice(Archive& ar, ToneChoice& t) {
  int v = static_cast<int>(t);
  number(ar, v, 0, static_cast<int>(ToneChoice::Off), "breathing tone choice");
  t = static_cast<ToneChoice>(v);
}

template <class Archive>
void review(Archive& ar, std::vector<ReviewItem>& v) {
  PrefixCoder coder;
  each(ar, v, kReviewItems, "review questions", [&](Archive& a, ReviewItem& r) {
    if constexpr (Archive::is_saving::value) coder.put(a, r.question_id); else coder.get(a, r.question_id);
    number(a, r.box, 1, kReviewBoxes, "review box");
    day(a, r.due_day);
  });
}

// Ids front-coded in ascending order (the map's), each with its count. The
// order is checked on load: a repeated id would otherwise merge silently.
template <class Archive>
void question_misses(Archive& ar, std::map<std::string, int>& tally) {
  std::size_t n = tally.size();
  count(ar, n, kMissedQuestions, "missed questions");
  PrefixCoder coder;
  if constexpr (Archive::is_saving::value) {
    for (auto& [id, misses] : tally) {
      if (id.empty()) fail(ar, "a missed question has an empty id");
      coder.put(ar, id);
      number(ar, misses, 1, 0x7FFFFFFF, "question miss count");
    }
  } else {
    tally.clear();
    for (std::size_t i = 0; i < n; ++i) {
      std::string id;
      coder.get(ar, id);
      if (id.empty()) fail(ar, "a stored missed question has an empty id");
      int misses = 0;
      number(ar, misses, 1, 0x7FFFFFFF, "question miss count");
      if (!tally.empty() && !(tally.rbegin()->first < id)) fail(ar, "the missed questions are out of order");
      tally.emplace_hint(tally.end(), std::move(id), misses);
    }
  }
}

}  // namespace saved

// Version 1 had no mini-game stats: an upgraded learner starts at zero.
// Version 2 had no rephrasing streak, calm check-ins or tone choice.
// Version 3 had no per-question miss tally: an upgraded learner starts empty.
template <class Archive>
void serialize(Archive& ar, LearnerProgress& p, std::uint32_t version) {
  saved::check_version(ar, version, saved::kProgressVersion, "progress");
  saved::text(ar, p.name, "learner name");
  saved::day(ar, p.created_day);
  saved::lessons(ar, p.lessons_read);
  saved::quizzes(ar, p.quizzes);
  saved::count_number(ar, p.xp, "XP");
  saved::xp_log(ar, p.xp_log);
  ar(p.streak);
  saved::badges(ar, p.badges);
  saved::review(ar, p.review);
  if (version >= 2) {
    saved::count_number(ar, p.minigames.breathing_sessions, "breathing sessions");
    saved::count_number(ar, p.minigames.rephrase_solved, "rephrase items solved");
  } else if constexpr (Archive::is_loading::value) {
    p.minigames = MiniGameStats{};
  }
  if (version >= 3) {
    saved::count_number(ar, p.minigames.rephrase_best_streak, "best rephrasing streak");
    saved::calm_checks(ar, p.minigames.calm_checks);
    saved::tone_choice(ar, p.minigames.breathing_tone);
  } else if constexpr (Archive::is_loading::value) {
    p.minigames.rephrase_best_streak = 0;
    p.minigames.calm_checks.clear();
    p.minigames.breathing_tone = ToneChoice::DeviceDefault;
  }
  if (version >= 4) {
    saved::question_misses(ar, p.question_misses);
  } else if constexpr (Archive::is_loading::value) {
    p.question_misses.clear();
  }
}

}  // namespace warmline

CEREAL_CLASS_VERSION(warmline::LearnerProgress, warmline::saved::kProgressVersion)
CEREAL_CLASS_VERSION(warmline::QuizHistory, warmline::saved::kQuizHistoryVersion)
CEREAL_CLASS_VERSION(warmline::Streak, warmline::saved::kStreakVersion)
