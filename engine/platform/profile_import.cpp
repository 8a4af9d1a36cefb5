#include "content/capped_file.h"
#include "content/limits.h"
#include "platform/file_exchange.h"

namespace warmline::platform {

void import_profile_file(ui::App& app, const std::string& path) {
  // Profiles are a few KB; a megabyte is certainly the wrong file.
  constexpr std::size_t kMaxBytes = 1 << 20;
  CappedFile file = read_capped_file(path, kMaxBytes);
  app.import_profile(file.bytes);  // unreadable or too big: empty bytes, refused like any damaged file
}

void install_pack_file(ui::App& app, const std::string& path, const std::string& shown) {
  CappedFile file = read_capped_file(path, limits::kCompiledPackBytes);
  if (file.problem == FileProblem::TooBig) {
    app.refuse_pack(shown, "file is " + std::to_string(file.size) + " bytes; the limit is " +
                               std::to_string(limits::kCompiledPackBytes));
    return;
  }
  app.install_pack(shown, file.bytes);  // unreadable: empty bytes, refused as "not a pack"
}

}  // namespace warmline::platform
