#include "core/kiosk/pin_format.h"

namespace warmline {

bool is_valid_pin(std::string_view pin) {
  if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits) return false;
  for (const char c : pin) {
    if (c < '0' || c > '9') return false;  // bytes of UTF-8 digits elsewhere are all >= 0x80
  }
  return true;
}

}  // namespace warmline
