#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "content/pack_loader.h"
#include "save/storage.h"

// Course packs installed on this device, kept in the same Storage as the
// profiles (IndexedDB in a browser, the data folder on a kiosk) as
// "<pack id>.wlpack", plus "active-pack" naming the one in use. The pack
// built into the app is not on the shelf; with no active pack it is used.
//
// Installing never trusts the file: it is read and validated exactly as the
// CLI does (read_compiled_pack), and a refused pack changes nothing already
// installed. A pack with the id of an installed one is an update: a newer
// version replaces it, an older one is refused (remove the newer first), and
// the same version replaces it only when the bytes differ (a trainer's fix
// that forgot the version bump). Learners keep their progress either way,
// because progress is keyed by item ids, not by pack.
//
// Checking who made a pack (signatures) is the caller's job: a browser
// takes what its own learner uploads; a kiosk verifies before installing.
namespace warmline::ui {

struct PackSummary {
  std::string id;
  std::string title;
  std::string version;
  std::string author;
  int modules = 0;
  int lessons = 0;
  int questions = 0;
  int activities = 0;  // breathing patterns and rephrasing items
  std::string problem;  // why a stored pack can no longer be opened; "" if it can
};

PackSummary summarize(const Course& course);

enum class InstallKind { New, Update, Unchanged };

struct PackInstall {
  std::vector<std::string> problems;  // "file:line:col: message", as the CLI prints them
  PackSummary pack;
  InstallKind kind = InstallKind::New;
  std::string replaced_version;  // of the pack it updated
  bool ok() const { return problems.empty(); }
};

class PackShelf {
 public:
  explicit PackShelf(Storage& storage) : storage_(storage) {}

  // Installed packs, by id. A stored file that no longer reads is listed
  // with its problem, so it can still be removed.
  std::vector<PackSummary> list();
  // `file_name` names the upload in messages ("team.wlpack:1:1: ...").
  // A successful install also makes the pack the active one.
  PackInstall install(const std::string& file_name, std::string_view bytes);
  IoStatus remove(const std::string& id);
  PackLoad load(const std::string& id);

  // The installed pack in use, "" for the built-in course.
  std::string active();
  IoStatus set_active(const std::string& id);

 private:
  Storage& storage_;
};

std::string pack_file_name(const std::string& id);

}  // namespace warmline::ui
