#include "save/pin_hash.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

// Kiosk PIN hashing (native only: built into the native unit tests, never the
// wasm ones, since libsodium is not part of the web build). Each hash or
// check of a real hash takes most of a second, so these make few of them.
namespace {

using namespace warmline;

// hash_pin("1234") from an earlier run (libsodium 1.0.18, INTERACTIVE
// limits): a stored string must keep checking across builds and restarts.
const std::string kStored1234 =
    "$argon2id$v=19$m=65536,t=2,p=1$2tOauVdIU6awYM/yX3DO8w$7NFp7TVKN3/UhOM4vWT1FUpPvPYO06Jax+apj9/kc7w";

// The salt field of a stored string: between the 4th and 5th '$'.
std::string salt_of(const std::string& stored) {
  std::size_t pos = 0;
  for (int i = 0; i < 4; ++i) pos = stored.find('$', pos) + 1;
  return stored.substr(pos, stored.find('$', pos) - pos);
}

}  // namespace

TEST_CASE("pin format: 4 to 6 ASCII digits, nothing else") {
  CHECK(is_valid_pin("0000"));
  CHECK(is_valid_pin("1234"));
  CHECK(is_valid_pin("90210"));
  CHECK(is_valid_pin("999999"));
  CHECK_FALSE(is_valid_pin(""));
  CHECK_FALSE(is_valid_pin("123"));
  CHECK_FALSE(is_valid_pin("1234567"));
  CHECK_FALSE(is_valid_pin("12a4"));
  CHECK_FALSE(is_valid_pin("abcd"));
  CHECK_FALSE(is_valid_pin("12 34"));
  CHECK_FALSE(is_valid_pin(" 1234"));
  CHECK_FALSE(is_valid_pin("1234 "));
  CHECK_FALSE(is_valid_pin("1234\n"));
  CHECK_FALSE(is_valid_pin("-123"));
  CHECK_FALSE(is_valid_pin("+1234"));
  CHECK_FALSE(is_valid_pin(std::string("12\0" "34", 5)));
  CHECK_FALSE(is_valid_pin("\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4"));  // Arabic-Indic ١٢٣٤
  CHECK_FALSE(is_valid_pin("\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94"));  // fullwidth １２３４
  CHECK_FALSE(is_valid_pin("12\xc2\xb3" "4"));  // superscript three
}

TEST_CASE("pin hash: the right PIN checks, a wrong one does not") {
  const std::string stored = hash_pin("4821");
  CHECK(stored.rfind("$argon2id$", 0) == 0);
  CHECK(stored.size() <= kPinHashMaxChars);
  CHECK(stored.find("4821") == std::string::npos);
  CHECK(check_pin("4821", stored));
  CHECK_FALSE(check_pin("4820", stored));
  CHECK_FALSE(needs_rehash(stored));
}

TEST_CASE("pin hash: two hashes of the same PIN differ (each has its own salt)") {
  const std::string a = hash_pin("123456");
  const std::string b = hash_pin("123456");
  CHECK(a != b);
  CHECK(salt_of(a) != salt_of(b));
  CHECK(salt_of(a).size() == 22);  // 16 bytes, base64 without padding
}

TEST_CASE("pin hash: a string stored by an earlier run still checks") {
  CHECK(check_pin("1234", kStored1234));
  CHECK_FALSE(needs_rehash(kStored1234));
}

TEST_CASE("pin hash: malformed PINs are refused before any hashing") {
  CHECK_THROWS_AS(hash_pin(""), std::invalid_argument);
  CHECK_THROWS_AS(hash_pin("123"), std::invalid_argument);
  CHECK_THROWS_AS(hash_pin("12345a"), std::invalid_argument);
  CHECK_FALSE(check_pin("", kStored1234));
  CHECK_FALSE(check_pin("1234 ", kStored1234));
  CHECK_FALSE(check_pin("12345678", kStored1234));
}

TEST_CASE("pin hash: a damaged stored string is refused without crashing") {
  std::string flipped_hash = kStored1234;
  flipped_hash[flipped_hash.size() - 5] = flipped_hash[flipped_hash.size() - 5] == 'A' ? 'B' : 'A';
  const std::string damaged[] = {
      "",
      "1234",
      "$",
      "$argon2id$",
      "$argon2id$v=19$m=65536,t=2,p=1$",
      kStored1234.substr(0, kStored1234.size() / 2),                  // cut short
      kStored1234.substr(0, kStored1234.size() - 1),                  // one character short
      "$argon2id$v=19$m=65536,t=2,p=1$2tOauVdIU6awYM/yX3DO8w$!!!!",   // not base64
      "$argon2id$v=19$m=99999999999999999999,t=2,p=1$2tOauVdIU6awYM/yX3DO8w$7NFp7TVKN3/UhOM4vWT1FUpPvPYO06Jax+apj9/kc7w",
      "$scrypt$" + kStored1234.substr(10),                            // unknown algorithm
      kStored1234 + std::string(200, 'A'),                            // far too long
      std::string(kStored1234).insert(20, 1, '\0'),                   // embedded NUL
      std::string(kStored1234).replace(0, 1, "\xff"),                 // not ASCII
      flipped_hash,                                                   // well formed, wrong hash
      // Well formed but asking for 4 GiB and 1000 passes: refused unrun.
      "$argon2id$v=19$m=4194304,t=2,p=1$2tOauVdIU6awYM/yX3DO8w$7NFp7TVKN3/UhOM4vWT1FUpPvPYO06Jax+apj9/kc7w",
      "$argon2id$v=19$m=65536,t=1000,p=1$2tOauVdIU6awYM/yX3DO8w$7NFp7TVKN3/UhOM4vWT1FUpPvPYO06Jax+apj9/kc7w",
  };
  for (const std::string& s : damaged) {
    CAPTURE(s);
    CHECK_FALSE(check_pin("1234", s));
    if (s != flipped_hash) CHECK(needs_rehash(s));
  }
}

TEST_CASE("pin hash: a string made with other limits needs a new hash") {
  std::string older = kStored1234;
  older.replace(older.find("t=2"), 3, "t=3");  // still a valid string, other passes
  CHECK(needs_rehash(older));
  std::string smaller = kStored1234;
  smaller.replace(smaller.find("m=65536"), 7, "m=32768");
  CHECK(needs_rehash(smaller));
}
