#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Signed packs for kiosks: trainers sign a compiled pack (.wlpack) with an
// Ed25519 key (libsodium's crypto_sign_* detached signatures) and kiosks
// install only packs signed by a key they trust. NATIVE ONLY: this is the
// warmline_signing library, which the web build neither compiles nor links.
//
// Every file here is plain text a trainer can open, mail and check by eye:
//
//   TRAINER.pub     warmline-public-key 1\n<key id>\n<64 hex digits: 32 bytes>\n
//   TRAINER.key     warmline-secret-key 1\n<key id>\n<128 hex digits: 64 bytes>\n
//                   (libsodium's secret key: 32-byte seed + public key; mode 0600)
//   PACK.wlpack.sig warmline-signature 1\n<key id>\n<128 hex digits: 64 bytes>\n
//
// The signature covers the exact bytes of the .wlpack file. A key id is the
// first 8 bytes, in hex, of the BLAKE2b-256 hash (crypto_generichash) of the
// public key; it names a key in messages and picks the trusted key to check
// against, but trust always comes from the full key.
namespace warmline {

inline constexpr std::size_t kPublicKeyBytes = 32;
inline constexpr std::size_t kSecretKeyBytes = 64;
inline constexpr std::size_t kSignatureBytes = 64;

struct PublicKey {
  std::array<unsigned char, kPublicKeyBytes> bytes{};
  std::string id;  // 16 lowercase hex digits
};

struct SecretKey {
  std::array<unsigned char, kSecretKeyBytes> bytes{};
  std::string id;  // the id of the matching public key
};

struct KeyPair {
  PublicKey public_key;
  SecretKey secret_key;
};

// Starts libsodium once (thread-safe, any number of calls). Every function
// below calls it; throws std::runtime_error if libsodium cannot start.
void init_signing();

KeyPair generate_keypair();
std::string key_id(const std::array<unsigned char, kPublicKeyBytes>& public_key);

// The key file texts described above.
std::string public_key_text(const PublicKey& key);
std::string secret_key_text(const SecretKey& key);

// Parsing: `file` names the file in messages, which read
// "<file>:<line>: ..." (e.g. "keys/trainer.pub:3: the key is 31 bytes; a
// public key is 32"). On success `error` is empty.
struct PublicKeyLoad {
  std::optional<PublicKey> key;
  std::string error;
};
struct SecretKeyLoad {
  std::optional<SecretKey> key;
  std::string error;
};
PublicKeyLoad parse_public_key(const std::string& file, std::string_view text);
SecretKeyLoad parse_secret_key(const std::string& file, std::string_view text);
PublicKeyLoad load_public_key(const std::string& path);
SecretKeyLoad load_secret_key(const std::string& path);

// Write a key file; never replaces an existing file (returns false with
// `error` set). The secret key file is created with mode 0600.
bool save_public_key(const std::string& path, const PublicKey& key, std::string& error);
bool save_secret_key(const std::string& path, const SecretKey& key, std::string& error);

// The text of PACK.wlpack.sig for these exact pack bytes.
std::string sign_pack(std::string_view pack_bytes, const SecretKey& key);

struct SignatureCheck {
  bool ok = false;
  std::string key_id;  // the signer's key id, when the signature file names one
  std::string error;   // empty when ok
};

// Checks `signature_text` (the contents of pack_file + ".sig", or nullopt
// when that file is missing) against the pack bytes and the trusted keys.
// `pack_file` only names the pack in messages.
SignatureCheck verify_pack_signature(const std::string& pack_file, std::string_view pack_bytes,
                                     const std::optional<std::string>& signature_text,
                                     const std::vector<PublicKey>& trusted);

// Reads PACK and PACK.sig from disk, then verify_pack_signature.
SignatureCheck verify_pack_file(const std::string& pack_path, const std::vector<PublicKey>& trusted);

// pack_path + ".sig"
std::string signature_path(const std::string& pack_path);

}  // namespace warmline
