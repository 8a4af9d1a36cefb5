#pragma once
#include <string>

#include "platform/runner.h"

namespace warmline::platform {

// Keeps the frame being drawn as a PNG the learner can take away: a file in
// the user's Pictures folder natively, a browser download on the web.
// Returns the sentence to show them.
std::string save_picture(Runner& runner, const std::string& file_name);

}  // namespace warmline::platform
