#include <SDL.h>

#include "platform/profile_storage.h"
#include "save/file_storage.h"

namespace warmline::platform {

std::unique_ptr<Storage> open_profile_storage(const std::string& data_dir) {
  std::string dir = data_dir;
  if (dir.empty()) {
    // ~/.local/share/Warmline/Warmline on Linux: shared by every learner on
    // a kiosk, which is the point — profiles are per person, not per account.
    char* pref = SDL_GetPrefPath("Warmline", "Warmline");
    dir = pref ? std::string(pref) + "profiles" : std::string("profiles");
    SDL_free(pref);
  }
  return std::make_unique<FileStorage>(dir);
}

void load_profiles(std::function<void()> on_ready) {
  if (on_ready) on_ready();  // plain files: readable at once
}

}  // namespace warmline::platform
