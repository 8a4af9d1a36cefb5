#include "platform/whole_file.h"

#include <cstdio>

namespace warmline::platform {

bool write_whole_file(const std::string& path, std::string_view bytes) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  const bool wrote = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  const bool closed = std::fclose(f) == 0;  // a full disk may only show here
  return wrote && closed;
}

}  // namespace warmline::platform
