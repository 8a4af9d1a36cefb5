#include "save/profile_codec.h"

#include <doctest/doctest.h>


#include "core/crc32.h"
#include "save/progress_archive.h"
#include "save_test_profiles.h"

using namespace warmline;
using warmline::test::kToday;

namespace {

// The payload of an encoded file, and a file around a changed payload.
std::string payload_of(const std::string& file) { return file.substr(kSaveHeaderBytes); }

// LearnerProgress as format version 1 wrote it: no streak freezes, no recent
// quiz results and no mini-game stats. Kept here, not in the engine, as the
// record of what old files hold.
struct OldHistory {
  int best_percent = 0, attempts = 0, passes = 0;
  std::vector<std::string> last_questions;
};
struct OldStreak {
  int current = 0, longest = 0, last_active_day = 0;
};
struct OldProgress {
  std::string name;
  int created_day = 0;
  std::set<std::string> lessons_read;
  std::map<std::string, OldHistory> quizzes;
  int xp = 0;
  std::vector<DayXp> xp_log;
  OldStreak streak;
  std::vector<EarnedBadge> badges;
  std::vector<ReviewItem> review;
};

template <class Archive>
void serialize(Archive& ar, OldHistory& h, std::uint32_t) {
  saved::number(ar, h.best_percent, 0, 100, "best");
  saved::count_number(ar, h.attempts, "attempts");
  saved::number(ar, h.passes, 0, h.attempts, "passes");
  saved::id_list(ar, h.last_questions, 100, "questions");
}
template <class Archive>
void serialize(Archive& ar, OldStreak& s, std::uint32_t) {
  saved::count_number(ar, s.current, "streak");
  saved::count_number(ar, s.longest, "longest");
  saved::day(ar, s.last_active_day);
}
template <class Archive>
void serialize(Archive& ar, OldProgress& p, std::uint32_t) {
  saved::text(ar, p.name, "name");
  saved::day(ar, p.created_day);
  saved::lessons(ar, p.lessons_read);
  std::size_t n = p.quizzes.size();
  saved::count(ar, n, 100, "quizzes");
  for (auto& [id, h] : p.quizzes) {
    std::string key = id;
    saved::text(ar, key, "module");
    ar(h);
  }
  saved::count_number(ar, p.xp, "xp");
  saved::xp_log(ar, p.xp_log);
  ar(p.streak);
  saved::badges(ar, p.badges);
  saved::review(ar, p.review);
}

// Version 2 added the two mini-game counters at the end; the quiz history
// and streak it wrote are today's (both still version 2).
struct ProgressV2 {
  LearnerProgress p;
};

template <class Archive>
void serialize(Archive& ar, ProgressV2& v, std::uint32_t) {
  LearnerProgress& p = v.p;
  saved::text(ar, p.name, "name");
  saved::day(ar, p.created_day);
  saved::lessons(ar, p.lessons_read);
  saved::quizzes(ar, p.quizzes);
  saved::count_number(ar, p.xp, "xp");
  saved::xp_log(ar, p.xp_log);
  ar(p.streak);
  saved::badges(ar, p.badges);
  saved::review(ar, p.review);
  saved::count_number(ar, p.minigames.breathing_sessions, "breathing");
  saved::count_number(ar, p.minigames.rephrase_solved, "rephrase");
}

// Version 3 added the rephrasing streak, calm check-ins and tone choice; it
// had no per-question miss tally.
struct ProgressV3 {
  LearnerProgress p;
};

template <class Archive>
void serialize(Archive& ar, ProgressV3& v, std::uint32_t) {
  LearnerProgress& p = v.p;
  saved::text(ar, p.name, "name");
  saved::day(ar, p.created_day);
  saved::lessons(ar, p.lessons_read);
  saved::quizzes(ar, p.quizzes);
  saved::count_number(ar, p.xp, "xp");
  saved::xp_log(ar, p.xp_log);
  ar(p.streak);
  saved::badges(ar, p.badges);
  saved::review(ar, p.review);
  saved::count_number(ar, p.minigames.breathing_sessions, "breathing");
  saved::count_number(ar, p.minigames.rephrase_solved, "rephrase");
  saved::count_number(ar, p.minigames.rephrase_best_streak, "best streak");
  saved::calm_checks(ar, p.minigames.calm_checks);
  saved::tone_choice(ar, p.minigames.breathing_tone);
}

// The payload of `p` with its (empty) miss tally replaced by `tally`, bytes
// as the format stores them: count, then per entry shared id bytes, id bytes
// left, the id's rest and the zigzag miss count.
std::string with_tally(LearnerProgress p, const std::string& tally) {
  p.question_misses.clear();
  std::string payload = payload_of(encode_profile(p));
  REQUIRE(payload.back() == 0);  // no missed questions
  payload.pop_back();
  return wrap_payload(payload + tally);
}

}  // namespace

CEREAL_CLASS_VERSION(ProgressV3, 3)
CEREAL_CLASS_VERSION(ProgressV2, 2)
CEREAL_CLASS_VERSION(OldHistory, 1)
CEREAL_CLASS_VERSION(OldStreak, 1)
CEREAL_CLASS_VERSION(OldProgress, 1)

TEST_CASE("CRC-32 matches the standard check value") {
  CHECK(crc32("123456789") == 0xCBF43926u);
  CHECK(crc32("") == 0u);
}

TEST_CASE("a profile round-trips exactly, header fields included") {
  LearnerProgress p = test::small_learner("Zoë O'Brien 李");
  p.created_day = -4000;  // before 1970
  p.review.push_back({"com-q01", 5, -2});
  const std::string bytes = encode_profile(p);
  CHECK(bytes.compare(0, 8, std::string("WLSAVE\0\x1a", 8)) == 0);
  CHECK(static_cast<unsigned char>(bytes[8]) == kSaveFormat);
  CHECK(bytes[9] == 0);
  const std::size_t payload = bytes.size() - kSaveHeaderBytes;
  CHECK(static_cast<unsigned char>(bytes[12]) == (payload & 0xff));
  CHECK(static_cast<unsigned char>(bytes[13]) == (payload >> 8));
  const ProfileDecode d = decode_profile(bytes);
  REQUIRE(d.ok());
  CHECK(d.progress == p);
  CHECK(d.progress.name == "Zoë O'Brien 李");
  CHECK(encode_profile(d.progress) == bytes);  // and the bytes are stable
  CHECK(decode_profile(encode_profile(LearnerProgress{})).progress == LearnerProgress{});
}

TEST_CASE("a learner who finished the whole default course saves in at most 3 KB") {
  const LearnerProgress p = test::full_course_learner();
  REQUIRE(p.lessons_read.size() == 47);
  REQUIRE(p.quizzes.size() == 15);
  std::size_t questions = 0;
  for (const auto& q : p.quizzes) questions += q.second.last_questions.size();
  REQUIRE(questions == 165);
  REQUIRE(p.review.size() == 30);
  REQUIRE(p.xp_log.size() == 30);
  REQUIRE(p.badges.size() == 24);
  REQUIRE(p.question_misses.size() == kQuestionMissesKept);  // the worst case
  const std::string bytes = encode_profile(p);
  MESSAGE("full-course learner encodes to " << bytes.size() << " bytes (limit 3072)");
  CHECK(bytes.size() <= 3072);
  const ProfileDecode d = decode_profile(bytes);
  REQUIRE(d.ok());
  CHECK(d.progress == p);
}

TEST_CASE("a version 1 payload loads into the current version with defaults for the new fields") {
  OldProgress old;
  old.name = "Early Adopter";
  old.created_day = kToday - 100;
  old.lessons_read = {"com-written", "pa-why"};
  old.quizzes["communication"] = OldHistory{88, 3, 2, {"com-q02", "com-q01"}};
  old.quizzes["patience"] = OldHistory{40, 1, 0, {"pa-q01"}};
  old.xp = 321;
  old.xp_log = {{kToday - 2, 20}, {kToday, 41}};
  old.streak = OldStreak{4, 9, kToday};
  old.badges = {{"first-lesson", kToday - 99}};
  old.review = {{"pa-q01", 2, kToday + 3}};
  std::string payload;
  {
    saved::Out ar(payload);
    ar(old);
  }
  const ProfileDecode d = decode_profile(wrap_payload(payload));
  REQUIRE(d.ok());
  const LearnerProgress& p = d.progress;
  CHECK(p.name == "Early Adopter");
  CHECK(p.created_day == kToday - 100);
  CHECK(p.lessons_read == std::set<std::string>{"com-written", "pa-why"});
  CHECK(p.xp == 321);
  CHECK(p.xp_log.size() == 2);
  CHECK(p.xp_log[1].xp == 41);
  CHECK(p.streak == Streak{4, 9, kToday, 0});  // no freezes yet
  CHECK(p.minigames == MiniGameStats{});
  const QuizHistory& c = p.quizzes.at("communication");
  CHECK(c.best_percent == 88);
  CHECK(c.attempts == 3);
  CHECK(c.passes == 2);
  CHECK(c.last_questions == std::vector<std::string>{"com-q02", "com-q01"});
  CHECK(c.recent_percents == std::vector<int>{88});  // seeded with the best score
  CHECK(p.quizzes.at("patience").recent_percents == std::vector<int>{40});
  REQUIRE(p.badges.size() == 1);
  CHECK(p.badges[0].day == kToday - 99);
  REQUIRE(p.review.size() == 1);
  CHECK(p.review[0].box == 2);
  // Saving again writes the current version.
  const ProfileDecode again = decode_profile(encode_profile(p));
  REQUIRE(again.ok());
  CHECK(again.progress == p);
}

TEST_CASE("a version 2 payload keeps its counters and starts the calm log, streak and tone at their defaults") {
  ProgressV2 old{test::small_learner("Version Two")};
  old.p.minigames.breathing_sessions = 7;
  old.p.minigames.rephrase_solved = 12;
  std::string payload;
  {
    saved::Out ar(payload);
    ar(old);
  }
  const ProfileDecode d = decode_profile(wrap_payload(payload));
  REQUIRE(d.ok());
  LearnerProgress expected = old.p;
  expected.minigames = MiniGameStats{7, 12, 0, {}, ToneChoice::DeviceDefault};
  expected.question_misses.clear();
  CHECK(d.progress == expected);
  // What version 3 adds round-trips.
  LearnerProgress p = d.progress;
  p.minigames.rephrase_best_streak = 4;
  p.minigames.calm_checks = {{kToday, 0, 4}, {kToday, 2, 5}};
  p.minigames.breathing_tone = ToneChoice::On;
  const ProfileDecode again = decode_profile(encode_profile(p));
  REQUIRE(again.ok());
  CHECK(again.progress == p);
}

TEST_CASE("a version 3 payload keeps everything it had and starts with an empty miss tally") {
  ProgressV3 old{test::full_course_learner()};
  REQUIRE_FALSE(old.p.question_misses.empty());  // the v3 writer ignores them
  std::string payload;
  {
    saved::Out ar(payload);
    ar(old);
  }
  const ProfileDecode d = decode_profile(wrap_payload(payload));
  REQUIRE(d.ok());
  LearnerProgress expected = old.p;
  expected.question_misses.clear();
  CHECK(d.progress == expected);
  CHECK(d.progress.minigames.calm_checks.size() == kCalmChecksKept);
  CHECK(d.progress.minigames.breathing_tone == ToneChoice::Off);
  // What version 4 adds round-trips, and costs one byte when empty.
  LearnerProgress p = d.progress;
  CHECK(encode_profile(p).size() == kSaveHeaderBytes + payload.size() + 1);
  p.question_misses = {{"com-q01", 1}, {"com-q02", 70}, {"pa-q01", 2147483647}};
  const ProfileDecode again = decode_profile(encode_profile(p));
  REQUIRE(again.ok());
  CHECK(again.progress == p);
}

TEST_CASE("out-of-range miss tallies are refused on save and on load, naming the field") {
  LearnerProgress p = test::small_learner();
  p.question_misses["com-q05"] = -1;
  CHECK_THROWS_WITH_AS(encode_profile(p), "cannot save: question miss count is -1", saved::Unsavable);
  p.question_misses["com-q05"] = 0;
  CHECK_THROWS_WITH_AS(encode_profile(p), "cannot save: question miss count is 0", saved::Unsavable);
  p.question_misses.erase("com-q05");
  p.question_misses[""] = 1;
  CHECK_THROWS_WITH_AS(encode_profile(p), "cannot save: a missed question has an empty id", saved::Unsavable);
  p.question_misses.clear();
  for (std::size_t i = 0; i <= kQuestionMissesKept; ++i) p.question_misses["q" + std::to_string(i)] = 1;
  CHECK_THROWS_WITH_AS(encode_profile(p), "cannot save: 13 missed questions, more than the limit of 12",
                       saved::Unsavable);

  const LearnerProgress base = test::small_learner();
  // One entry "q" (0 shared bytes, 1 byte "q") with 2 misses (zigzag 4) loads.
  const ProfileDecode good = decode_profile(with_tally(base, std::string("\x01\x00\x01q\x04", 5)));
  REQUIRE(good.ok());
  CHECK(good.progress.question_misses == std::map<std::string, int>{{"q", 2}});
  CHECK(decode_profile(with_tally(base, std::string("\x01\x00\x01q\x01", 5))).error ==
        "damaged: a stored question miss count is -1");
  CHECK(decode_profile(with_tally(base, std::string("\x01\x00\x01q\x00", 5))).error ==
        "damaged: a stored question miss count is 0");
  CHECK(decode_profile(with_tally(base, std::string("\x01\x00\x00\x04", 4))).error ==
        "damaged: a stored missed question has an empty id");
  CHECK(decode_profile(with_tally(base, std::string("\x0d", 1))).error ==
        "damaged: a stored list of missed questions claims 13 entries, more than the limit of 12");
  // "q" twice (the second shares its one byte), and "r" before "q".
  CHECK(decode_profile(with_tally(base, std::string("\x02\x00\x01q\x04\x01\x00\x02", 8))).error ==
        "damaged: the missed questions are out of order");
  CHECK(decode_profile(with_tally(base, std::string("\x02\x00\x01r\x04\x00\x01q\x02", 9))).error ==
        "damaged: the missed questions are out of order");
}

TEST_CASE("out-of-range calm ratings and tone choices are refused on save and on load") {
  LearnerProgress p = test::small_learner();
  p.question_misses.clear();
  p.minigames.calm_checks = {{kToday, 3, 6}};
  CHECK_THROWS_WITH(encode_profile(p), doctest::Contains("calm rating after breathing is 6"));
  p.minigames.calm_checks = {{kToday, 3, 4}};
  const std::string good = encode_profile(p);
  // The tone choice is the payload's second-last byte (before an empty miss
  // tally), zigzag coded: 6 is 3, past Off.
  std::string payload = payload_of(good);
  REQUIRE(payload[payload.size() - 2] == 0);
  REQUIRE(payload.back() == 0);
  payload[payload.size() - 2] = 6;
  const ProfileDecode d = decode_profile(wrap_payload(payload));
  CHECK_FALSE(d.ok());
  CHECK(d.error.find("breathing tone choice is 3") != std::string::npos);
}

TEST_CASE("damaged headers are refused with a clear message") {
  const std::string good = encode_profile(test::small_learner());
  CHECK(decode_profile("").error == "the file is empty");
  CHECK(decode_profile("{\"name\":\"x\"}").error == "not a Warmline progress file");
  CHECK(decode_profile(good.substr(0, 12)).error == "the file is cut short inside its header");
  std::string newer = good;
  newer[8] = 2;
  CHECK(decode_profile(newer).error == "saved by a newer Warmline (format 2); update Warmline to open it");
  std::string zero = good;
  zero[8] = 0;
  CHECK(decode_profile(zero).error == "unknown save format 0");
  CHECK(decode_profile(good + "x").error == "damaged: 1 unexpected bytes after the progress");
  const std::size_t size = good.size() - kSaveHeaderBytes;
  CHECK(decode_profile(good.substr(0, good.size() - 5)).error ==
        "the file is cut short: " + std::to_string(size - 5) + " of " + std::to_string(size) + " bytes");
  std::string huge = good;
  for (int i = 12; i < 16; ++i) huge[std::size_t(i)] = '\xff';
  CHECK(decode_profile(huge).error == "damaged: the header claims 4294967295 bytes, more than any save holds");
}

TEST_CASE("every truncation and every single flipped bit is caught") {
  const std::string good = encode_profile(test::small_learner());
  int accepted = 0;
  for (std::size_t n = 0; n < good.size(); ++n) {
    if (decode_profile(good.substr(0, n)).ok()) ++accepted;
  }
  CHECK(accepted == 0);
  for (std::size_t i = 0; i < good.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string bad = good;
      bad[i] = static_cast<char>(bad[i] ^ (1 << bit));
      if (decode_profile(bad).ok()) ++accepted;
    }
  }
  CHECK(accepted == 0);
}

TEST_CASE("a forged list length of 2^60 inside a valid checksum is an error, not an allocation") {
  std::string payload;
  {
    saved::Out ar(payload);
    ar(std::uint32_t{2});  // LearnerProgress class version
    std::string name = "Mallory";
    saved::text(ar, name, "name");
    int day = kToday;
    saved::day(ar, day);
    saved::varint(ar, std::uint64_t{1} << 60);  // lessons read
  }
  const ProfileDecode d = decode_profile(wrap_payload(payload));
  CHECK(d.error == "damaged: a stored list of lessons read claims 1152921504606846976 entries, more than the limit of 20000");
  CHECK(d.progress == LearnerProgress{});
}

TEST_CASE("a payload from a newer build is refused by name, not misread") {
  std::string payload = payload_of(encode_profile(test::small_learner()));
  REQUIRE(payload.substr(1, 4) == std::string("\x04\0\0\0", 4));  // LearnerProgress version
  payload[1] = 5;
  CHECK(decode_profile(wrap_payload(payload)).error ==
        "saved by a newer Warmline (progress version 5); update Warmline to open it");
  payload[1] = 0;
  CHECK(decode_profile(wrap_payload(payload)).error == "damaged: the progress has the unknown version 0");
}

TEST_CASE("out-of-range values inside a valid checksum are refused") {
  LearnerProgress p;
  p.review = {{"q", 3, kToday}};
  const std::string payload = payload_of(encode_profile(p));
  // The payload ends: review box (zigzag 3 = 6), due day (4 bytes), two zero
  // mini-game counts, then a zero best streak, no calm check-ins, tone 0 and
  // no missed questions.
  REQUIRE(payload[payload.size() - 11] == 6);
  std::string bad = payload;
  bad[bad.size() - 11] = 18;  // box 9
  CHECK(decode_profile(wrap_payload(bad)).error == "damaged: a stored review box is 9");
  bad[bad.size() - 11] = 0;  // box 0
  CHECK(decode_profile(wrap_payload(bad)).error == "damaged: a stored review box is 0");
  // A varint that never ends.
  std::string endless = payload.substr(0, payload.size() - 2) + std::string(12, '\xff');
  CHECK(decode_profile(wrap_payload(endless)).error == "damaged: a stored number runs past 64 bits");
  // Big-endian cereal data is not what Warmline writes.
  bad = payload;
  bad[0] = 0;
  CHECK(decode_profile(wrap_payload(bad)).error == "damaged: the progress is not in little-endian form");
}

TEST_CASE("random garbage behind a valid checksum never crashes the decoder") {
  const std::string payload = payload_of(encode_profile(test::full_course_learner()));
  std::uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  int accepted = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string bad = payload;
    const int flips = 1 + static_cast<int>(next() % 4);
    for (int f = 0; f < flips; ++f) bad[next() % bad.size()] = static_cast<char>(next() >> 24);
    if (next() % 4 == 0) bad.resize(next() % bad.size());
    const ProfileDecode d = decode_profile(wrap_payload(bad));
    if (d.ok()) ++accepted;
    else CHECK((d.error.rfind("damaged: ", 0) == 0 || d.error.rfind("saved by a newer Warmline (", 0) == 0));
  }
  MESSAGE(accepted << " of 3000 mutated payloads still decoded (a changed letter in an id is valid data)");
  CHECK(accepted < 3000);
}

TEST_CASE("progress beyond the format's limits is refused when saving, never written unreadable") {
  LearnerProgress p;
  p.lessons_read.insert(std::string(2000, 'x'));
  CHECK_THROWS_AS(encode_profile(p), saved::Unsavable);
  LearnerProgress q;
  q.quizzes["m"].best_percent = 101;
  CHECK_THROWS_WITH_AS(encode_profile(q), "cannot save: best score is 101", saved::Unsavable);
}
