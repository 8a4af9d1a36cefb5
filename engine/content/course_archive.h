#pragma once
// cereal serialization of the course model (core/course/course.h) for
// compiled packs. It lives in the content layer so core never sees cereal.
//
// Only the byte archives (serial/byte_archive.h, in PortableBinary's format)
// are supported, and on purpose none of cereal's std::string / std::vector
// support is used: a compiled pack is
// untrusted input, so every string and list goes through the checked helpers
// below, which refuse a stored size above its limit (content/limits.h)
// before allocating anything and never grow a list faster than its elements
// are actually read. Enums and bools are stored as one byte and
// range-checked on load; ints are stored as 32-bit two's complement.
// Everything is little-endian, so the bytes do not depend on the machine.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include <cereal/cereal.hpp>

#include "content/limits.h"
#include "core/course/course.h"
#include "serial/byte_archive.h"

namespace warmline::archive {

using Out = serial::ByteOutputArchive;
using In = serial::ByteInputArchive;

// Thrown when the bytes parse but describe something no valid pack can hold.
struct Damaged : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The longest string a pack can hold: no text is longer than its source file.
inline constexpr std::size_t kStringBytes = limits::kFileBytes;

inline void check_size(std::uint64_t n, std::size_t max, const char* what) {
  if (n > max) {
    throw Damaged("a stored list of " + std::string(what) + " claims " + std::to_string(n) +
                  " entries, more than the limit of " + std::to_string(max));
  }
}

inline void text(Out& ar, std::string& s) {
  ar(cereal::make_size_tag(static_cast<cereal::size_type>(s.size())));
  ar(cereal::binary_data(s.data(), s.size()));
}
inline void text(In& ar, std::string& s) {
  cereal::size_type n = 0;
  ar(cereal::make_size_tag(n));
  if (n > kStringBytes) {
    throw Damaged("a stored text claims " + std::to_string(n) + " bytes, more than the limit of " +
                  std::to_string(kStringBytes));
  }
  s.resize(static_cast<std::size_t>(n));
  ar(cereal::binary_data(s.data(), s.size()));
}

inline void flag(Out& ar, bool& b) { ar(static_cast<std::uint8_t>(b ? 1 : 0)); }
inline void flag(In& ar, bool& b) {
  std::uint8_t v = 0;
  ar(v);
  if (v > 1) throw Damaged("a stored yes/no value is " + std::to_string(v) + ", not 0 or 1");
  b = v == 1;
}

inline void number(Out& ar, int& i) { ar(static_cast<std::int32_t>(i)); }
inline void number(In& ar, int& i) {
  std::int32_t v = 0;
  ar(v);
  i = v;
}
inline void number(Out& ar, std::uint32_t& u) { ar(u); }
inline void number(In& ar, std::uint32_t& u) { ar(u); }

// `last` is the enum's highest value; the enums are dense from 0.
template <class E>
void choice(Out& ar, E& e, E /*last*/, const char* /*what*/) {
  ar(static_cast<std::uint8_t>(e));
}
template <class E>
void choice(In& ar, E& e, E last, const char* what) {
  std::uint8_t v = 0;
  ar(v);
  if (v > static_cast<std::uint8_t>(last)) {
    throw Damaged("a stored " + std::string(what) + " has the unknown value " + std::to_string(v));
  }
  e = static_cast<E>(v);
}

template <class T>
void list(Out& ar, std::vector<T>& v, std::size_t /*max*/, const char* /*what*/) {
  ar(cereal::make_size_tag(static_cast<cereal::size_type>(v.size())));
  for (T& item : v) ar(item);
}
template <class T>
void list(In& ar, std::vector<T>& v, std::size_t max, const char* what) {
  cereal::size_type n = 0;
  ar(cereal::make_size_tag(n));
  check_size(n, max, what);
  v.clear();
  v.reserve(static_cast<std::size_t>(n));  // at most `max`
  for (cereal::size_type i = 0; i < n; ++i) {
    v.emplace_back();
    ar(v.back());
  }
}

// Lists of plain strings (tags, tiles), with a limit on each string too.
inline void text_list(Out& ar, std::vector<std::string>& v, std::size_t, const char*) {
  ar(cereal::make_size_tag(static_cast<cereal::size_type>(v.size())));
  for (std::string& s : v) text(ar, s);
}
inline void text_list(In& ar, std::vector<std::string>& v, std::size_t max, const char* what) {
  cereal::size_type n = 0;
  ar(cereal::make_size_tag(n));
  check_size(n, max, what);
  v.clear();
  v.reserve(static_cast<std::size_t>(n));
  for (cereal::size_type i = 0; i < n; ++i) {
    v.emplace_back();
    text(ar, v.back());
  }
}

}  // namespace warmline::archive

namespace warmline {

// One serialize function per model type, found by cereal through ADL. The
// field order is the file format: changing it means a new kCompiledPackFormat.

template <class Archive>
void serialize(Archive& ar, TextRun& r) {
  archive::text(ar, r.text);
  archive::flag(ar, r.bold);
  archive::flag(ar, r.italic);
}

template <class Archive>
void serialize(Archive& ar, TextBlock& b) {
  archive::choice(ar, b.kind, TextBlockKind::Bullet, "text block kind");
  ar(b.depth);  // any byte value is safe here: the validator checks the nesting
  archive::list(ar, b.runs, limits::kRunsPerTextBlock, "text runs");
}

template <class Archive>
void serialize(Archive& ar, LessonBlock& b) {
  archive::choice(ar, b.kind, LessonBlockKind::Takeaways, "lesson block kind");
  archive::text(ar, b.title);
  archive::list(ar, b.body, limits::kTextBlocksPerBlock, "paragraphs");
  archive::text(ar, b.say);
  archive::text(ar, b.say_not);
  archive::text(ar, b.why);
  archive::number(ar, b.line);
}

template <class Archive>
void serialize(Archive& ar, Lesson& l) {
  archive::text(ar, l.id);
  archive::text(ar, l.title);
  archive::list(ar, l.blocks, limits::kBlocksPerLesson, "lesson blocks");
  archive::number(ar, l.line);
}

template <class Archive>
void serialize(Archive& ar, Option& o) {
  archive::text(ar, o.text);
  archive::flag(ar, o.correct);
  archive::text(ar, o.feedback);
  archive::number(ar, o.line);
}

template <class Archive>
void serialize(Archive& ar, Question& q) {
  archive::text(ar, q.id);
  archive::choice(ar, q.type, QuestionType::Gap, "question type");
  archive::text(ar, q.prompt);
  archive::list(ar, q.options, limits::kOptionsPerQuestion, "options");
  archive::flag(ar, q.answer);
  archive::text(ar, q.customer);
  archive::text(ar, q.explain);
  archive::text(ar, q.review);
  archive::number(ar, q.seconds);
  archive::choice(ar, q.difficulty, Difficulty::Hard, "difficulty");
  archive::text_list(ar, q.tags, limits::kTagsPerQuestion, "tags");
  archive::number(ar, q.line);
}

template <class Archive>
void serialize(Archive& ar, Quiz& q) {
  archive::text(ar, q.id);
  archive::text(ar, q.title);
  archive::number(ar, q.seconds_per_question);
  archive::number(ar, q.pass_mark);
  archive::list(ar, q.questions, limits::kQuestionsPerModule, "questions");
  archive::number(ar, q.line);
}

template <class Archive>
void serialize(Archive& ar, BreathPhase& p) {
  archive::choice(ar, p.kind, BreathPhaseKind::Exhale, "breathing phase");
  archive::number(ar, p.seconds);
}

template <class Archive>
void serialize(Archive& ar, BreathingPattern& b) {
  archive::text(ar, b.id);
  archive::text(ar, b.title);
  archive::list(ar, b.phases, limits::kPhasesPerPattern, "breathing phases");
  archive::number(ar, b.cycles);
  archive::text(ar, b.about);
  archive::number(ar, b.line);
}

template <class Archive>
void serialize(Archive& ar, AcceptedOrder& a) {
  archive::text_list(ar, a.tiles, limits::kTilesPerItem, "tiles");
  archive::number(ar, a.line);
  archive::number(ar, a.col);
}

template <class Archive>
void serialize(Archive& ar, RephraseItem& r) {
  archive::text(ar, r.id);
  archive::text(ar, r.negative);
  archive::choice(ar, r.context, Channel::Chat, "channel");
  archive::list(ar, r.options, limits::kOptionsPerQuestion, "options");
  archive::text_list(ar, r.tiles, limits::kTilesPerItem, "tiles");
  archive::list(ar, r.accepted, limits::kAcceptedOrdersPerItem, "accepted tile orders");  // since format 2
  archive::text(ar, r.why);
  archive::number(ar, r.line);
}

template <class Archive>
void serialize(Archive& ar, Module& m) {
  archive::text(ar, m.id);
  archive::text(ar, m.title);
  archive::text(ar, m.summary);
  archive::text(ar, m.source_file);
  archive::list(ar, m.lessons, limits::kLessonsPerModule, "lessons");
  ar(m.quiz);
  archive::list(ar, m.breathing, limits::kBreathingPerModule, "breathing patterns");
  archive::list(ar, m.rephrase, limits::kRephraseItemsPerPack, "rephrasing items");
  archive::number(ar, m.line);
}

template <class Archive>
void serialize(Archive& ar, Version& v) {
  archive::number(ar, v.major);
  archive::number(ar, v.minor);
  archive::number(ar, v.patch);
}

template <class Archive>
void serialize(Archive& ar, PackInfo& p) {
  archive::text(ar, p.id);
  archive::text(ar, p.title);
  ar(p.version);
  archive::text(ar, p.language);
  archive::text(ar, p.author);
  ar(p.min_engine);
  archive::number(ar, p.quiz_seconds);
  archive::number(ar, p.pass_mark);
  archive::text(ar, p.source_file);
}

// A marker list fits in 64 KiB of text, so no list in it can be longer.
inline constexpr std::size_t kMarkerEntries = 4096;

template <class Archive>
void serialize(Archive& ar, MarkerPhrase& m) {
  archive::text(ar, m.phrase);
  archive::number(ar, m.weight);
  archive::text(ar, m.note);
  archive::number(ar, m.line);
}

template <class Archive>
void serialize(Archive& ar, RephraseMarkers& m) {
  archive::list(ar, m.negative, kMarkerEntries, "negative markers");
  archive::list(ar, m.positive, kMarkerEntries, "positive markers");
  archive::list(ar, m.empathy, kMarkerEntries, "empathy markers");
  for (int* n : {&m.base, &m.min_words, &m.max_words, &m.too_short, &m.too_long, &m.no_positive, &m.topic_per_word,
                 &m.topic_max, &m.topic_min_letters}) {
    archive::number(ar, *n);
  }
  archive::text_list(ar, m.common, kMarkerEntries, "common words");
}

template <class Archive>
void serialize(Archive& ar, Course& c) {
  ar(c.info);
  archive::list(ar, c.modules, limits::kModuleFiles, "modules");
  bool has_markers = c.markers.has_value();
  archive::flag(ar, has_markers);
  if (has_markers) {
    if (!c.markers) c.markers.emplace();
    ar(*c.markers);
  }
}

}  // namespace warmline
