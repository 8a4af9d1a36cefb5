#include "save/save_store.h"

#include <doctest/doctest.h>

#include "save/memory_storage.h"
#include "save/profile_codec.h"
#include "save/profile_id.h"
#include "save_test_profiles.h"

using namespace warmline;

namespace {

std::string flip_bit(std::string s, std::size_t at) {
  s[at] = static_cast<char>(s[at] ^ 0x10);
  return s;
}

// A store holding one profile saved twice, so it has a good backup.
struct TwoGenerations {
  MemoryStorage storage;
  SaveStore store{storage};
  LearnerProgress older = test::small_learner();
  LearnerProgress newer = test::small_learner();
  std::string id;
  TwoGenerations() {
    id = store.new_id(older.name);
    newer.xp = 150;
    newer.lessons_read.insert("com-written");
    REQUIRE(store.store(id, older).ok());
    REQUIRE(store.store(id, newer).ok());
  }
  std::string& main() { return storage.files.at(id + ".wlsave"); }
  std::string& backup() { return storage.files.at(id + ".wlsave.bak"); }
};

}  // namespace

TEST_CASE("profile ids are safe file names made from the learner's name") {
  CHECK(profile_slug("María López-Fernández") == "mar-a-l-pez-fern-ndez");
  CHECK(profile_slug("  Sam  TRAN!! ") == "sam-tran");
  CHECK(profile_slug("李雷") == "learner");
  CHECK(profile_slug("../../etc/passwd") == "etc-passwd");
  CHECK(profile_slug("A very long learner name indeed, really") == "a-very-long-learner-name");
  const std::string id = new_profile_id("Sam Tran", {});
  CHECK(id.size() == std::string("sam-tran-").size() + 4);
  CHECK(id.rfind("sam-tran-", 0) == 0);
  CHECK(new_profile_id("Sam Tran", {}) == id);  // deterministic
  const std::string second = new_profile_id("Sam Tran", {id});
  CHECK(second != id);
  CHECK(second.rfind("sam-tran-", 0) == 0);
  CHECK(is_valid_profile_id(id));
  CHECK(is_valid_profile_id(new_profile_id("李雷", {})));
  CHECK_FALSE(is_valid_profile_id(""));
  CHECK_FALSE(is_valid_profile_id(".."));
  CHECK_FALSE(is_valid_profile_id("-sam"));
  CHECK_FALSE(is_valid_profile_id("sam/../x"));
  CHECK_FALSE(is_valid_profile_id("Sam"));
  CHECK_FALSE(is_valid_profile_id(std::string(41, 'a')));
}

TEST_CASE("store, load and list profiles; each store keeps the previous file as the backup") {
  MemoryStorage storage;
  SaveStore store(storage);
  const LearnerProgress sam = test::small_learner("Sam Tran");
  const LearnerProgress ana = test::full_course_learner();
  const std::string sam_id = store.new_id(sam.name);
  REQUIRE(store.store(sam_id, sam).ok());
  const std::string ana_id = store.new_id(ana.name);
  REQUIRE(store.store(ana_id, ana).ok());
  CHECK(storage.files.size() == 2);
  CHECK(storage.syncs == 2);

  const LoadResult loaded = store.load(sam_id);
  REQUIRE(loaded.ok());
  CHECK(loaded.found);
  CHECK_FALSE(loaded.recovered_from_backup);
  CHECK(loaded.progress == sam);

  LearnerProgress more = sam;
  more.xp = 200;
  REQUIRE(store.store(sam_id, more).ok());
  CHECK(storage.files.at(sam_id + ".wlsave.bak") == encode_profile(sam));
  CHECK(store.load(sam_id).progress.xp == 200);

  const std::vector<ProfileSummary> list = store.list();
  REQUIRE(list.size() == 2);
  CHECK(list[0].id == ana_id);  // sorted by id: "mar-..." before "sam-..."
  CHECK(list[0].name == "María López-Fernández");
  CHECK(list[0].xp == 2745);
  CHECK(list[1].name == "Sam Tran");
  CHECK(list[1].error.empty());

  const LoadResult missing = store.load("nobody-0000");
  CHECK_FALSE(missing.found);
  CHECK(missing.error == "no saved progress for \"nobody-0000\"");
  CHECK(store.load("../etc").error == "\"../etc\" is not a valid profile id");
  CHECK_FALSE(store.store("../etc", sam).ok());
}

TEST_CASE("a damaged main file falls back to the backup and says why") {
  struct Damage {
    const char* what;
    std::string (*apply)(const std::string&);
    const char* reason;
  };
  const Damage cases[] = {
      {"truncated", [](const std::string& s) { return s.substr(0, s.size() / 2); }, "the file is cut short"},
      {"bit-flipped", [](const std::string& s) { return flip_bit(s, s.size() - 3); }, "checksum does not match"},
      {"zero-length", [](const std::string&) { return std::string(); }, "the file is empty"},
      {"bad magic", [](const std::string& s) { return "XX" + s.substr(2); }, "not a Warmline progress file"},
  };
  for (const Damage& c : cases) {
    CAPTURE(c.what);
    TwoGenerations t;
    t.main() = c.apply(t.main());
    const LoadResult r = t.store.load(t.id);
    REQUIRE(r.ok());
    CHECK(r.recovered_from_backup);
    CHECK(r.reason.find(c.reason) != std::string::npos);
    CHECK(r.reason.rfind("the save file is damaged (", 0) == 0);
    CHECK(r.progress == t.older);  // the previous good generation
  }
  TwoGenerations gone;
  gone.storage.files.erase(gone.id + ".wlsave");
  const LoadResult r = gone.store.load(gone.id);
  REQUIRE(r.ok());
  CHECK(r.recovered_from_backup);
  CHECK(r.reason == "the save file is missing");
  REQUIRE(gone.store.list().size() == 1);  // still listed through its backup
  CHECK(gone.store.list()[0].recovered_from_backup);
}

TEST_CASE("storing over a damaged main file sets it aside and keeps the good backup") {
  TwoGenerations t;
  const std::string damaged = t.main().substr(0, 30);
  const std::string good_backup = t.backup();
  t.main() = damaged;
  LearnerProgress next = t.store.load(t.id).progress;  // the recovered older one
  next.xp = 500;
  const StoreResult s = t.store.store(t.id, next);
  REQUIRE(s.ok());
  CHECK(s.set_aside == std::vector<std::string>{t.id + ".wlsave.damaged-1"});
  CHECK(t.storage.files.at(t.id + ".wlsave.damaged-1") == damaged);
  CHECK(t.backup() == good_backup);  // not replaced by the damaged file
  CHECK(t.store.load(t.id).progress.xp == 500);
  CHECK_FALSE(t.store.load(t.id).recovered_from_backup);
}

TEST_CASE("both files damaged: a clear error, nothing changed, and nothing lost by a later store") {
  TwoGenerations t;
  const std::size_t main_payload = t.main().size() - kSaveHeaderBytes;
  t.main() = t.main().substr(0, 25);
  t.backup() = flip_bit(t.backup(), 40);
  const auto before = t.storage.files;
  const LoadResult r = t.store.load(t.id);
  CHECK_FALSE(r.ok());
  CHECK(r.found);
  CHECK(r.error ==
        "the save file is damaged (the file is cut short: 5 of " + std::to_string(main_payload) +
            " bytes), and so is its backup (damaged: the checksum does not match); both files are left as they are");
  CHECK(t.storage.files == before);
  REQUIRE(t.store.list().size() == 1);
  CHECK(t.store.list()[0].error == r.error);
  CHECK(t.storage.files == before);

  // Starting over under the same id keeps both damaged files, renamed.
  const StoreResult s = t.store.store(t.id, test::small_learner());
  REQUIRE(s.ok());
  CHECK(s.set_aside == std::vector<std::string>{t.id + ".wlsave.damaged-1", t.id + ".wlsave.bak.damaged-1"});
  CHECK(t.storage.files.at(t.id + ".wlsave.damaged-1") == before.at(t.id + ".wlsave"));
  CHECK(t.storage.files.at(t.id + ".wlsave.bak.damaged-1") == before.at(t.id + ".wlsave.bak"));
  CHECK(t.storage.files.count(t.id + ".wlsave.bak") == 0);
  // The next damage gets the next number.
  t.main() = "junk";
  REQUIRE(t.store.store(t.id, test::small_learner()).ok());
  CHECK(t.storage.files.at(t.id + ".wlsave.damaged-2") == "junk");
  CHECK(t.storage.files.size() == 4);

  REQUIRE(t.store.remove(t.id).ok());
  CHECK(t.storage.files.empty());
}

TEST_CASE("a failed write reports an error and leaves the files as they were") {
  TwoGenerations t;
  const auto before = t.storage.files;
  t.storage.fail_writes = true;
  const StoreResult s = t.store.store(t.id, test::full_course_learner());
  CHECK(s.error == "cannot write " + t.id + ".wlsave: the storage is full");
  CHECK(t.storage.files == before);
}

TEST_CASE("export and import a profile as one file") {
  TwoGenerations t;
  const ExportResult e = t.store.export_profile(t.id);
  REQUIRE(e.ok());
  CHECK(e.bytes == encode_profile(t.newer));
  CHECK(e.file_name == t.id + ".wlsave");

  // Into another store: a new profile, under a fresh id.
  MemoryStorage other_storage;
  SaveStore other(other_storage);
  const ImportResult imported = other.import_profile(e.bytes);
  REQUIRE(imported.ok());
  CHECK(imported.id == t.id);  // same name, free id there
  CHECK(other.load(imported.id).progress == t.newer);

  // Into the same store: never over the existing profile.
  const auto before = t.storage.files;
  const ImportResult copy = t.store.import_profile(e.bytes);
  REQUIRE(copy.ok());
  CHECK(copy.id != t.id);
  CHECK(t.storage.files.at(t.id + ".wlsave") == before.at(t.id + ".wlsave"));
  CHECK(t.store.list().size() == 2);

  const ImportResult refused = t.store.import_profile(e.bytes, t.id, IfExists::Refuse);
  CHECK(refused.error == "a profile \"" + t.id + "\" already exists; nothing was changed");

  // Replacing is explicit, and the replaced file becomes the backup.
  const std::string other_learner = encode_profile(test::small_learner("Kim Lee"));
  const ImportResult replaced = t.store.import_profile(other_learner, t.id, IfExists::Replace);
  REQUIRE(replaced.ok());
  CHECK(t.store.load(t.id).progress.name == "Kim Lee");
  CHECK(t.storage.files.at(t.id + ".wlsave.bak") == before.at(t.id + ".wlsave"));

  // A damaged file is refused and changes nothing.
  const auto now = t.storage.files;
  const ImportResult bad = t.store.import_profile(other_learner.substr(0, other_learner.size() - 1));
  CHECK(bad.error.rfind("this file cannot be imported: the file is cut short", 0) == 0);
  CHECK(bad.error.find("nothing was changed") != std::string::npos);
  const ImportResult bad_replace = t.store.import_profile("", t.id, IfExists::Replace);
  CHECK(bad_replace.error == "this file cannot be imported: the file is empty; nothing was changed");
  CHECK(t.storage.files == now);

  CHECK(t.store.export_profile("nobody-0000").error == "no saved progress for \"nobody-0000\"");
}
