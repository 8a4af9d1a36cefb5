#include <sys/stat.h>

#include <cstdlib>

#include "platform/picture_saving.h"

namespace warmline::platform {

std::string save_picture(Runner& runner, const std::string& file_name) {
  const char* home = std::getenv("HOME");
  std::string dir = home ? std::string(home) + "/Pictures" : std::string(".");
  ::mkdir(dir.c_str(), 0755);  // an existing folder is fine
  const std::string path = dir + "/" + file_name;
  runner.capture_next_frame(path);
  return "Saved as " + path;
}

}  // namespace warmline::platform
