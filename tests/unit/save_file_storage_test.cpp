// FileStorage on a real directory: native only (the wasm test runner has no
// writable directory it could clean up; the store logic is covered over
// MemoryStorage there).
#ifndef __EMSCRIPTEN__
#include "save/file_storage.h"

#include <doctest/doctest.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "save/save_store.h"
#include "save_test_profiles.h"

using namespace warmline;

namespace {

// A fresh directory under /tmp, removed with its files at the end.
struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/warmline-save-test-XXXXXX";
    REQUIRE(::mkdtemp(tmpl) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    FileStorage s(path + "/profiles");
    for (const std::string& name : s.list()) s.remove(name);
    ::unlink((path + "/profiles/x.tmp").c_str());
    ::rmdir((path + "/profiles").c_str());
    ::rmdir(path.c_str());
  }
};

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

TEST_CASE("FileStorage writes atomically, keeps one backup generation and lists its files") {
  TempDir dir;
  FileStorage fs(dir.path + "/profiles");  // created on the first write
  CHECK(fs.list().empty());
  CHECK_FALSE(fs.read_file("a.wlsave").has_value());
  REQUIRE(fs.write_file_atomic("a.wlsave", "first").ok());
  CHECK(fs.read_file("a.wlsave") == std::string("first"));
  CHECK(fs.list() == std::vector<std::string>{"a.wlsave"});
  REQUIRE(fs.write_file_atomic("a.wlsave", std::string("sec\0ond", 7)).ok());
  REQUIRE(fs.write_file_atomic("a.wlsave", "third").ok());
  CHECK(fs.read_file("a.wlsave") == std::string("third"));
  CHECK(fs.read_file("a.wlsave.bak") == std::string("sec\0ond", 7));
  // A temp file left by a crash is not a profile file.
  std::ofstream(dir.path + "/profiles/x.tmp") << "half";
  CHECK(sorted(fs.list()) == std::vector<std::string>{"a.wlsave", "a.wlsave.bak"});
  REQUIRE(fs.remove("a.wlsave.bak").ok());
  REQUIRE(fs.remove("a.wlsave.bak").ok());  // already gone: fine
  CHECK(fs.list() == std::vector<std::string>{"a.wlsave"});
  CHECK(fs.sync().ok());
}

TEST_CASE("FileStorage reports a folder it cannot create") {
  FileStorage fs("/nonexistent-warmline-dir/deeper");
  const IoStatus s = fs.write_file_atomic("a.wlsave", "x");
  CHECK_FALSE(s.ok());
  CHECK(s.error.rfind("cannot create the folder /nonexistent-warmline-dir/deeper: ", 0) == 0);
}

TEST_CASE("a save truncated on disk is recovered from its backup through FileStorage") {
  TempDir dir;
  FileStorage fs(dir.path + "/profiles");
  SaveStore store(fs);
  const LearnerProgress first = test::small_learner();
  LearnerProgress second = first;
  second.xp = 300;
  const std::string id = store.new_id(first.name);
  REQUIRE(store.store(id, first).ok());
  REQUIRE(store.store(id, second).ok());
  CHECK(store.load(id).progress == second);
  { std::ofstream(dir.path + "/profiles/" + id + ".wlsave", std::ios::trunc | std::ios::binary) << "WLSA"; }
  const LoadResult r = store.load(id);
  REQUIRE(r.ok());
  CHECK(r.recovered_from_backup);
  CHECK(r.progress == first);
  REQUIRE(store.store(id, r.progress).ok());
  CHECK(fs.read_file(id + ".wlsave.damaged-1") == std::string("WLSA"));
  CHECK(sorted(fs.list()) == sorted({id + ".wlsave", id + ".wlsave.bak", id + ".wlsave.damaged-1"}));
  REQUIRE(store.remove(id).ok());
  CHECK(fs.list().empty());
}
#endif
