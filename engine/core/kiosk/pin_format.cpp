#include "core/kiosk/pin_format.h"

namespace warmline {

bool is_valid_pin(std::string_view pin) {
  if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits) return false;
  for (const char c : pin) {
    if (c < '0' || c > '9') return false;  // bytes of UTF-8 digits elsewhere are all >= 0x80
  }
  return true;
}


bool is_easy_pin(std::string_view pin) {
  if (pin.size() < 2) return true;
  bool same = true, up = true, down = true;
  for (std::size_t i = 1; i < pin.size(); ++i) {
    const int step = pin[i] - pin[i - 1];
    same = same && step == 0;
    up = up && step == 1;
    down = down && step == -1;
  }
  return same || up || down;
}

}  // namespace warmline
