#include "core/games/tile_round.h"

#include <algorithm>
#include <numeric>

#include "core/quiz/seeded_random.h"

namespace warmline {
namespace {

std::string joined(const std::vector<std::string>& tiles) {
  std::string out;
  for (const std::string& t : tiles) {
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

}  // namespace

TileRound::TileRound(const RephraseItem& item, std::uint64_t seed)
    : item_(&item), order_(item.tiles.size()), used_(item.tiles.size(), false) {
  std::iota(order_.begin(), order_.end(), std::size_t{0});
  SeededRandom random(seed);
  random.shuffle(order_);
  // A shuffle that lands on the author's order or on an accepted order
  // would hand over the answer; turning it by one (again while it still
  // spells an accepted order) keeps the round deterministic and a puzzle.
  const auto gives_answer = [this] {
    bool in_order = true;
    for (std::size_t i = 0; i < order_.size(); ++i) in_order = in_order && order_[i] == i;
    return in_order || shows_accepted_order();
  };
  for (std::size_t turns = 1; turns < order_.size() && gives_answer(); ++turns) {
    std::rotate(order_.begin(), order_.begin() + 1, order_.end());
  }
}

bool TileRound::shows_accepted_order() const {
  if (item_->accepted.empty()) return false;
  std::string shown;
  for (std::size_t d = 0; d < order_.size(); ++d) {
    if (!shown.empty()) shown += ' ';
    shown += tile(d);
  }
  shown = collapse_whitespace(shown);
  for (const AcceptedOrder& a : item_->accepted) {
    if (collapse_whitespace(joined(a.tiles)) == shown) return true;
  }
  return false;
}

const std::string& TileRound::tile(std::size_t displayed) const {
  static const std::string none;
  return displayed < order_.size() ? item_->tiles[order_[displayed]] : none;
}

bool TileRound::place(std::size_t displayed) { return place(displayed, placed_.size()); }

bool TileRound::place(std::size_t displayed, std::size_t before) {
  if (displayed >= order_.size() || used_[displayed]) return false;
  used_[displayed] = true;
  placed_.insert(placed_.begin() + static_cast<std::ptrdiff_t>(std::min(before, placed_.size())), displayed);
  return true;
}

bool TileRound::move(std::size_t displayed, std::size_t before) {
  const auto at = std::find(placed_.begin(), placed_.end(), displayed);
  if (at == placed_.end()) return place(displayed, before);
  const auto from = static_cast<std::size_t>(at - placed_.begin());
  if (before > from) --before;  // the gap it leaves closes up
  unplace(displayed);
  return place(displayed, before);
}

bool TileRound::unplace(std::size_t displayed) {
  const auto at = std::find(placed_.begin(), placed_.end(), displayed);
  if (at == placed_.end()) return false;
  placed_.erase(at);
  used_[displayed] = false;
  return true;
}

bool TileRound::remove_last() {
  if (placed_.empty()) return false;
  used_[placed_.back()] = false;
  placed_.pop_back();
  return true;
}

bool TileRound::clear() {
  if (placed_.empty()) return false;
  placed_.clear();
  used_.assign(used_.size(), false);
  return true;
}

bool TileRound::is_placed(std::size_t displayed) const {
  return displayed < used_.size() && used_[displayed];
}

std::string TileRound::assembled() const {
  std::string out;
  for (std::size_t d : placed_) {
    if (!out.empty()) out += ' ';
    out += tile(d);
  }
  return out;
}

bool TileRound::correct() const {
  if (!complete()) return false;
  // Compared as text, not as tile order, so repeated tiles may swap places.
  const std::string built = collapse_whitespace(assembled());
  for (const Option& o : item_->options) {
    if (o.correct && collapse_whitespace(o.text) == built) return true;
  }
  for (const AcceptedOrder& a : item_->accepted) {
    if (collapse_whitespace(joined(a.tiles)) == built) return true;
  }
  return false;
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  bool gap = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += ' ';
    gap = false;
    out += c;
  }
  return out;
}

}  // namespace warmline
