#include "file_io.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace warmline::pack_tool {

bool read_file(const std::string& path, std::string& bytes, std::ostream& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << "warmline-pack: cannot read " << path << "\n";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  bytes = ss.str();
  return true;
}

bool write_atomically(const std::string& path, const std::string& bytes, std::ostream& err) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out || !out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !out.flush()) {
      err << "warmline-pack: cannot write " << temp << "\n";
      std::remove(temp.c_str());
      return false;
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    err << "warmline-pack: cannot replace " << path << "\n";
    std::remove(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace warmline::pack_tool
