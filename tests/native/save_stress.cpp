// Saves learner profiles as fast as it can, so a test can kill it with
// SIGKILL at random moments mid-write.
//   save_stress write DIR   loop forever: load each of 3 profiles, add a
//                           lesson and some XP, store it again
//   save_stress check DIR   exit 0 only if every profile loads
//   save_stress list DIR    every profile in DIR (whoever saved it): one line
//                           "id<TAB>xp<TAB>ok|recovered|UNLOADABLE<TAB>detail";
//                           exit 0 only if every one loads
//   save_stress complete DIR PACK
//                           add "Grace", who has finished the whole course in
//                           PACK (lessons, three perfect passes per quiz,
//                           questions in review), and print her save's size
// The same SaveStore and FileStorage code the app uses.
#include <cstdio>
#include <cstring>
#include <string>

#include "content/pack_loader.h"
#include "native/full_course_learner.h"
#include "core/progress/learner_progress.h"
#include "core/progress/progress_rules.h"
#include "core/quiz/review_queue.h"
#include "save/profile_codec.h"
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
  int bad = 0, recovered = 0, found = 0;
  for (const char* id : kIds) {
    const LoadResult r = store.load(id);
    if (!r.found) continue;  // killed before its first save finished
    ++found;
    if (!r.ok()) {
      std::printf("%s: NOT loadable: %s\n", id, r.error.c_str());
      ++bad;
    } else if (r.recovered_from_backup) {
      ++recovered;
      std::printf("%s: loaded from its backup (%s)\n", id, r.reason.c_str());
    }
  }
  std::printf("check: %d profiles, %d unloadable, %d recovered from backup\n", found, bad, recovered);
  return bad == 0 ? 0 : 1;
}

int list_all(const std::string& dir) {
  FileStorage storage(dir);
  SaveStore store(storage);
  int bad = 0, total = 0;
  for (const ProfileSummary& p : store.list()) {
    const std::string& id = p.id;
    ++total;
    const LoadResult r = store.load(id);
    if (!r.ok()) {
      ++bad;
      std::printf("%s\t-1\tUNLOADABLE\t%s\n", id.c_str(), r.error.c_str());
    } else {
      std::printf("%s\t%d\t%s\t%s\n", id.c_str(), r.progress.xp, r.recovered_from_backup ? "recovered" : "ok",
                  r.recovered_from_backup ? r.reason.c_str() : r.progress.name.c_str());
    }
  }
  std::fprintf(stderr, "list: %d profiles, %d unloadable\n", total, bad);
  return bad == 0 ? 0 : 1;
}

int complete(const std::string& dir, const std::string& pack) {
  PackLoad load = load_pack(pack);
  if (!load.ok()) {
    std::fprintf(stderr, "save_stress: cannot load %s\n", pack.c_str());
    return 1;
  }
  const Course& course = load.course;
  const LearnerProgress p = test::full_course_learner(course);
  FileStorage storage(dir);
  SaveStore store(storage);
  const StoreResult r = store.store(store.new_id(p.name), p);
  if (!r.ok()) {
    std::fprintf(stderr, "save_stress: %s\n", r.error.c_str());
    return 1;
  }
  std::printf("full-course learner: %zu lessons, %zu quizzes, %zu badges, %zu in review, %d XP: save file %zu bytes\n",
              p.lessons_read.size(), p.quizzes.size(), p.badges.size(), p.review.size(), p.xp,
              encode_profile(p).size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::strcmp(argv[1], "complete") == 0) return complete(argv[2], argv[3]);
  if (argc != 3) {
    std::fprintf(stderr, "usage: save_stress write|check|list DIR | complete DIR PACK\n");
    return 2;
  }
  if (std::strcmp(argv[1], "write") == 0) return write_forever(argv[2]);
  if (std::strcmp(argv[1], "check") == 0) return check(argv[2]);
  if (std::strcmp(argv[1], "list") == 0) return list_all(argv[2]);
  std::fprintf(stderr, "save_stress: unknown mode %s\n", argv[1]);
  return 2;
}
