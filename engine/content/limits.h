#pragma once
#include <cstddef>

// The caps in content/README.md "Limits". They keep a hostile or broken pack
// from costing unbounded memory or time, in the text parser and in the
// compiled-pack reader alike; the README lists every one of them.
namespace warmline::limits {

inline constexpr std::size_t kModuleFiles = 200;
inline constexpr std::size_t kFileBytes = 1024 * 1024;
inline constexpr std::size_t kManifestBytes = 64 * 1024;
inline constexpr std::size_t kLineChars = 2000;
inline constexpr std::size_t kQuestionsPerModule = 300;
inline constexpr std::size_t kRephraseItemsPerPack = 400;
inline constexpr std::size_t kOptionsPerQuestion = 8;

inline constexpr std::size_t kLessonsPerModule = 60;
inline constexpr std::size_t kBlocksPerLesson = 40;
inline constexpr std::size_t kTextBlocksPerBlock = 200;
inline constexpr std::size_t kRunsPerTextBlock = 200;
inline constexpr std::size_t kBreathingPerModule = 20;
inline constexpr std::size_t kPhasesPerPattern = 12;
inline constexpr std::size_t kTagsPerQuestion = 12;
inline constexpr std::size_t kTagChars = 32;
inline constexpr std::size_t kIdChars = 48;
inline constexpr std::size_t kTilesPerItem = 8;
inline constexpr std::size_t kAcceptedOrdersPerItem = 8;  // `accept:` lines of one rephrasing item
inline constexpr std::size_t kBulletDepth = 2;  // levels: a bullet and its sub-bullets

// Text caps, in characters: a title fits a heading line, a field is one
// line of prose, a paragraph may be joined from several lines.
inline constexpr std::size_t kTitleChars = 200;
inline constexpr std::size_t kFieldChars = 1000;
inline constexpr std::size_t kParagraphChars = 4000;
inline constexpr std::size_t kDiagnosticsPerFile = 100;

inline constexpr int kMinSeconds = 5;
inline constexpr int kMaxSeconds = 600;
inline constexpr int kMaxBreathSeconds = 20;
inline constexpr int kMaxCycles = 20;

// The largest .wlpack a reader accepts: as much as the largest text pack.
// Compiling adds a few bytes per string (the default pack grows ~11%), so
// `warmline-pack build` refuses to write a pack over this cap rather than
// produce a file the engine would reject.
inline constexpr std::size_t kCompiledPackBytes = kModuleFiles * kFileBytes + kManifestBytes;

}  // namespace warmline::limits
