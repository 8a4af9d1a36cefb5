#include "core/games/rephrase_plan.h"

#include "core/quiz/seeded_random.h"

namespace warmline {

std::vector<PlannedRound> plan_rephrase_rounds(const std::vector<const RephraseItem*>& items, std::size_t count,
                                               std::uint64_t seed, bool can_write) {
  std::vector<const RephraseItem*> pool;
  for (const RephraseItem* item : items)
    if (item) pool.push_back(item);
  SeededRandom rng(seed);
  rng.shuffle(pool);
  if (pool.size() > count) pool.resize(count);
  const std::vector<RephraseRoundType> cycle =
      can_write ? std::vector<RephraseRoundType>{RephraseRoundType::Pick, RephraseRoundType::Build, RephraseRoundType::Write}
                : std::vector<RephraseRoundType>{RephraseRoundType::Pick, RephraseRoundType::Build};
  std::vector<PlannedRound> rounds;
  for (std::size_t i = 0; i < pool.size(); ++i) {
    RephraseRoundType type = cycle[i % cycle.size()];
    if (type == RephraseRoundType::Build && pool[i]->tiles.empty()) type = RephraseRoundType::Pick;
    rounds.push_back(PlannedRound{pool[i], type});
  }
  return rounds;
}

}  // namespace warmline
