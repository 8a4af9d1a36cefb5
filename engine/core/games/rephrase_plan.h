#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/course/course.h"

namespace warmline {

enum class RephraseRoundType : std::uint8_t { Pick, Build, Write };

struct PlannedRound {
  const RephraseItem* item = nullptr;
  RephraseRoundType type = RephraseRoundType::Pick;
};

// One sitting of the rephrasing game: `count` different items drawn by
// `seed`, their round types cycling Pick, Build, Write so every sitting
// practises recognising, assembling and writing a better line. Items without
// tiles never get a Build round; without markers (`can_write` false) there
// are no Write rounds.
std::vector<PlannedRound> plan_rephrase_rounds(const std::vector<const RephraseItem*>& items, std::size_t count,
                                               std::uint64_t seed, bool can_write);

}  // namespace warmline
