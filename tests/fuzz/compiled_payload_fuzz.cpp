// read_compiled_pack past its header: the input is the payload only (cereal
// portable binary, content/course_archive.h) and gets a correct header with
// the current format, size and SHA-256, so every mutation reaches the
// archive reader and validate_course instead of stopping at the hash check.
// Seeds are real .wlpack files with their 52-byte header cut off.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "content/compiled_pack.h"
#include "content/sha256.h"
#include "fuzz_util.h"

using namespace warmline;

namespace {
void put_le(std::string& out, std::uint64_t v, int n) {
  for (int i = 0; i < n; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view payload(reinterpret_cast<const char*>(data), size);
  std::string file("WLPACK\0\x1a", 8);  // layout: content/compiled_pack.cpp
  put_le(file, kCompiledPackFormat, 4);
  put_le(file, payload.size(), 8);
  const Sha256Digest hash = sha256(payload);
  file.append(reinterpret_cast<const char*>(hash.data()), hash.size());
  file.append(payload);
  const PackLoad load = read_compiled_pack("f.wlpack", file);
  fuzz::check_diagnostics(load.diagnostics);
  if (load.ok()) {
    // What validates must write and read back the same way.
    const PackLoad again = read_compiled_pack("g.wlpack", write_compiled_pack(load.course));
    if (!again.ok()) fuzz::fail("a pack read from a .wlpack does not read back after writing");
  }
  return 0;
}
