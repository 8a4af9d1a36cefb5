// The GIFT importer, and the module text it writes: that text must parse
// (warmline-pack import-gift hands it straight to the module parser).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "content/gift_import.h"
#include "content/module_parser.h"
#include "fuzz_util.h"

using namespace warmline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const GiftImport r = import_gift("in.gift", text);
  fuzz::check_diagnostics(r.diagnostics);
  if (r.questions < 0 || r.not_imported < 0) fuzz::fail("negative question counts");
  Diagnostics out;
  parse_module_text("in.md", r.module_text, out);
  fuzz::check_diagnostics(out);
  return 0;
}
