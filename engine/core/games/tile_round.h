#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/course/course.h"

namespace warmline {

// The Build round of the rephrasing game: the learner rebuilds the better
// line from shuffled tiles, one tile at a time. The author's order counts,
// and so does every other order the pack lists as accepted (the item's
// `accepted`, from `accept:` lines). Tiles are addressed by their
// displayed position. Calls that make no sense (a tile out of range or
// already placed, removing from an empty line) return false and change
// nothing, so the UI can pass taps straight through.
class TileRound {
 public:
  // `item` must outlive the round. The shuffle comes from `seed` alone and
  // never shows the tiles in the author's order or in an accepted order
  // (unless every turn of the shuffle would).
  TileRound(const RephraseItem& item, std::uint64_t seed);
  TileRound(RephraseItem&&, std::uint64_t) = delete;

  const RephraseItem& item() const { return *item_; }
  std::size_t tile_count() const { return order_.size(); }
  const std::string& tile(std::size_t displayed) const;  // "" when out of range
  // Displayed position -> the author's tile index.
  const std::vector<std::size_t>& order() const { return order_; }

  bool place(std::size_t displayed);
  // Drops a tile into the line before the `before`-th placed tile, or at
  // its end when `before` is past it (dragging puts a tile anywhere).
  bool place(std::size_t displayed, std::size_t before);
  // place(), or for a tile already in the line, moves it there: `before`
  // counts the line as it is now, tile included.
  bool move(std::size_t displayed, std::size_t before);
  // Takes one placed tile back out of the line, wherever it sits.
  bool unplace(std::size_t displayed);
  bool remove_last();
  bool clear();

  bool is_placed(std::size_t displayed) const;
  // Displayed positions in the order the learner placed them.
  const std::vector<std::size_t>& placed() const { return placed_; }
  std::string assembled() const;  // the placed tiles joined with single spaces
  bool complete() const { return !order_.empty() && placed_.size() == order_.size(); }
  // Complete and spelling the correct option or one of the item's accepted
  // orders joined with single spaces (runs of whitespace count as one
  // space). Compared as text, so two tiles with the same text are
  // interchangeable.
  bool correct() const;

 private:
  // Whether the tiles as displayed spell an accepted order.
  bool shows_accepted_order() const;

  const RephraseItem* item_;
  std::vector<std::size_t> order_;
  std::vector<std::size_t> placed_;
  std::vector<bool> used_;
};

// `s` trimmed, with every run of spaces, tabs and line breaks made one space.
std::string collapse_whitespace(std::string_view s);

}  // namespace warmline
