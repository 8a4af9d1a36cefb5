#include <doctest/doctest.h>

#include "save/memory_storage.h"
#include "save/pin_book.h"

using namespace warmline;

namespace {
const std::string kHashA = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
const std::string kHashB = "$argon2id$v=19$m=65536,t=2,p=1$b3RoZXI$b3RoZXI";
}  // namespace

TEST_CASE("PIN hashes are kept per profile and survive a restart") {
  MemoryStorage storage;
  {
    PinBook book(storage);
    CHECK_FALSE(book.hash_for("maria-k3f9"));
    CHECK(book.set("maria-k3f9", kHashA).ok());
    CHECK(book.set("sam-0a1b", kHashB).ok());
  }
  CHECK(storage.files.at("kiosk-pins") == "maria-k3f9 " + kHashA + "\nsam-0a1b " + kHashB + "\n");
  PinBook again(storage);
  CHECK(again.hash_for("maria-k3f9") == kHashA);
  CHECK(again.hash_for("sam-0a1b") == kHashB);
  CHECK(again.clear("maria-k3f9").ok());
  CHECK_FALSE(PinBook(storage).hash_for("maria-k3f9"));
  CHECK(PinBook(storage).size() == 1);
}

TEST_CASE("bad ids, bad hashes and junk lines are refused or skipped") {
  MemoryStorage storage;
  PinBook book(storage);
  CHECK_FALSE(book.set("../evil", kHashA).ok());
  CHECK_FALSE(book.set("maria-k3f9", "1234").ok());  // a PIN itself is never stored
  CHECK_FALSE(book.set("maria-k3f9", "$has space").ok());
  CHECK(book.size() == 0);
  storage.files["kiosk-pins"] = "garbage\nmaria-k3f9 " + kHashA + "\nBad!id " + kHashB + "\nsam-0a1b 1234\n";
  PinBook read(storage);
  CHECK(read.size() == 1);
  CHECK(read.hash_for("maria-k3f9") == kHashA);
}

TEST_CASE("a failed write leaves the book as it was") {
  MemoryStorage storage;
  PinBook book(storage);
  REQUIRE(book.set("maria-k3f9", kHashA).ok());
  storage.fail_writes = true;
  CHECK_FALSE(book.set("maria-k3f9", kHashB).ok());
  CHECK(book.hash_for("maria-k3f9") == kHashA);
  CHECK_FALSE(book.clear("maria-k3f9").ok());
  CHECK(book.hash_for("maria-k3f9") == kHashA);
  CHECK_FALSE(book.set("sam-0a1b", kHashB).ok());
  CHECK_FALSE(book.hash_for("sam-0a1b"));
}

TEST_CASE("a lost main file falls back to the backup") {
  MemoryStorage storage;
  PinBook book(storage);
  REQUIRE(book.set("maria-k3f9", kHashA).ok());
  REQUIRE(book.set("sam-0a1b", kHashB).ok());
  storage.files.erase("kiosk-pins");
  PinBook read(storage);
  CHECK(read.hash_for("maria-k3f9") == kHashA);
}
