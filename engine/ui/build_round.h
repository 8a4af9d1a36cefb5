#pragma once
#include <string>
#include <vector>

#include "core/app_snapshot.h"
#include "core/games/tile_round.h"

namespace warmline::ui {

// The Build round's board: the line being built, then the tiles left.
// Tap a tile to move it across; drag it to put it anywhere in the line, or
// back. Keyboard focus jumps to the first free tile once per `moment`.
// Fills `spots` with every tile drawn this frame, where it was drawn, for
// the state snapshot: tests drag tiles the way a person does.
void draw_build_round(TileRound& tiles, unsigned long long moment, std::vector<SnapshotTile>& spots);

}  // namespace warmline::ui
