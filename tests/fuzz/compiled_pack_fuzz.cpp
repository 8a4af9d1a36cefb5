// read_compiled_pack on raw bytes: the header checks (magic, format, size,
// SHA-256) as a kiosk meets a damaged or hostile .wlpack file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "content/compiled_pack.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const warmline::PackLoad load = warmline::read_compiled_pack("f.wlpack", bytes);
  warmline::fuzz::check_diagnostics(load.diagnostics);
  return 0;
}
