#include <fstream>
#include <iterator>

#include "platform/file_exchange.h"

namespace warmline::platform {

void import_profile_file(ui::App& app, const std::string& path) {
  // Profiles are a few KB; a megabyte is certainly the wrong file.
  constexpr std::streamoff kMaxBytes = 1 << 20;
  std::ifstream in(path, std::ios::binary);
  std::string bytes;
  if (in) {
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0);
    if (size > 0 && size <= kMaxBytes) {
      bytes.resize(static_cast<std::size_t>(size));
      in.read(bytes.data(), size);
    }
  }
  app.import_profile(bytes);  // empty bytes are refused with a message like any damaged file
}

}  // namespace warmline::platform
