#include "core/games/rephrase_plan.h"

#include <doctest/doctest.h>

#include <set>

using namespace warmline;

namespace {
std::vector<RephraseItem> items(int n, bool tiles) {
  std::vector<RephraseItem> out(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    out[static_cast<std::size_t>(i)].id = "rp-" + std::to_string(i);
    if (tiles) out[static_cast<std::size_t>(i)].tiles = {"I'll", "help"};
  }
  return out;
}
std::vector<const RephraseItem*> pointers(const std::vector<RephraseItem>& v) {
  std::vector<const RephraseItem*> out;
  for (const RephraseItem& i : v) out.push_back(&i);
  return out;
}
}  // namespace

TEST_CASE("a sitting draws distinct items and cycles pick, build, write") {
  const auto bank = items(10, true);
  const auto rounds = plan_rephrase_rounds(pointers(bank), 5, 42, true);
  REQUIRE(rounds.size() == 5);
  std::set<std::string> ids;
  for (const PlannedRound& r : rounds) ids.insert(r.item->id);
  CHECK(ids.size() == 5);
  CHECK(rounds[0].type == RephraseRoundType::Pick);
  CHECK(rounds[1].type == RephraseRoundType::Build);
  CHECK(rounds[2].type == RephraseRoundType::Write);
  CHECK(rounds[3].type == RephraseRoundType::Pick);
}

TEST_CASE("the same seed plans the same sitting, another seed a different one") {
  const auto bank = items(20, true);
  const auto a = plan_rephrase_rounds(pointers(bank), 5, 7, true);
  const auto b = plan_rephrase_rounds(pointers(bank), 5, 7, true);
  const auto c = plan_rephrase_rounds(pointers(bank), 5, 8, true);
  bool same = true, differs = false;
  for (std::size_t i = 0; i < 5; ++i) {
    same = same && a[i].item == b[i].item;
    differs = differs || a[i].item != c[i].item;
  }
  CHECK(same);
  CHECK(differs);
}

TEST_CASE("no tiles means no build round, no markers means no write round, a small bank gives fewer rounds") {
  const auto bank = items(2, false);
  const auto rounds = plan_rephrase_rounds(pointers(bank), 5, 1, false);
  REQUIRE(rounds.size() == 2);
  CHECK(rounds[0].type == RephraseRoundType::Pick);
  CHECK(rounds[1].type == RephraseRoundType::Pick);
  CHECK(plan_rephrase_rounds({}, 5, 1, true).empty());
}
