#pragma once
#include <string>
#include <string_view>

#include "core/kiosk/pin_format.h"  // is_valid_pin

// Learner and trainer PINs on a shared kiosk, stored salted and hashed with
// libsodium's memory-hard password hash (crypto_pwhash_str: Argon2id).
// NATIVE ONLY: this is the warmline_kiosk_crypto library, which the web build
// neither compiles nor links (the browser has no kiosk PINs).
//
// What is stored is the one ASCII string hash_pin returns, at most
// kPinHashMaxChars characters, e.g.
//
//   $argon2id$v=19$m=65536,t=2,p=1$<salt: 16 random bytes, base64>$<hash: 32 bytes, base64>
//
// It holds everything needed to check a PIN later: the algorithm and its
// version, the limits it was made with (memory in KiB, passes, lanes) and
// a fresh random salt, so two learners with the same PIN store different
// strings. The PIN itself is never stored. Store the string as is; never
// compare stored strings with each other.
//
// Cost: OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (2 passes over 64 MiB),
// about 0.35 s per hash_pin or check_pin on a 2-core development machine
// (0.7 s with the other core busy); the MODERATE limits (3 passes over
// 256 MiB) took 1.6-2 s, too slow for a PIN pad. Call them off the
// frame that draws the "checking" state, and pair every check with an
// AttemptLimiter (core/kiosk/attempt_limiter.h): a 4-6 digit PIN has too few
// values for the hash alone to protect it.
namespace warmline {

// crypto_pwhash_STRBYTES - 1: the longest string hash_pin can return.
inline constexpr std::size_t kPinHashMaxChars = 127;

// Salted Argon2id hash of `pin` in the stored form above.
// Throws std::invalid_argument if !is_valid_pin(pin), std::runtime_error if
// libsodium cannot start or cannot get the memory it needs.
std::string hash_pin(std::string_view pin);

// True when `pin` is the PIN `stored` was made from (crypto_pwhash_str_verify).
// False, without throwing or crashing, for a wrong PIN, a malformed PIN, or a
// `stored` string that is empty, damaged, too long or not a libsodium hash,
// and for one asking for more than 256 MiB or 16 passes (far beyond what
// hash_pin uses: a damaged or planted value), which is refused unrun.
bool check_pin(std::string_view pin, const std::string& stored);

// True when `stored` was made with other limits or another algorithm than
// hash_pin uses now (crypto_pwhash_str_needs_rehash): after a successful
// check_pin, hash the PIN again and store the new string. Also true when
// `stored` is not a valid hash string at all (check_pin refuses those).
bool needs_rehash(const std::string& stored);

// Starts libsodium once (thread-safe, any number of calls); the functions
// above call it. Throws std::runtime_error if libsodium cannot start.
void init_pin_hashing();

}  // namespace warmline
