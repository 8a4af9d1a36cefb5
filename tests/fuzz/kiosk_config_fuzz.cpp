// parse_kiosk_config: the hand-written /etc/warmline/kiosk.conf.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "content/kiosk_config.h"
#include "fuzz_util.h"

using namespace warmline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > KioskConfig::kMaxBytes) return 0;  // load_kiosk_config reads no more
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics out;
  const KioskConfig c = parse_kiosk_config("kiosk.conf", text, out);
  fuzz::check_diagnostics(out);
  if (c.idle_timeout_seconds < KioskConfig::kMinIdleTimeout || c.idle_timeout_seconds > KioskConfig::kMaxIdleTimeout) {
    fuzz::fail("idle-timeout outside its range was kept");
  }
  return 0;
}
