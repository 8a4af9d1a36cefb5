#include <sys/stat.h>

#include <cstdlib>

#include "platform/file_exchange.h"
#include "platform/whole_file.h"

namespace warmline::platform {
namespace {

// ~/NAME, created if missing; "." when there is no home (a bare kiosk account).
std::string home_folder(const char* name) {
  const char* home = std::getenv("HOME");
  const std::string dir = home ? std::string(home) + "/" + name : std::string(".");
  ::mkdir(dir.c_str(), 0755);  // an existing folder is fine
  return dir;
}

}  // namespace

std::string save_picture(Runner& runner, const std::string& file_name) {
  const std::string path = home_folder("Pictures") + "/" + file_name;
  runner.capture_next_frame(path);
  return "Saved as " + path;
}

std::string offer_file(const std::string& file_name, const std::string& bytes) {
  const std::string path = home_folder("Documents") + "/" + file_name;
  if (!write_whole_file(path, bytes)) return "Could not write " + path + ". Is the disk full or read-only?";
  return "Saved as " + path + ". Copy it to the other device and import it there.";
}

void accept_uploads(ui::App& /*app*/) {}  // natively files arrive as SDL drop events

std::string request_pack(ui::App& /*app*/) {
  return "Drop the .wlpack file onto this window.";
}

std::string request_import(ui::App& /*app*/) {
  return "Drop the .wlsave file onto this window, or start Warmline with --import FILE.";
}

}  // namespace warmline::platform
