#pragma once
#include <string>

#include "ui/app.h"

namespace warmline::platform {

// Loads the pack at `path` (folder or .wlpack) into the app. A refused pack
// is never half-loaded: the app gets its problems to show, and they are
// also printed to stderr for whoever set up the kiosk.
void load_course(ui::App& app, const std::string& path);

}  // namespace warmline::platform
