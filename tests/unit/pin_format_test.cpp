#include <doctest/doctest.h>

#include "core/kiosk/pin_format.h"

using warmline::is_easy_pin;

TEST_CASE("easy PINs: repeats and straight runs, nothing else") {
  for (const char* pin : {"0000", "7777", "999999", "1234", "3456", "123456", "4321", "9876", "654321"}) {
    CAPTURE(pin);
    CHECK(is_easy_pin(pin));
  }
  for (const char* pin : {"1235", "2580", "1212", "0001", "9870", "4682", "135790", "1243"}) {
    CAPTURE(pin);
    CHECK_FALSE(is_easy_pin(pin));
  }
}
