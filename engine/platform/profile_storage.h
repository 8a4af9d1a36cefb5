#pragma once
#include <functional>
#include <memory>
#include <string>

#include "save/storage.h"

namespace warmline::platform {

// Where learner profiles live: a directory natively (per-user data folder,
// or `--data DIR`), IndexedDB in the browser through an IDBFS mount.
std::unique_ptr<Storage> open_profile_storage(const std::string& data_dir);

// Brings the stored profiles in. On the web they arrive asynchronously:
// `on_ready` runs once they can be read (natively at once, before this
// returns), and nothing may read profiles before it.
void load_profiles(std::function<void()> on_ready);

}  // namespace warmline::platform
