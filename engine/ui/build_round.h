#pragma once
#include <string>
#include <vector>

#include "core/games/tile_round.h"

namespace warmline::ui {

// Where a word tile was drawn, in window pixels, for the state snapshot:
// tests drag tiles the way a person does.
struct TileSpot {
  std::string text;
  bool placed = false;
  float x = 0, y = 0, w = 0, h = 0;
};

// The Build round's board: the line being built, then the tiles left.
// Tap a tile to move it across; drag it to put it anywhere in the line, or
// back. Keyboard focus jumps to the first free tile once per `moment`.
// Fills `spots` with every tile drawn this frame.
void draw_build_round(TileRound& tiles, unsigned long long moment, std::vector<TileSpot>& spots);

}  // namespace warmline::ui
