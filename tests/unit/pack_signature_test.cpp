#include <doctest/doctest.h>

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "content/pack_signature.h"

// Signed packs (native only: built into the native unit tests, never the
// wasm ones, since libsodium is not part of the web build).
namespace {

using namespace warmline;

// Bytes standing in for a .wlpack: the signature covers whatever bytes it is
// given, so any content (including NULs) must round-trip exactly.
std::string pack_bytes() {
  std::string bytes("WLPACK\0\x1a", 8);
  for (int i = 0; i < 3000; ++i) bytes += static_cast<char>((i * 37 + 11) & 0xff);
  return bytes;
}

// Replaces line `n` (1-based) of a three-line text file.
std::string with_line(const std::string& text, int n, const std::string& replacement) {
  std::istringstream in(text);
  std::string line, out;
  for (int i = 1; std::getline(in, line); ++i) out += (i == n ? replacement : line) + "\n";
  return out;
}

std::string line_of(const std::string& text, int n) {
  std::istringstream in(text);
  std::string line;
  for (int i = 1; std::getline(in, line); ++i)
    if (i == n) return line;
  return {};
}

struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/warmline-sign-test-XXXXXX";
    REQUIRE(::mkdtemp(tmpl) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    for (const char* name : {"/t.pub", "/t.key", "/p.wlpack", "/p.wlpack.sig"}) ::unlink((path + name).c_str());
    ::rmdir(path.c_str());
  }
};

}  // namespace

TEST_CASE("pack signature: sign and verify round trip") {
  const KeyPair pair = generate_keypair();
  CHECK(pair.public_key.id.size() == 16);
  CHECK(pair.public_key.id == pair.secret_key.id);
  CHECK(pair.public_key.id == key_id(pair.public_key.bytes));
  const std::string pack = pack_bytes();
  const std::string sig = sign_pack(pack, pair.secret_key);
  CHECK(line_of(sig, 1) == "warmline-signature 1");
  CHECK(line_of(sig, 2) == pair.public_key.id);
  CHECK(line_of(sig, 3).size() == 128);

  const SignatureCheck check = verify_pack_signature("p.wlpack", pack, sig, {pair.public_key});
  CHECK(check.ok);
  CHECK(check.key_id == pair.public_key.id);
  CHECK(check.error.empty());

  // Among several trusted keys, the signer's is found.
  const KeyPair other = generate_keypair();
  CHECK(verify_pack_signature("p.wlpack", pack, sig, {other.public_key, pair.public_key}).ok);
  // An empty pack can be signed and checked too.
  CHECK(verify_pack_signature("e.wlpack", "", sign_pack("", pair.secret_key), {pair.public_key}).ok);
}

TEST_CASE("pack signature: one flipped byte anywhere in the pack is refused") {
  const KeyPair pair = generate_keypair();
  const std::string pack = pack_bytes();
  const std::string sig = sign_pack(pack, pair.secret_key);
  for (std::size_t at : {std::size_t{0}, std::size_t{7}, pack.size() / 2, pack.size() - 1}) {
    for (unsigned char mask : {0x01, 0x80}) {
      std::string changed = pack;
      changed[at] = static_cast<char>(changed[at] ^ mask);
      const SignatureCheck check = verify_pack_signature("p.wlpack", changed, sig, {pair.public_key});
      CHECK_FALSE(check.ok);
      CHECK(check.key_id == pair.public_key.id);
      CHECK(check.error == "p.wlpack does not match its signature from key " + pair.public_key.id +
                               ": the pack was changed after it was signed, or is damaged");
    }
  }
  // A byte more or less is a change as well.
  CHECK_FALSE(verify_pack_signature("p.wlpack", pack + "x", sig, {pair.public_key}).ok);
  CHECK_FALSE(verify_pack_signature("p.wlpack", pack.substr(1), sig, {pair.public_key}).ok);
}

TEST_CASE("pack signature: one flipped byte in the signature is refused") {
  const KeyPair pair = generate_keypair();
  const std::string pack = pack_bytes();
  const std::string sig = sign_pack(pack, pair.secret_key);
  const std::string hex = line_of(sig, 3);
  for (std::size_t byte : {std::size_t{0}, std::size_t{31}, std::size_t{32}, std::size_t{63}}) {
    std::string changed = hex;
    // Flip the low bit of byte `byte`: its second hex digit.
    char& digit = changed[2 * byte + 1];
    const int v = (digit >= 'a' ? digit - 'a' + 10 : digit - '0') ^ 1;
    digit = "0123456789abcdef"[v];
    const SignatureCheck check =
        verify_pack_signature("p.wlpack", pack, with_line(sig, 3, changed), {pair.public_key});
    CHECK_FALSE(check.ok);
    CHECK(check.error.find("does not match its signature") != std::string::npos);
  }
}

TEST_CASE("pack signature: a key the kiosk does not trust is refused, naming its id") {
  const KeyPair signer = generate_keypair();
  const KeyPair trusted = generate_keypair();
  const std::string pack = pack_bytes();
  const SignatureCheck check =
      verify_pack_signature("p.wlpack", pack, sign_pack(pack, signer.secret_key), {trusted.public_key});
  CHECK_FALSE(check.ok);
  CHECK(check.key_id == signer.public_key.id);
  CHECK(check.error == "p.wlpack is signed by key " + signer.public_key.id + ", which this kiosk does not trust");
  // No trusted keys at all: the same refusal.
  CHECK_FALSE(verify_pack_signature("p.wlpack", pack, sign_pack(pack, signer.secret_key), {}).ok);

  // A signature file that claims a trusted key's id but was made with another
  // key does not pass: the id only picks the key, the key decides.
  const std::string forged = with_line(sign_pack(pack, signer.secret_key), 2, trusted.public_key.id);
  const SignatureCheck f = verify_pack_signature("p.wlpack", pack, forged, {trusted.public_key});
  CHECK_FALSE(f.ok);
  CHECK(f.error.find("does not match its signature from key " + trusted.public_key.id) != std::string::npos);
}

TEST_CASE("pack signature: a missing signature file") {
  const KeyPair pair = generate_keypair();
  const SignatureCheck check = verify_pack_signature("packs/PACK.wlpack", pack_bytes(), std::nullopt, {pair.public_key});
  CHECK_FALSE(check.ok);
  CHECK(check.key_id.empty());
  CHECK(check.error ==
        "no signature: packs/PACK.wlpack.sig is missing; ask the trainer to sign the pack with 'warmline-pack sign'");
}

TEST_CASE("pack signature: malformed signature files give file:line messages") {
  const KeyPair pair = generate_keypair();
  const std::string pack = pack_bytes();
  const std::string sig = sign_pack(pack, pair.secret_key);
  const std::string hex = line_of(sig, 3);
  auto error_for = [&](const std::string& text) {
    const SignatureCheck c = verify_pack_signature("p.wlpack", pack, text, {pair.public_key});
    CHECK_FALSE(c.ok);
    return c.error;
  };
  CHECK(error_for("") == "p.wlpack.sig:1: the file is empty");
  CHECK(error_for("hello\n") ==
        "p.wlpack.sig:1: not a Warmline signature file: the first line should be 'warmline-signature 1'");
  CHECK(error_for(with_line(sig, 1, "warmline-signature 2")) ==
        "p.wlpack.sig:1: written by a newer Warmline ('warmline-signature 2'); this one reads 'warmline-signature 1'");
  CHECK(error_for("warmline-signature 1\n") == "p.wlpack.sig:2: the key id is missing");
  CHECK(error_for(with_line(sig, 2, "abc")) == "p.wlpack.sig:2: the key id 'abc' should be 16 hex digits");
  CHECK(error_for("warmline-signature 1\n" + pair.public_key.id + "\n") == "p.wlpack.sig:3: the signature is missing");
  CHECK(error_for(with_line(sig, 3, hex.substr(2))) == "p.wlpack.sig:3: the signature is 63 bytes; a signature is 64");
  CHECK(error_for(with_line(sig, 3, hex.substr(1))) ==
        "p.wlpack.sig:3: the signature has an odd number of hex digits (127); it was cut or edited");
  CHECK(error_for(with_line(sig, 3, "zz" + hex.substr(2))) ==
        "p.wlpack.sig:3: 'z' (character 1) is not a hex digit");
  CHECK(error_for(sig + "more\n") == "p.wlpack.sig:4: unexpected text after the signature");
  // Windows line ends and a trailing blank line are fine.
  std::string crlf;
  for (char c : sig) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  CHECK(verify_pack_signature("p.wlpack", pack, crlf + "\r\n", {pair.public_key}).ok);
}

TEST_CASE("pack signature: malformed key files give file:line messages") {
  const KeyPair pair = generate_keypair();
  const std::string pub = public_key_text(pair.public_key);
  const std::string key = secret_key_text(pair.secret_key);
  const std::string pub_hex = line_of(pub, 3);

  CHECK(parse_public_key("keys/trainer.pub", with_line(pub, 3, pub_hex.substr(2))).error ==
        "keys/trainer.pub:3: the key is 31 bytes; a public key is 32");
  CHECK(parse_public_key("keys/trainer.pub", "").error == "keys/trainer.pub:1: the file is empty");
  CHECK(parse_public_key("keys/trainer.pub", key).error ==
        "keys/trainer.pub:1: this is a secret key file; give the public key file (.pub) here, and keep the .key file "
        "private");
  CHECK(parse_secret_key("keys/trainer.key", pub).error ==
        "keys/trainer.key:1: this is a public key file; signing needs the secret key file (.key)");
  CHECK(parse_public_key("keys/trainer.pub", "warmline-public-key 1\n").error ==
        "keys/trainer.pub:2: the key id is missing");
  CHECK(parse_public_key("keys/trainer.pub", with_line(pub, 3, "")).error == "keys/trainer.pub:3: the key is missing");
  CHECK(parse_secret_key("keys/trainer.key", with_line(key, 3, line_of(key, 3).substr(0, 64))).error ==
        "keys/trainer.key:3: the key is 32 bytes; a secret key is 64");

  // A key id that does not belong to the key: edited or damaged.
  const KeyPair other = generate_keypair();
  CHECK(parse_public_key("keys/trainer.pub", with_line(pub, 2, other.public_key.id)).error ==
        "keys/trainer.pub:2: the key id " + other.public_key.id + " does not belong to the key on line 3 (its id is " +
            pair.public_key.id + "); the file was edited or damaged");
  // A damaged public half of a secret key.
  std::string key_hex = line_of(key, 3);
  key_hex[127] = key_hex[127] == '0' ? '1' : '0';
  CHECK(parse_secret_key("keys/trainer.key", with_line(key, 3, key_hex)).error ==
        "keys/trainer.key:3: the key is damaged: its two halves do not belong together");
}

TEST_CASE("pack signature: key files round-trip, secret key mode 0600, never overwritten") {
  TempDir dir;
  const KeyPair pair = generate_keypair();
  std::string error;
  REQUIRE(save_public_key(dir.path + "/t.pub", pair.public_key, error));
  REQUIRE(save_secret_key(dir.path + "/t.key", pair.secret_key, error));

  struct stat st {};
  REQUIRE(::stat((dir.path + "/t.key").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);

  const PublicKeyLoad pub = load_public_key(dir.path + "/t.pub");
  REQUIRE(pub.key);
  CHECK(pub.key->bytes == pair.public_key.bytes);
  CHECK(pub.key->id == pair.public_key.id);
  const SecretKeyLoad sec = load_secret_key(dir.path + "/t.key");
  REQUIRE(sec.key);
  CHECK(sec.key->bytes == pair.secret_key.bytes);
  CHECK(sec.key->id == pair.public_key.id);

  // Loaded keys sign and verify as the originals do.
  const std::string pack = pack_bytes();
  CHECK(verify_pack_signature("p.wlpack", pack, sign_pack(pack, *sec.key), {*pub.key}).ok);

  // An existing key file is never replaced.
  const KeyPair other = generate_keypair();
  CHECK_FALSE(save_secret_key(dir.path + "/t.key", other.secret_key, error));
  CHECK(error == dir.path + "/t.key already exists; a key file is never overwritten (move the old one away first)");
  CHECK_FALSE(save_public_key(dir.path + "/t.pub", other.public_key, error));
  CHECK(load_public_key(dir.path + "/t.pub").key->bytes == pair.public_key.bytes);

  // Missing key file.
  CHECK(load_public_key(dir.path + "/none.pub").error == dir.path + "/none.pub: no such file");

  // verify_pack_file reads PACK and PACK.sig from disk.
  const std::string pack_path = dir.path + "/p.wlpack";
  std::ofstream(pack_path, std::ios::binary) << pack;
  CHECK(verify_pack_file(pack_path, {*pub.key}).error.rfind("no signature: " + pack_path + ".sig is missing", 0) == 0);
  std::ofstream(pack_path + ".sig", std::ios::binary) << sign_pack(pack, pair.secret_key);
  const SignatureCheck ok = verify_pack_file(pack_path, {*pub.key});
  CHECK(ok.ok);
  CHECK(ok.key_id == pair.public_key.id);
}
