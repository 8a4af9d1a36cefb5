// Saves learner profiles as fast as it can, so a test can kill it with
// SIGKILL at random moments mid-write.
//   save_stress write DIR   loop forever: load each of 3 profiles, add a
//                           lesson and some XP, store it again
//   save_stress check DIR   exit 0 only if every profile loads
// The same SaveStore and FileStorage code the app uses.
#include <cstdio>
#include <cstring>
#include <string>

#include "core/progress/learner_progress.h"
#include "save/file_storage.h"
#include "save/save_store.h"

using namespace warmline;

namespace {

const char* const kIds[] = {"ana-1", "ben-2", "chen-3"};

int write_forever(const std::string& dir) {
  FileStorage storage(dir);
  SaveStore store(storage);
  for (long round = 0;; ++round) {
    for (const char* id : kIds) {
      LoadResult loaded = store.load(id);
      LearnerProgress p = loaded.ok() ? loaded.progress : LearnerProgress{};
      if (!loaded.ok() && loaded.found) {
        std::fprintf(stderr, "save_stress: %s cannot be loaded: %s\n", id, loaded.error.c_str());
        return 1;
      }
      p.name = id;
      p.xp += 20;
      p.lessons_read.insert("lesson-" + std::to_string(round % 50));
      const StoreResult r = store.store(id, p);
      if (!r.ok()) {
        std::fprintf(stderr, "save_stress: storing %s failed: %s\n", id, r.error.c_str());
        return 1;
      }
    }
  }
}

int check(const std::string& dir) {
  FileStorage storage(dir);
  SaveStore store(storage);
  int bad = 0, recovered = 0;
  for (const char* id : kIds) {
    const LoadResult r = store.load(id);
    if (!r.found) continue;  // killed before its first save finished
    if (!r.ok()) {
      std::printf("%s: NOT loadable: %s\n", id, r.error.c_str());
      ++bad;
    } else if (r.recovered_from_backup) {
      ++recovered;
      std::printf("%s: loaded from its backup (%s)\n", id, r.reason.c_str());
    }
  }
  std::printf("check: %d unloadable, %d recovered from backup\n", bad, recovered);
  return bad == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: save_stress write|check DIR\n");
    return 2;
  }
  if (std::strcmp(argv[1], "write") == 0) return write_forever(argv[2]);
  if (std::strcmp(argv[1], "check") == 0) return check(argv[2]);
  std::fprintf(stderr, "save_stress: unknown mode %s\n", argv[1]);
  return 2;
}
