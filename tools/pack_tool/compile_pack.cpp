#include "compile_pack.h"

#include <ostream>

#include "content/compiled_pack.h"
#include "content/limits.h"

namespace warmline::pack_tool {

bool compile_for_output(const PackLoad& load, const std::string& output, std::string& bytes, std::ostream& err) {
  for (const Diagnostic& d : load.diagnostics) err << format_diagnostic(d) << "\n";
  if (!load.ok()) {
    err << "warmline-pack: " << output << " not written: the pack has errors\n";
    return false;
  }
  bytes = write_compiled_pack(load.course);
  if (bytes.size() > limits::kCompiledPackBytes) {
    err << "warmline-pack: " << output << " not written: the compiled pack would be " << bytes.size()
        << " bytes, more than the " << limits::kCompiledPackBytes << " the app accepts\n";
    return false;
  }
  return true;
}

}  // namespace warmline::pack_tool
