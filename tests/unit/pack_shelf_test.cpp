#include <doctest/doctest.h>

#include "content/compiled_pack.h"
#include "content/manifest_parser.h"
#include "content/module_parser.h"
#include "save/memory_storage.h"
#include "ui/pack_shelf.h"

namespace {

using namespace warmline;
using warmline::ui::InstallKind;
using warmline::ui::PackShelf;

const char* kModule =
    "# Module: Basics\n"
    "id: basics\n"
    "## Lesson: First\n"
    "id: basics-first\n"
    "### Card: Listen\n"
    "Let them finish.\n"
    "## Quiz: Check\n"
    "### Question: What first?\n"
    "id: basics-q1\n"
    "type: single\n"
    "- [x] Listen.\n"
    "- [ ] Interrupt.\n"
    "explain: Listening comes first.\n"
    "## Breathing: Box\n"
    "id: box\n"
    "phases: inhale 4, hold 4\n"
    "cycles: 4\n";

std::string pack_bytes(const std::string& id, const std::string& version, const std::string& title = "Team basics") {
  Diagnostics ds;
  Course c;
  c.info = parse_manifest_text("p/pack.txt",
                               "id: " + id + "\ntitle: " + title + "\nversion: " + version +
                                   "\nlanguage: en\nauthor: Dana\nmin-engine: 0.1.0\n",
                               ds);
  c.modules.push_back(parse_module_text("p/modules/01.md", kModule, ds));
  REQUIRE(ds.empty());
  return write_compiled_pack(c);
}

}  // namespace

TEST_CASE("a valid pack installs, is listed with its counts and becomes the course in use") {
  MemoryStorage storage;
  PackShelf shelf(storage);
  CHECK(shelf.active().empty());
  const ui::PackInstall r = shelf.install("team.wlpack", pack_bytes("team", "1.0.0"));
  REQUIRE(r.problems.empty());
  CHECK(r.kind == InstallKind::New);
  CHECK(shelf.active() == "team");
  CHECK(storage.syncs >= 1);  // a browser's copy is only durable once synced
  const auto packs = shelf.list();
  REQUIRE(packs.size() == 1);
  CHECK(packs[0].id == "team");
  CHECK(packs[0].title == "Team basics");
  CHECK(packs[0].version == "1.0.0");
  CHECK(packs[0].author == "Dana");
  CHECK(packs[0].modules == 1);
  CHECK(packs[0].lessons == 1);
  CHECK(packs[0].questions == 1);
  CHECK(packs[0].activities == 1);
  CHECK(packs[0].problem.empty());
  CHECK(shelf.load("team").ok());
}

TEST_CASE("a bad upload is refused with the CLI's messages and changes nothing") {
  MemoryStorage storage;
  PackShelf shelf(storage);
  REQUIRE(shelf.install("team.wlpack", pack_bytes("team", "1.0.0")).ok());
  const auto before = storage.files;

  const ui::PackInstall junk = shelf.install("notes.wlpack", "this is not a pack");
  REQUIRE(junk.problems.size() == 1);
  CHECK(junk.problems[0].rfind("notes.wlpack:1:1: ", 0) == 0);

  std::string flipped = pack_bytes("other", "1.0.0");
  flipped[flipped.size() / 2] ^= 0x20;
  const ui::PackInstall tampered = shelf.install("other.wlpack", flipped);
  CHECK_FALSE(tampered.ok());
  CHECK(storage.files == before);
  CHECK(shelf.active() == "team");
}

TEST_CASE("updates: newer replaces, older is refused, the same bytes are a no-op") {
  MemoryStorage storage;
  PackShelf shelf(storage);
  REQUIRE(shelf.install("team.wlpack", pack_bytes("team", "1.2.0")).ok());

  const ui::PackInstall same = shelf.install("team.wlpack", pack_bytes("team", "1.2.0"));
  CHECK(same.ok());
  CHECK(same.kind == InstallKind::Unchanged);

  const ui::PackInstall older = shelf.install("team-old.wlpack", pack_bytes("team", "1.1.9", "Old title"));
  REQUIRE(older.problems.size() == 1);
  CHECK(older.problems[0] ==
        "team-old.wlpack:1:1: this is version 1.1.9 of 'team', older than the installed 1.2.0; remove the "
        "installed one first to go back");
  CHECK(shelf.list().at(0).version == "1.2.0");

  const ui::PackInstall newer = shelf.install("team-2.wlpack", pack_bytes("team", "2.0.0", "New title"));
  REQUIRE(newer.ok());
  CHECK(newer.kind == InstallKind::Update);
  CHECK(newer.replaced_version == "1.2.0");
  const auto packs = shelf.list();
  REQUIRE(packs.size() == 1);
  CHECK(packs[0].title == "New title");
  CHECK(storage.files.count("team.wlpack.bak") == 0);  // no second copy eating the browser's quota

  const ui::PackInstall fixed = shelf.install("team-2.wlpack", pack_bytes("team", "2.0.0", "Fixed title"));
  CHECK(fixed.kind == InstallKind::Update);
  CHECK(shelf.list().at(0).title == "Fixed title");
}

TEST_CASE("removing the pack in use goes back to the built-in course") {
  MemoryStorage storage;
  PackShelf shelf(storage);
  REQUIRE(shelf.install("a.wlpack", pack_bytes("alpha", "1.0.0")).ok());
  REQUIRE(shelf.install("b.wlpack", pack_bytes("beta", "1.0.0")).ok());
  CHECK(shelf.active() == "beta");
  CHECK(shelf.remove("alpha").ok());
  CHECK(shelf.active() == "beta");
  CHECK(shelf.remove("beta").ok());
  CHECK(shelf.active().empty());
  CHECK(shelf.list().empty());
  CHECK_FALSE(shelf.load("beta").ok());
  CHECK_FALSE(shelf.remove("../etc").ok());
}

TEST_CASE("a stored pack that went bad is listed with its problem and can be removed") {
  MemoryStorage storage;
  PackShelf shelf(storage);
  REQUIRE(shelf.install("t.wlpack", pack_bytes("team", "1.0.0")).ok());
  storage.files["team.wlpack"].resize(40);
  const auto packs = shelf.list();
  REQUIRE(packs.size() == 1);
  CHECK(packs[0].id == "team");
  CHECK_FALSE(packs[0].problem.empty());
  // A damaged copy is replaced by a good upload of any version.
  CHECK(shelf.install("t.wlpack", pack_bytes("team", "0.9.0")).ok());
  CHECK(shelf.remove("team").ok());
  CHECK(storage.files.count("team.wlpack") == 0);
}

TEST_CASE("an active-pack file naming a missing or invalid pack means the built-in course") {
  MemoryStorage storage;
  PackShelf shelf(storage);
  storage.files["active-pack"] = "gone";
  CHECK(shelf.active().empty());
  storage.files["active-pack"] = "../../x";
  CHECK(shelf.active().empty());
  CHECK_FALSE(shelf.set_active("Bad Id").ok());
}
