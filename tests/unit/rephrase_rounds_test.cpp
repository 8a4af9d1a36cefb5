#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/games/pick_round.h"
#include "core/games/tile_round.h"

using namespace warmline;

namespace {

RephraseItem dept_item() {
  RephraseItem it;
  it.id = "rp-not-my-dept";
  it.negative = "That's not my department.";
  it.options = {{"That's for another team, sorry.", false, "", 0},
                {"I'll walk you over to the person who handles this.", true, "", 0},
                {"You'll need to ask someone else.", false, "", 0}};
  it.tiles = {"I'll", "walk you over", "to the person", "who handles this."};
  return it;
}

// Displayed position of the author's tile `author`.
std::size_t shown(const TileRound& r, std::size_t author) {
  const auto& o = r.order();
  return static_cast<std::size_t>(std::find(o.begin(), o.end(), author) - o.begin());
}

void place_in(TileRound& r, std::initializer_list<std::size_t> authors) {
  for (std::size_t a : authors) REQUIRE(r.place(shown(r, a)));
}

}  // namespace

TEST_CASE("tiles are shuffled by the seed alone and never shown in the answer's order") {
  const RephraseItem it = dept_item();
  CHECK(TileRound(it, 7).order() == TileRound(it, 7).order());
  bool differs = false;
  for (std::uint64_t seed = 0; seed < 64; ++seed) {
    const TileRound r(it, seed);
    std::vector<std::size_t> sorted = r.order();
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(r.order() != sorted);
    differs = differs || r.order() != TileRound(it, 7).order();
  }
  CHECK(differs);
  const TileRound r(it, 3);
  CHECK(r.tile(0) == it.tiles[r.order()[0]]);
  CHECK(r.tile(4).empty());
}

TEST_CASE("placing the tiles in order builds the correct line") {
  const RephraseItem it = dept_item();
  TileRound r(it, 11);
  CHECK_FALSE(r.complete());
  CHECK(r.assembled().empty());
  place_in(r, {0, 1});
  CHECK(r.assembled() == "I'll walk you over");
  CHECK_FALSE(r.complete());
  CHECK_FALSE(r.correct());
  place_in(r, {2, 3});
  CHECK(r.complete());
  CHECK(r.assembled() == "I'll walk you over to the person who handles this.");
  CHECK(r.correct());
}

TEST_CASE("a complete line in the wrong order is not correct") {
  const RephraseItem it = dept_item();
  TileRound r(it, 11);
  place_in(r, {1, 0, 2, 3});
  CHECK(r.complete());
  CHECK(r.assembled() == "walk you over I'll to the person who handles this.");
  CHECK_FALSE(r.correct());
}

TEST_CASE("out of range and repeated tiles are refused without changing anything") {
  const RephraseItem it = dept_item();
  TileRound r(it, 5);
  CHECK_FALSE(r.place(4));
  CHECK_FALSE(r.place(static_cast<std::size_t>(-1)));
  CHECK(r.placed().empty());
  CHECK(r.place(2));
  CHECK(r.is_placed(2));
  CHECK_FALSE(r.place(2));
  CHECK(r.placed() == std::vector<std::size_t>{2});
  CHECK_FALSE(r.is_placed(9));
}

TEST_CASE("removing the last tile and clearing give the tiles back") {
  const RephraseItem it = dept_item();
  TileRound r(it, 5);
  CHECK_FALSE(r.remove_last());
  CHECK_FALSE(r.clear());
  place_in(r, {0, 1, 2});
  CHECK(r.remove_last());
  CHECK(r.assembled() == "I'll walk you over");
  CHECK_FALSE(r.is_placed(shown(r, 2)));
  CHECK(r.place(shown(r, 2)));  // a removed tile can be placed again
  CHECK(r.clear());
  CHECK(r.placed().empty());
  CHECK_FALSE(r.is_placed(shown(r, 0)));
  place_in(r, {0, 1, 2, 3});
  CHECK(r.correct());
}

TEST_CASE("a dragged tile lands where it is dropped, and any placed tile can be taken back") {
  const RephraseItem it = dept_item();
  TileRound r(it, 5);
  REQUIRE(r.place(shown(r, 3)));
  REQUIRE(r.place(shown(r, 0), 0));  // dropped in front of the line
  CHECK(r.assembled() == "I'll who handles this.");
  REQUIRE(r.place(shown(r, 2), 1));  // between the two
  CHECK(r.assembled() == "I'll to the person who handles this.");
  CHECK(r.unplace(shown(r, 2)));  // from the middle
  CHECK(r.assembled() == "I'll who handles this.");
  CHECK_FALSE(r.is_placed(shown(r, 2)));
  CHECK_FALSE(r.unplace(shown(r, 2)));  // not in the line any more
  CHECK_FALSE(r.unplace(9));
  CHECK_FALSE(r.place(shown(r, 0), 0));  // already placed
  REQUIRE(r.place(shown(r, 1), 1));
  REQUIRE(r.place(shown(r, 2), 99));  // past the end: appended
  CHECK(r.assembled() == "I'll walk you over who handles this. to the person");
  CHECK_FALSE(r.correct());
  CHECK(r.unplace(shown(r, 3)));
  REQUIRE(r.place(shown(r, 3), 4));
  CHECK(r.correct());
}

TEST_CASE("moving a tile within the line counts positions in the line as it is") {
  const RephraseItem it = dept_item();
  TileRound r(it, 5);
  place_in(r, {0, 1, 2});
  CHECK(r.move(shown(r, 0), 3));  // the first to the end
  CHECK(r.assembled() == "walk you over to the person I'll");
  CHECK(r.move(shown(r, 0), 0));  // and back to the front
  CHECK(r.assembled() == "I'll walk you over to the person");
  CHECK(r.move(shown(r, 2), 1));  // the last before the second
  CHECK(r.assembled() == "I'll to the person walk you over");
  CHECK(r.move(shown(r, 3), 99));  // not in the line yet: placed at the end
  CHECK(r.assembled() == "I'll to the person walk you over who handles this.");
  CHECK_FALSE(r.move(9, 0));
}

TEST_CASE("tiles with the same text may swap places, and spacing in the option does not matter") {
  RephraseItem it;
  it.options = {{"Yes,  yes and yes ", true, "", 0}, {"No.", false, "", 0}};
  it.tiles = {"Yes,", "yes", "and", "yes"};
  TileRound r(it, 2);
  place_in(r, {0, 3, 2, 1});
  CHECK(r.correct());
  r.clear();
  place_in(r, {0, 2, 1, 3});
  CHECK(r.complete());
  CHECK_FALSE(r.correct());
}

TEST_CASE("an item without a correct option or without tiles is never correct") {
  RephraseItem it = dept_item();
  for (Option& o : it.options) o.correct = false;
  TileRound r(it, 1);
  place_in(r, {0, 1, 2, 3});
  CHECK(r.complete());
  CHECK_FALSE(r.correct());
  RephraseItem empty;
  TileRound e(empty, 1);
  CHECK(e.tile_count() == 0);
  CHECK_FALSE(e.complete());
  CHECK_FALSE(e.correct());
}

namespace {

// The example of content/README.md: the tiles and one other order that counts.
RephraseItem manager_item() {
  RephraseItem it;
  it.options = {{"I'll check with my manager and call you back today.", true, "", 0},
                {"No idea, sorry.", false, "", 0},
                {"Ask someone else.", false, "", 0}};
  it.tiles = {"I'll check", "with my manager", "and call you back", "today."};
  it.accepted = {AcceptedOrder{{"I'll check", "today.", "with my manager", "and call you back"}, 0, 1}};
  return it;
}

std::string shown_line(const TileRound& r) {
  std::string out;
  for (std::size_t d = 0; d < r.tile_count(); ++d) out += (out.empty() ? "" : " ") + r.tile(d);
  return out;
}

}  // namespace

TEST_CASE("an order the item lists as accepted counts, an order it does not list does not") {
  RephraseItem it = manager_item();
  it.options[0].text = "I'll check with my manager and call you back today";
  it.tiles.back() = "today";
  it.accepted[0].tiles = {"I'll check", "today", "with my manager", "and call you back"};
  TileRound r(it, 4);
  place_in(r, {0, 3, 1, 2});
  CHECK(r.assembled() == "I'll check today with my manager and call you back");
  CHECK(r.correct());
  r.clear();
  place_in(r, {0, 1, 2, 3});  // the author's order still counts
  CHECK(r.correct());
  r.clear();
  place_in(r, {3, 0, 1, 2});  // reads well, but no 'accept' line lists it
  CHECK(r.complete());
  CHECK_FALSE(r.correct());
  r.clear();
  place_in(r, {0, 3, 1});  // an accepted order needs every tile too
  CHECK_FALSE(r.correct());

  // Without the 'accept' line the same tiles are wrong.
  RephraseItem plain = it;
  plain.accepted.clear();
  TileRound p(plain, 4);
  place_in(p, {0, 3, 1, 2});
  CHECK(p.complete());
  CHECK_FALSE(p.correct());
}

TEST_CASE("accepted orders are compared as text: spacing does not matter, several orders may count") {
  RephraseItem it = manager_item();
  it.accepted[0].tiles[1] = "today. ";
  it.accepted.push_back(AcceptedOrder{{"with my manager", "I'll check", "and call you back", "today."}, 0, 1});
  TileRound r(it, 9);
  place_in(r, {0, 3, 1, 2});
  CHECK(r.correct());
  r.clear();
  place_in(r, {1, 0, 2, 3});
  CHECK(r.correct());
  r.clear();
  place_in(r, {1, 0, 3, 2});
  CHECK_FALSE(r.correct());
}

TEST_CASE("the shuffle never shows the tiles in an accepted order") {
  const RephraseItem it = manager_item();
  const std::string accepted = "I'll check today. with my manager and call you back";
  RephraseItem plain = it;
  plain.accepted.clear();
  std::size_t plain_shows_it = 0;
  for (std::uint64_t seed = 0; seed < 400; ++seed) {
    const TileRound r(it, seed);
    CAPTURE(seed);
    CHECK(shown_line(r) != accepted);
    CHECK(r.order() != std::vector<std::size_t>{0, 1, 2, 3});
    std::vector<std::size_t> sorted = r.order();
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == std::vector<std::size_t>{0, 1, 2, 3});
    // Without the accepted order the seeds shuffle as before.
    const TileRound p(plain, seed);
    if (shown_line(p) == accepted) {
      ++plain_shows_it;
    } else {
      CHECK(r.order() == p.order());
    }
  }
  CHECK(plain_shows_it > 0);  // so the loop above did meet the case
}

TEST_CASE("collapse_whitespace trims and joins runs of spaces") {
  CHECK(collapse_whitespace("  a \t b\n\nc  ") == "a b c");
  CHECK(collapse_whitespace("").empty());
  CHECK(collapse_whitespace("one") == "one");
}

TEST_CASE("pick options are shuffled by the seed and the right one is tracked") {
  const RephraseItem it = dept_item();
  const PickRound a(it, 9, 0.0);
  CHECK(a.order() == PickRound(it, 9, 5.0).order());
  CHECK(a.option_count() == 3);
  CHECK(a.option(3) == nullptr);
  bool moved = false;
  for (std::uint64_t seed = 0; seed < 32; ++seed) {
    const PickRound r(it, seed, 0.0);
    CHECK(r.option(0) == &it.options[r.order()[0]]);
    moved = moved || r.order()[0] != a.order()[0];
    PickRound p(it, seed, 0.0);
    REQUIRE(p.answer(0, 1.0));
    CHECK(p.option(p.outcome()->correct_option)->correct);
  }
  CHECK(moved);
  CHECK(a.limit() == 20.0);
}

TEST_CASE("a right pick scores like a quiz answer, a wrong one scores nothing") {
  const RephraseItem it = dept_item();
  PickRound r(it, 4, 100.0);
  std::size_t right = 0;
  while (!r.option(right)->correct) ++right;
  CHECK(r.outcome() == nullptr);
  REQUIRE(r.answer(right, 110.0));  // half the time gone
  CHECK(r.settled());
  CHECK(r.outcome()->correct);
  CHECK_FALSE(r.outcome()->timed_out);
  CHECK(r.outcome()->points == 750);
  CHECK(r.outcome()->seconds == 10.0);
  CHECK(r.outcome()->chosen == right);
  CHECK(r.remaining(500.0) == 10.0);  // frozen where the answer stopped it
  CHECK_FALSE(r.answer(right, 111.0));
  CHECK_FALSE(r.tick(200.0));

  PickRound fast(it, 4, 0.0);
  REQUIRE(fast.answer(right, 0.0));
  CHECK(fast.outcome()->points == 1000);

  PickRound wrong(it, 4, 0.0);
  REQUIRE(wrong.answer((right + 1) % 3, 2.0));
  CHECK_FALSE(wrong.outcome()->correct);
  CHECK(wrong.outcome()->points == 0);
  CHECK(wrong.outcome()->correct_option == right);
}

TEST_CASE("an out of range pick changes nothing") {
  const RephraseItem it = dept_item();
  PickRound r(it, 4, 0.0);
  CHECK_FALSE(r.answer(3, 1.0));
  CHECK_FALSE(r.settled());
  CHECK(r.answer(0, 1.0));
}

TEST_CASE("the pick times out at the limit, and a late answer is not taken") {
  const RephraseItem it = dept_item();
  PickRound r(it, 4, 10.0, 8.0);
  CHECK(r.limit() == 8.0);
  CHECK_FALSE(r.tick(17.9));
  CHECK(r.remaining(14.0) == 4.0);
  CHECK(r.fraction_left(14.0) == 0.5);
  CHECK(r.tick(18.0));
  CHECK(r.outcome()->timed_out);
  CHECK_FALSE(r.outcome()->correct);
  CHECK(r.outcome()->points == 0);
  CHECK(r.outcome()->seconds == 8.0);
  CHECK_FALSE(r.tick(19.0));
  CHECK(r.remaining(19.0) == 0.0);

  PickRound late(it, 4, 0.0);
  std::size_t right = 0;
  while (!late.option(right)->correct) ++right;
  CHECK_FALSE(late.answer(right, 20.0));
  CHECK(late.outcome()->timed_out);
  CHECK(late.outcome()->points == 0);

  PickRound bad_limit(it, 4, 0.0, -3.0);
  CHECK(bad_limit.limit() == PickRound::kDefaultSeconds);
}
