#include "content/pack_signature.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "content/capped_file.h"
#include "content/limits.h"

namespace warmline {
namespace {

constexpr const char* kPublicHeader = "warmline-public-key";
constexpr const char* kSecretHeader = "warmline-secret-key";
constexpr const char* kSignatureHeader = "warmline-signature";
constexpr std::size_t kKeyIdBytes = 8;
// Larger than any key or signature file; stops a wrong file being read whole.
constexpr std::size_t kMaxTextFile = 64 * 1024;

// What one of the three text formats expects.
struct Format {
  const char* header;      // first word of line 1
  const char* what;        // "public key file", for messages
  const char* body;        // "the key" / "the signature"
  const char* body_is;     // "a public key" / "a signature"
  std::size_t bytes;       // size of line 3 once decoded
};
constexpr Format kPublicFormat{kPublicHeader, "Warmline public key file", "the key", "a public key", kPublicKeyBytes};
constexpr Format kSecretFormat{kSecretHeader, "Warmline secret key file", "the key", "a secret key", kSecretKeyBytes};
constexpr Format kSignatureFormat{kSignatureHeader, "Warmline signature file", "the signature", "a signature",
                                  kSignatureBytes};

struct Parsed {
  std::string error;
  std::string id;
  std::vector<unsigned char> body;
};

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back(trim(text.substr(start, nl - start)));
    start = nl + 1;
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();  // trailing blank lines are fine
  return lines;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string to_hex(const unsigned char* data, std::size_t size) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out += digits[data[i] >> 4];
    out += digits[data[i] & 15];
  }
  return out;
}

std::string located(const std::string& file, int line, const std::string& message) {
  return file + ":" + std::to_string(line) + ": " + message;
}

// Checks line 1 against `format`, naming the other formats when one of them
// was given by mistake.
std::string check_header(const std::string& file, const std::string& line, const Format& format) {
  const std::string expected = std::string(format.header) + " 1";
  if (line == expected) return {};
  const std::size_t space = line.find(' ');
  const std::string word = line.substr(0, space);
  const std::string version = space == std::string::npos ? "" : trim(line.substr(space + 1));
  if (word == format.header) {
    if (!version.empty() && version.find_first_not_of("0123456789") == std::string::npos && version != "1" &&
        version != "0") {
      return located(file, 1, "written by a newer Warmline ('" + line + "'); this one reads '" + expected + "'");
    }
    return located(file, 1, "unknown version '" + version + "'; the first line should be '" + expected + "'");
  }
  if (word == kSecretHeader && std::strcmp(format.header, kPublicHeader) == 0) {
    return located(file, 1, "this is a secret key file; give the public key file (.pub) here, and keep the .key file private");
  }
  if (word == kPublicHeader && std::strcmp(format.header, kSecretHeader) == 0) {
    return located(file, 1, "this is a public key file; signing needs the secret key file (.key)");
  }
  if (word == kSignatureHeader || word == kPublicHeader || word == kSecretHeader) {
    return located(file, 1, "this is a " + std::string(word == kSignatureHeader ? "signature" : "key") +
                                " file, not a " + format.what);
  }
  return located(file, 1, std::string("not a ") + format.what + ": the first line should be '" + expected + "'");
}

Parsed parse_text(const std::string& file, std::string_view text, const Format& format) {
  Parsed p;
  auto fail = [&](int line, const std::string& message) {
    p.error = located(file, line, message);
    p.id.clear();
    p.body.clear();
    return p;
  };
  if (text.find('\0') != std::string_view::npos) {
    return fail(1, std::string("not a ") + format.what + " (it holds binary data)");
  }
  const std::vector<std::string> lines = split_lines(text);
  if (lines.empty()) return fail(1, "the file is empty");
  if (std::string e = check_header(file, lines[0], format); !e.empty()) {
    p.error = e;
    return p;
  }
  if (lines.size() < 2 || lines[1].empty()) return fail(2, "the key id is missing");
  const std::string& id = lines[1];
  if (id.size() != kKeyIdBytes * 2) {
    return fail(2, "the key id '" + id + "' should be " + std::to_string(kKeyIdBytes * 2) + " hex digits");
  }
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (hex_value(id[i]) < 0) return fail(2, "the key id '" + id + "' should be hex digits (0-9, a-f)");
    p.id += static_cast<char>(id[i] >= 'A' && id[i] <= 'F' ? id[i] - 'A' + 'a' : id[i]);
  }
  if (lines.size() < 3 || lines[2].empty()) return fail(3, format.body + std::string(" is missing"));
  const std::string& hex = lines[2];
  for (std::size_t i = 0; i < hex.size(); ++i) {
    if (hex_value(hex[i]) < 0) {
      return fail(3, "'" + std::string(1, hex[i]) + "' (character " + std::to_string(i + 1) + ") is not a hex digit");
    }
  }
  if (hex.size() % 2 != 0) {
    return fail(3, format.body + std::string(" has an odd number of hex digits (") + std::to_string(hex.size()) +
                       "); it was cut or edited");
  }
  if (hex.size() / 2 != format.bytes) {
    return fail(3, format.body + std::string(" is ") + std::to_string(hex.size() / 2) + " bytes; " + format.body_is +
                       " is " + std::to_string(format.bytes));
  }
  if (lines.size() > 3) return fail(4, "unexpected text after " + std::string(format.body));
  p.body.resize(format.bytes);
  for (std::size_t i = 0; i < format.bytes; ++i) {
    p.body[i] = static_cast<unsigned char>(hex_value(hex[2 * i]) * 16 + hex_value(hex[2 * i + 1]));
  }
  return p;
}

std::string file_text(const char* header, const std::string& id, const unsigned char* data, std::size_t size) {
  return std::string(header) + " 1\n" + id + "\n" + to_hex(data, size) + "\n";
}

// nullopt when the file does not exist; throws nothing, `error` set on other failures.
// `what` names the kind of file in the message for one that is far too big.
std::optional<std::string> read_text_file(const std::string& path, std::string& error, std::size_t max_bytes,
                                          const char* what = "key or signature file") {
  CappedFile f = read_capped_file(path, max_bytes);
  switch (f.problem) {
    case FileProblem::None: return std::move(f.bytes);
    case FileProblem::Missing: break;
    case FileProblem::Folder: error = path + ": is a folder, not a file"; break;
    case FileProblem::TooBig:
      error = path + ":1: not a Warmline " + what + " (it is " + std::to_string(f.size) + " bytes)";
      break;
    case FileProblem::StatFailed: error = path + ": cannot read: " + f.detail; break;
    default: error = path + ": cannot read"; break;
  }
  return std::nullopt;
}

bool write_new_file(const std::string& path, const std::string& text, mode_t mode, std::string& error) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) {
    error = errno == EEXIST ? path + " already exists; a key file is never overwritten (move the old one away first)"
                            : path + ": cannot create: " + std::strerror(errno);
    return false;
  }
  bool ok = ::fchmod(fd, mode) == 0;  // the umask may only take bits away; make sure of the exact mode
  std::size_t done = 0;
  while (ok && done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) ok = false;
    else done += static_cast<std::size_t>(n);
  }
  ok = ok && ::fsync(fd) == 0;
  if (::close(fd) != 0) ok = false;
  if (!ok) {
    error = path + ": cannot write: " + std::strerror(errno);
    ::unlink(path.c_str());
  }
  return ok;
}

}  // namespace

void init_signing() {
  static const int status = sodium_init();  // thread-safe once; 1 means "already started", also fine
  if (status < 0) throw std::runtime_error("libsodium could not start");
}

std::string key_id(const std::array<unsigned char, kPublicKeyBytes>& public_key) {
  init_signing();
  unsigned char hash[crypto_generichash_BYTES];
  crypto_generichash(hash, sizeof hash, public_key.data(), public_key.size(), nullptr, 0);
  return to_hex(hash, kKeyIdBytes);
}

KeyPair generate_keypair() {
  init_signing();
  static_assert(kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES && kSecretKeyBytes == crypto_sign_SECRETKEYBYTES &&
                kSignatureBytes == crypto_sign_BYTES);
  KeyPair pair;
  crypto_sign_keypair(pair.public_key.bytes.data(), pair.secret_key.bytes.data());
  pair.public_key.id = key_id(pair.public_key.bytes);
  pair.secret_key.id = pair.public_key.id;
  return pair;
}

std::string public_key_text(const PublicKey& key) {
  return file_text(kPublicHeader, key_id(key.bytes), key.bytes.data(), key.bytes.size());
}

std::string secret_key_text(const SecretKey& key) {
  std::array<unsigned char, kPublicKeyBytes> pub{};
  crypto_sign_ed25519_sk_to_pk(pub.data(), key.bytes.data());
  return file_text(kSecretHeader, key_id(pub), key.bytes.data(), key.bytes.size());
}

PublicKeyLoad parse_public_key(const std::string& file, std::string_view text) {
  init_signing();
  PublicKeyLoad result;
  Parsed p = parse_text(file, text, kPublicFormat);
  if (!p.error.empty()) {
    result.error = p.error;
    return result;
  }
  PublicKey key;
  std::copy(p.body.begin(), p.body.end(), key.bytes.begin());
  key.id = key_id(key.bytes);
  if (key.id != p.id) {
    result.error = located(file, 2, "the key id " + p.id + " does not belong to the key on line 3 (its id is " + key.id +
                                        "); the file was edited or damaged");
    return result;
  }
  result.key = key;
  return result;
}

SecretKeyLoad parse_secret_key(const std::string& file, std::string_view text) {
  init_signing();
  SecretKeyLoad result;
  Parsed p = parse_text(file, text, kSecretFormat);
  if (!p.error.empty()) {
    result.error = p.error;
    return result;
  }
  SecretKey key;
  std::copy(p.body.begin(), p.body.end(), key.bytes.begin());
  sodium_memzero(p.body.data(), p.body.size());
  // A libsodium secret key is the 32-byte seed followed by its public key:
  // rebuild the pair from the seed so a damaged file is caught here, not by
  // kiosks refusing every pack it signs.
  std::array<unsigned char, kPublicKeyBytes> pub{};
  std::array<unsigned char, kSecretKeyBytes> rebuilt{};
  crypto_sign_seed_keypair(pub.data(), rebuilt.data(), key.bytes.data());
  const bool whole = sodium_memcmp(rebuilt.data(), key.bytes.data(), kSecretKeyBytes) == 0;
  sodium_memzero(rebuilt.data(), rebuilt.size());
  if (!whole) {
    result.error = located(file, 3, "the key is damaged: its two halves do not belong together");
    return result;
  }
  key.id = key_id(pub);
  if (key.id != p.id) {
    result.error = located(file, 2, "the key id " + p.id + " does not belong to the key on line 3 (its id is " + key.id +
                                        "); the file was edited or damaged");
    return result;
  }
  result.key = key;
  return result;
}

PublicKeyLoad load_public_key(const std::string& path) {
  std::string error;
  const std::optional<std::string> text = read_text_file(path, error, kMaxTextFile);
  if (!text) return PublicKeyLoad{std::nullopt, error.empty() ? path + ": no such file" : error};
  return parse_public_key(path, *text);
}

SecretKeyLoad load_secret_key(const std::string& path) {
  std::string error;
  std::optional<std::string> text = read_text_file(path, error, kMaxTextFile);
  if (!text) return SecretKeyLoad{std::nullopt, error.empty() ? path + ": no such file" : error};
  SecretKeyLoad result = parse_secret_key(path, *text);
  sodium_memzero(text->data(), text->size());
  return result;
}

bool save_public_key(const std::string& path, const PublicKey& key, std::string& error) {
  return write_new_file(path, public_key_text(key), 0644, error);
}

bool save_secret_key(const std::string& path, const SecretKey& key, std::string& error) {
  std::string text = secret_key_text(key);
  const bool ok = write_new_file(path, text, 0600, error);
  sodium_memzero(text.data(), text.size());
  return ok;
}

std::string sign_pack(std::string_view pack_bytes, const SecretKey& key) {
  init_signing();
  std::array<unsigned char, kSignatureBytes> sig{};
  crypto_sign_detached(sig.data(), nullptr, reinterpret_cast<const unsigned char*>(pack_bytes.data()),
                       pack_bytes.size(), key.bytes.data());
  std::array<unsigned char, kPublicKeyBytes> pub{};
  crypto_sign_ed25519_sk_to_pk(pub.data(), key.bytes.data());
  return file_text(kSignatureHeader, key_id(pub), sig.data(), sig.size());
}

std::string signature_path(const std::string& pack_path) { return pack_path + ".sig"; }

SignatureCheck verify_pack_signature(const std::string& pack_file, std::string_view pack_bytes,
                                     const std::optional<std::string>& signature_text,
                                     const std::vector<PublicKey>& trusted) {
  init_signing();
  SignatureCheck result;
  const std::string sig_file = signature_path(pack_file);
  if (!signature_text) {
    result.error = "no signature: " + sig_file +
                   " is missing; ask the trainer to sign the pack with 'warmline-pack sign'";
    return result;
  }
  Parsed p = parse_text(sig_file, *signature_text, kSignatureFormat);
  if (!p.error.empty()) {
    result.error = p.error;
    return result;
  }
  result.key_id = p.id;
  bool known = false;
  for (const PublicKey& key : trusted) {
    if (key_id(key.bytes) != p.id) continue;
    known = true;
    if (crypto_sign_verify_detached(p.body.data(), reinterpret_cast<const unsigned char*>(pack_bytes.data()),
                                    pack_bytes.size(), key.bytes.data()) == 0) {
      result.ok = true;
      return result;
    }
  }
  result.error = known ? pack_file + " does not match its signature from key " + p.id +
                             ": the pack was changed after it was signed, or is damaged"
                       : pack_file + " is signed by key " + p.id + ", which this kiosk does not trust";
  return result;
}

SignatureCheck verify_pack_file(const std::string& pack_path, const std::vector<PublicKey>& trusted) {
  std::string error;
  const std::optional<std::string> pack = read_text_file(pack_path, error, limits::kCompiledPackBytes, "pack");
  if (!pack) {
    SignatureCheck result;
    result.error = error.empty() ? pack_path + ": no such file" : error;
    return result;
  }
  const std::optional<std::string> sig = read_text_file(signature_path(pack_path), error, kMaxTextFile);
  if (!error.empty()) {
    SignatureCheck result;
    result.error = error;
    return result;
  }
  return verify_pack_signature(pack_path, *pack, sig, trusted);
}

}  // namespace warmline
