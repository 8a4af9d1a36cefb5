#pragma once
#include <cstddef>
#include <string_view>

namespace warmline {

// A kiosk PIN is 4 to 6 ASCII digits '0'..'9', nothing else: no spaces, no
// signs, no other scripts' digits (which a keyboard layout could produce but
// a learner could not reliably type again). Pure, so the web build may use
// it to filter input too; hashing PINs is native only (save/pin_hash.h).
inline constexpr std::size_t kMinPinDigits = 4;
inline constexpr std::size_t kMaxPinDigits = 6;

bool is_valid_pin(std::string_view pin);

// The PINs anyone would try first on a shared screen: one digit repeated
// (0000, 777777) or a straight run up or down (1234, 98765). A learner
// choosing a PIN is asked for another; a valid PIN either way.
bool is_easy_pin(std::string_view pin);

}  // namespace warmline
