#include <cstdio>
#include <fstream>
#include <ostream>
#include <string>

#include "commands.h"
#include "compile_pack.h"
#include "file_io.h"
#include "content/pack_loader.h"
#include "content/sha256.h"

// warmline-pack build DIR -o NAME.wlpack: validate a pack folder and, only
// when it has no errors, compile it into one file. The output depends on
// nothing but the folder's contents and the paths as given, so building the
// same folder twice gives the same bytes.
namespace warmline::pack_tool {
namespace {

const char* const kUsage = "usage: warmline-pack build DIR -o NAME.wlpack\n";

}  // namespace

int run_build(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string dir;
  std::string output;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o" || args[i] == "--output") {
      if (i + 1 >= args.size() || !output.empty()) {
        err << kUsage;
        return 2;
      }
      output = args[++i];
    } else if (dir.empty() && !args[i].empty() && args[i][0] != '-') {
      dir = args[i];
    } else {
      err << "warmline-pack build: unexpected argument '" << args[i] << "'\n" << kUsage;
      return 2;
    }
  }
  if (dir.empty() || output.empty()) {
    err << kUsage;
    return 2;
  }

  const PackLoad load = load_pack_dir(dir);
  std::string bytes;
  if (!compile_for_output(load, output, bytes, err)) return 1;
  if (!write_atomically(output, bytes, err)) return 1;
  std::size_t questions = 0;
  for (const Module& m : load.course.modules) questions += m.quiz.questions.size();
  out << "wrote " << output << " (" << bytes.size() << " bytes, " << load.course.modules.size() << " modules, "
      << questions << " questions, sha256 " << to_hex(sha256(bytes)) << ")\n";
  return 0;
}

}  // namespace warmline::pack_tool
