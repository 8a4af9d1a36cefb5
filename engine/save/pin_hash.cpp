#include "save/pin_hash.h"

#include <sodium.h>

#include <stdexcept>

namespace warmline {
namespace {

constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
static_assert(kPinHashMaxChars + 1 == crypto_pwhash_STRBYTES);

// A string libsodium may be handed: it reads up to the NUL, so a stored value
// with an embedded NUL, non-printable bytes or more than the maximum length is
// refused here rather than silently cut short.
bool plausible(const std::string& stored) {
  if (stored.empty() || stored.size() > kPinHashMaxChars) return false;
  for (const char c : stored) {
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

// The "m=<KiB>,t=<passes>" of a stored string, when it has them. A string
// asking for far more than hash_pin ever used (a damaged or planted save
// file) is refused before libsodium would try to allocate and fill that much
// memory: up to 4 GiB and minutes of work for a single check.
constexpr unsigned long long kMaxMemKiB = crypto_pwhash_MEMLIMIT_MODERATE / 1024;  // 256 MiB
constexpr unsigned long long kMaxPasses = 16;

bool limits_sane(const std::string& stored) {
  auto number_after = [&](const char* tag, unsigned long long& value) {
    const std::size_t at = stored.find(tag);
    if (at == std::string::npos) return false;
    std::size_t i = at + std::char_traits<char>::length(tag);
    value = 0;
    std::size_t digits = 0;
    for (; i < stored.size() && stored[i] >= '0' && stored[i] <= '9'; ++i, ++digits) {
      if (digits >= 12) return false;  // absurd: refuse rather than overflow
      value = value * 10 + static_cast<unsigned>(stored[i] - '0');
    }
    return digits > 0;
  };
  unsigned long long mem = 0, passes = 0;
  if (!number_after("$m=", mem) || !number_after(",t=", passes)) return false;
  return mem <= kMaxMemKiB && passes <= kMaxPasses;
}

}  // namespace

void init_pin_hashing() {
  // sodium_init is itself idempotent; the static makes the once explicit and
  // thread-safe. 1 means "already started" (e.g. by init_signing), also fine.
  static const int status = sodium_init();
  if (status < 0) throw std::runtime_error("libsodium could not start");
}

std::string hash_pin(std::string_view pin) {
  if (!is_valid_pin(pin)) throw std::invalid_argument("a PIN is 4 to 6 digits");
  init_pin_hashing();
  char out[crypto_pwhash_STRBYTES] = {};
  if (crypto_pwhash_str(out, pin.data(), pin.size(), kOpsLimit, kMemLimit) != 0) {
    throw std::runtime_error("not enough memory to hash the PIN");
  }
  return std::string(out);
}

bool check_pin(std::string_view pin, const std::string& stored) {
  if (!is_valid_pin(pin) || !plausible(stored) || !limits_sane(stored)) return false;
  init_pin_hashing();
  return crypto_pwhash_str_verify(stored.c_str(), pin.data(), pin.size()) == 0;
}

bool needs_rehash(const std::string& stored) {
  if (!plausible(stored)) return true;
  init_pin_hashing();
  return crypto_pwhash_str_needs_rehash(stored.c_str(), kOpsLimit, kMemLimit) != 0;
}

}  // namespace warmline
