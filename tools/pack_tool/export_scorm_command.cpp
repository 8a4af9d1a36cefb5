#include <filesystem>
#include <ostream>
#include <string>

#include "commands.h"
#include "compile_pack.h"
#include "file_io.h"
#include "scorm_manifest.h"
#include "zip_writer.h"
#include "content/pack_loader.h"

// warmline-pack export-scorm PACK --scorm 1.2|2004 -o COURSE.zip [--web DIR] [--force]
//
// Packages the web build and one compiled pack as a single-SCO SCORM
// package an LMS can import. The page itself talks to the LMS; this only
// tells it how, through the launch URL's `lms` and `pack` parameters. The
// archive depends only on the pack's content and the web files, so the
// same inputs give the same bytes.
namespace warmline::pack_tool {
namespace {

#ifndef WARMLINE_WEB_BUILD_DIR
#define WARMLINE_WEB_BUILD_DIR "build/web/engine/lms"
#endif

const char* const kUsage =
    "usage: warmline-pack export-scorm PACK --scorm 1.2|2004 -o COURSE.zip [--web DIR] [--force]\n"
    "  PACK          a pack folder (compiled as `build` does) or a .wlpack file\n"
    "  --scorm       the SCORM version the LMS expects: 1.2 or 2004 (4th Edition)\n"
    "  -o COURSE.zip the package to write (never replaces a file without --force)\n"
    "  --web DIR     the web build to include (default " WARMLINE_WEB_BUILD_DIR ")\n";

// What the Emscripten build of the app leaves in build/web/engine/lms (the
// build with cmi5 / xAPI reporting, engine/CMakeLists.txt): the page,
// its loader, the engine, the preloaded assets, and the shell's style and logo.
const char* const kWebFiles[] = {"index.html", "warmline.js", "warmline.wasm", "warmline.data", "warmline.css",
                                 "favicon.svg"};
const char* const kPackEntry = "course.wlpack";

int usage(std::ostream& err, const std::string& problem) {
  err << "warmline-pack export-scorm: " << problem << "\n" << kUsage;
  return 2;
}

}  // namespace

int run_export_scorm(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string pack, scorm, output, web = WARMLINE_WEB_BUILD_DIR;
  bool force = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--scorm" || a == "-o" || a == "--output" || a == "--web") {
      if (i + 1 >= args.size()) return usage(err, a + " needs a value");
      (a == "--scorm" ? scorm : a == "--web" ? web : output) = args[++i];
    } else if (a == "--force") {
      force = true;
    } else if (a == "-h" || a == "--help") {
      out << kUsage;
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      return usage(err, "unknown option '" + a + "'");
    } else if (pack.empty() && !a.empty()) {
      pack = a;
    } else {
      return usage(err, "only one pack at a time (unexpected '" + a + "')");
    }
  }
  if (pack.empty()) return usage(err, "no pack given");
  if (scorm.empty()) return usage(err, "say which SCORM version the LMS expects: --scorm 1.2 or --scorm 2004");
  if (scorm != "1.2" && scorm != "2004") return usage(err, "--scorm is '" + scorm + "'; it must be 1.2 or 2004");
  if (output.empty()) return usage(err, "no output given: add -o COURSE.zip");
  const ScormVersion version = scorm == "1.2" ? ScormVersion::V1_2 : ScormVersion::V2004;
  std::error_code ec;
  if (!force && std::filesystem::exists(output, ec)) {
    return usage(err, output + " already exists; add --force to replace it");
  }

  // Compiled again even from a .wlpack, so a folder and its built pack give
  // the same archive.
  const PackLoad load = load_pack(pack);
  std::string pack_bytes;
  if (!compile_for_output(load, output, pack_bytes, err)) return 1;

  bool missing = false;
  for (const char* name : kWebFiles) {
    const std::filesystem::path path = std::filesystem::path(web) / name;
    if (!std::filesystem::is_regular_file(path, ec)) {
      err << "warmline-pack export-scorm: the web build has no " << path.string() << "\n";
      missing = true;
    }
  }
  if (missing) {
    err << "warmline-pack: " << output << " not written: build the web app first with "
        << "`cmake --preset web && cmake --build --preset web` (or README command 1, tools/run.sh), "
        << "or point --web at a folder that has those files\n";
    return 1;
  }

  std::vector<std::string> files(std::begin(kWebFiles), std::end(kWebFiles));
  files.push_back(kPackEntry);
  const std::string launch =
      "index.html?lms=" + std::string(scorm_lms_parameter(version)) + "&pack=" + kPackEntry;
  const std::string manifest = scorm_manifest(version, load.course.info, launch, files);

  ZipWriter zip;
  std::string problem;
  bool added = zip.add("imsmanifest.xml", manifest, problem);
  for (const char* name : kWebFiles) {
    if (!added) break;
    std::string bytes;
    if (!read_file((std::filesystem::path(web) / name).string(), bytes, err)) return 1;
    added = zip.add(name, bytes, problem);
  }
  if (added) added = zip.add(kPackEntry, pack_bytes, problem);
  if (!added) {
    err << "warmline-pack: " << output << " not written: " << problem << "\n";
    return 1;
  }
  const std::string archive = zip.finish();
  if (!write_atomically(output, archive, err)) return 1;
  out << "wrote " << output << " (SCORM " << (version == ScormVersion::V1_2 ? "1.2" : "2004 4th Edition") << ", "
      << zip.entries() << " files, " << archive.size() << " bytes; launches " << launch << ")\n";
  return 0;
}

}  // namespace warmline::pack_tool
