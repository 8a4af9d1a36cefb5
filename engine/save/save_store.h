#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/progress/learner_progress.h"
#include "save/storage.h"

// Learner profiles kept in a Storage, one file per profile: "<id>.wlsave",
// its previous good version "<id>.wlsave.bak" (Storage keeps it), and any
// damaged files set aside as "<file>.damaged-<n>".
//
// Damage policy, so nothing is ever lost silently:
//  - load() never changes a file. A damaged or missing main file falls back
//    to the backup and says so (recovered_from_backup, with the reason); if
//    both are damaged it reports both problems and leaves them alone.
//  - store() first sets aside any damaged file of the profile (main or
//    backup) under a new ".damaged-<n>" name, so the write that follows can
//    never overwrite it or rotate it into the backup slot; the names set
//    aside are reported. A good backup is kept while the main file is bad.
//  - remove() deletes every file of the profile, set-aside ones included.
namespace warmline {

inline constexpr std::string_view kSaveSuffix = ".wlsave";

struct LoadResult {
  LearnerProgress progress;
  bool found = false;                  // the profile has a main or backup file
  bool recovered_from_backup = false;  // progress came from the backup...
  std::string reason;                  // ... because of this main-file problem
  std::string error;                   // empty when progress is usable
  bool ok() const { return error.empty(); }
};

struct StoreResult {
  std::string error;                   // empty on success
  std::vector<std::string> set_aside;  // damaged files renamed before writing
  bool ok() const { return error.empty(); }
};

struct ProfileSummary {
  std::string id;
  std::string name;  // empty when unreadable
  int xp = 0;
  bool recovered_from_backup = false;
  std::string error;  // why it cannot be opened; empty if it can
};

struct ExportResult {
  std::string bytes;      // a complete save file
  std::string file_name;  // a suggestion: "<id>.wlsave"
  std::string error;
  bool ok() const { return error.empty(); }
};

enum class IfExists : std::uint8_t { Refuse, Replace };

struct ImportResult {
  std::string id;
  LearnerProgress progress;
  std::string error;
  bool ok() const { return error.empty(); }
};

class SaveStore {
 public:
  explicit SaveStore(Storage& storage);

  // A fresh id for a learner called `name`, unused by any profile here.
  std::string new_id(std::string_view name);

  StoreResult store(const std::string& id, const LearnerProgress& progress);
  LoadResult load(const std::string& id);
  // Every profile, by id, with its learner's name (each file is decoded).
  std::vector<ProfileSummary> list();
  IoStatus remove(const std::string& id);

  // The profile as one file (recovered from the backup if need be).
  ExportResult export_profile(const std::string& id);
  // A file from export_profile as a new profile with a fresh id. A damaged
  // file is refused and nothing is changed.
  ImportResult import_profile(std::string_view bytes);
  // ... or under `id`; an existing profile there is replaced only with
  // IfExists::Replace (its previous file then becomes the backup).
  ImportResult import_profile(std::string_view bytes, const std::string& id, IfExists if_exists);

 private:
  std::vector<std::string> ids();
  bool exists(const std::string& id);
  std::string set_aside(const std::string& name, const std::string& bytes, std::vector<std::string>& names);

  Storage& storage_;
};

}  // namespace warmline
