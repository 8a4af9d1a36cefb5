#include <iostream>
#include <string>
#include <vector>

#include "commands.h"

namespace {

const char* const kUsage =
    "usage: warmline-pack COMMAND ...\n"
    "  validate DIR                check a pack folder; lists every problem as file:line:col\n"
    "  build DIR -o NAME.wlpack    check, then compile a pack folder into one file\n"
    "  stats PACK                  counts per module and question type (folder or .wlpack)\n"
    "  import-gift FILE.gift [-o FILE.md] [--id MODULE-ID] [--force] [--partial]\n"
    "                              turn a Moodle GIFT question bank into a module file;\n"
    "                              --force overwrites FILE.md, --partial writes what\n"
    "                              imported even when some questions could not be\n"
    "                              (the exit code stays 1)\n"
    "  export-scorm PACK --scorm 1.2|2004 -o COURSE.zip [--web DIR] [--force]\n"
    "                              package the web app and a pack (folder or .wlpack) for\n"
    "                              an LMS; --web is the web build folder, --force\n"
    "                              overwrites COURSE.zip\n"
    "  export-cmi5 PACK -o COURSE.zip [--id-base IRI] [--web DIR] [--force]\n"
    "                              the same as a cmi5 course (cmi5.xml, one AU) for an\n"
    "                              LMS that reports to an xAPI LRS\n"
    "  rephrase-score \"TEXT\" [--pack PACK] [--against \"LINE\"]\n"
    "                              score a rewrite with the pack's marker list (JSON)\n"
#ifdef WARMLINE_PACK_SIGNING
    "  keygen OUT_BASENAME         make a signing key pair: OUT_BASENAME.key (secret, keep\n"
    "                              it private) and OUT_BASENAME.pub (give it to kiosks);\n"
    "                              never overwrites an existing key\n"
    "  sign PACK.wlpack --key FILE.key\n"
    "                              sign a compiled pack: writes PACK.wlpack.sig\n"
    "  verify PACK.wlpack --trust FILE.pub [--trust FILE.pub ...]\n"
    "                              check PACK.wlpack.sig was made by a trusted key\n"
#endif
    "Exit codes: 0 ok, 1 the content has problems, 2 the command line is wrong.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace warmline::pack_tool;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? 2 : 0;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  if (command == "validate") return run_validate(args, std::cout, std::cerr);
  if (command == "build") return run_build(args, std::cout, std::cerr);
  if (command == "stats") return run_stats(args, std::cout, std::cerr);
  if (command == "rephrase-score") return run_rephrase_score(args, std::cout, std::cerr);
  if (command == "import-gift") return run_import_gift(args, std::cout, std::cerr);
  if (command == "export-scorm") return run_export_scorm(args, std::cout, std::cerr);
  if (command == "export-cmi5") return run_export_cmi5(args, std::cout, std::cerr);
#ifdef WARMLINE_PACK_SIGNING
  if (command == "keygen") return run_keygen(args, std::cout, std::cerr);
  if (command == "sign") return run_sign(args, std::cout, std::cerr);
  if (command == "verify") return run_verify(args, std::cout, std::cerr);
#endif
  std::cerr << "warmline-pack: unknown command '" << command << "'\n" << kUsage;
  return 2;
}
