#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "content/diagnostic.h"
#include "core/games/rephrase_scorer.h"

namespace warmline {

// A marker list is small; anything bigger is a wrong file.
inline constexpr std::size_t kMarkerFileBytes = 64 * 1024;

// Reads a pack's rephrase-markers.txt: the phrases and weights the Write
// round scores with. The format is described at the top of
// content/default/rephrase-markers.txt. Entries left out keep the
// RephraseMarkers defaults; every problem is reported at its file:line:col
// and the bad line is skipped, so one typo costs one marker, not the list.
RephraseMarkers parse_markers(const std::string& file, std::string_view text, Diagnostics& out);

}  // namespace warmline
