#include <filesystem>
#include <ostream>
#include <string>

#include "cmi5_manifest.h"
#include "commands.h"
#include "compile_pack.h"
#include "file_io.h"
#include "scorm_manifest.h"
#include "zip_writer.h"
#include "content/pack_loader.h"

// warmline-pack export-scorm PACK --scorm 1.2|2004 -o COURSE.zip [--web DIR] [--force]
// warmline-pack export-cmi5 PACK -o COURSE.zip [--id-base IRI] [--web DIR] [--force]
//
// Packages the web build and one compiled pack for an LMS to import: a
// single-SCO SCORM package (imsmanifest.xml), or a cmi5 course with one AU
// (cmi5.xml). The page itself talks to the LMS; this only tells it how,
// through the launch URL's `lms` and `pack` parameters (cmi5's LMS adds its
// own). The archive depends only on the pack's content and the web files,
// so the same inputs give the same bytes.
namespace warmline::pack_tool {
namespace {

#ifndef WARMLINE_WEB_BUILD_DIR
#define WARMLINE_WEB_BUILD_DIR "build/web/engine/lms"
#endif

const char* const kScormUsage =
    "usage: warmline-pack export-scorm PACK --scorm 1.2|2004 -o COURSE.zip [--web DIR] [--force]\n"
    "  PACK          a pack folder (compiled as `build` does) or a .wlpack file\n"
    "  --scorm       the SCORM version the LMS expects: 1.2 or 2004 (4th Edition)\n"
    "  -o COURSE.zip the package to write (never replaces a file without --force)\n"
    "  --web DIR     the web build to include (default " WARMLINE_WEB_BUILD_DIR ")\n";

const char* const kCmi5Usage =
    "usage: warmline-pack export-cmi5 PACK -o COURSE.zip [--id-base IRI] [--web DIR] [--force]\n"
    "  PACK          a pack folder (compiled as `build` does) or a .wlpack file\n"
    "  -o COURSE.zip the package to write (never replaces a file without --force)\n"
    "  --id-base IRI where the course's and AU's ids start (default " "https://warmline.invalid/course/"
    "):\n"
    "                the course is IRI + the pack's id, its AU that + /au\n"
    "  --web DIR     the web build to include (default " WARMLINE_WEB_BUILD_DIR ")\n";

// What the Emscripten build of the app leaves in build/web/engine/lms (the
// build with cmi5 / xAPI reporting, engine/CMakeLists.txt): the page,
// its loader, the engine, the preloaded assets, and the shell's style and logo.
const char* const kWebFiles[] = {"index.html", "warmline.js", "warmline.wasm", "warmline.data", "warmline.css",
                                 "favicon.svg"};
const char* const kPackEntry = "course.wlpack";

enum class PackageKind { Scorm, Cmi5 };

struct ExportRequest {
  PackageKind kind = PackageKind::Scorm;
  std::string pack, output, web = WARMLINE_WEB_BUILD_DIR;
  std::string scorm;                                        // export-scorm: "1.2" or "2004"
  std::string id_base = "https://warmline.invalid/course/";  // export-cmi5
  bool force = false;
};

const char* command_name(PackageKind kind) { return kind == PackageKind::Scorm ? "export-scorm" : "export-cmi5"; }

int usage(PackageKind kind, std::ostream& err, const std::string& problem) {
  err << "warmline-pack " << command_name(kind) << ": " << problem << "\n"
      << (kind == PackageKind::Scorm ? kScormUsage : kCmi5Usage);
  return 2;
}

// Exit code 2 (and the usage) for a wrong command line, else -1.
int parse(const std::vector<std::string>& args, ExportRequest& r, std::ostream& out, std::ostream& err) {
  const bool scorm = r.kind == PackageKind::Scorm;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string* value = a == "-o" || a == "--output" ? &r.output
                         : a == "--web"                ? &r.web
                         : a == "--scorm" && scorm     ? &r.scorm
                         : a == "--id-base" && !scorm  ? &r.id_base
                                                       : nullptr;
    if (value) {
      if (i + 1 >= args.size()) return usage(r.kind, err, a + " needs a value");
      *value = args[++i];
    } else if (a == "--force") {
      r.force = true;
    } else if (a == "-h" || a == "--help") {
      out << (scorm ? kScormUsage : kCmi5Usage);
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      return usage(r.kind, err, "unknown option '" + a + "'");
    } else if (r.pack.empty() && !a.empty()) {
      r.pack = a;
    } else {
      return usage(r.kind, err, "only one pack at a time (unexpected '" + a + "')");
    }
  }
  if (r.pack.empty()) return usage(r.kind, err, "no pack given");
  if (scorm && r.scorm.empty()) {
    return usage(r.kind, err, "say which SCORM version the LMS expects: --scorm 1.2 or --scorm 2004");
  }
  if (scorm && r.scorm != "1.2" && r.scorm != "2004") {
    return usage(r.kind, err, "--scorm is '" + r.scorm + "'; it must be 1.2 or 2004");
  }
  if (!scorm && r.id_base.rfind("https://", 0) != 0 && r.id_base.rfind("http://", 0) != 0) {
    return usage(r.kind, err, "--id-base is '" + r.id_base + "'; it must be an http:// or https:// IRI");
  }
  if (r.output.empty()) return usage(r.kind, err, "no output given: add -o COURSE.zip");
  std::error_code ec;
  if (!r.force && std::filesystem::exists(r.output, ec)) {
    return usage(r.kind, err, r.output + " already exists; add --force to replace it");
  }
  return -1;
}

int export_package(const ExportRequest& r, std::ostream& out, std::ostream& err) {
  // Compiled again even from a .wlpack, so a folder and its built pack give
  // the same archive.
  const PackLoad load = load_pack(r.pack);
  std::string pack_bytes;
  if (!compile_for_output(load, r.output, pack_bytes, err)) return 1;

  std::error_code ec;
  bool missing = false;
  for (const char* name : kWebFiles) {
    const std::filesystem::path path = std::filesystem::path(r.web) / name;
    if (!std::filesystem::is_regular_file(path, ec)) {
      err << "warmline-pack " << command_name(r.kind) << ": the web build has no " << path.string() << "\n";
      missing = true;
    }
  }
  if (missing) {
    err << "warmline-pack: " << r.output << " not written: build the web app first with "
        << "`cmake --preset web && cmake --build --preset web` (or README command 1, tools/run.sh), "
        << "or point --web at a folder that has those files\n";
    return 1;
  }

  std::string manifest_name, manifest, launch, what;
  if (r.kind == PackageKind::Scorm) {
    const ScormVersion version = r.scorm == "1.2" ? ScormVersion::V1_2 : ScormVersion::V2004;
    std::vector<std::string> files(std::begin(kWebFiles), std::end(kWebFiles));
    files.push_back(kPackEntry);
    launch = "index.html?lms=" + std::string(scorm_lms_parameter(version)) + "&pack=" + kPackEntry;
    manifest_name = "imsmanifest.xml";
    manifest = scorm_manifest(version, load.course.info, launch, files);
    what = version == ScormVersion::V1_2 ? "SCORM 1.2" : "SCORM 2004 4th Edition";
  } else {
    launch = std::string("index.html?pack=") + kPackEntry;
    manifest_name = "cmi5.xml";
    manifest = cmi5_course_structure(load.course.info, r.id_base, launch);
    what = "cmi5, AU " + cmi5_course_id(r.id_base, load.course.info) + "/au";
  }

  ZipWriter zip;
  std::string problem;
  bool added = zip.add(manifest_name, manifest, problem);
  for (const char* name : kWebFiles) {
    if (!added) break;
    std::string bytes;
    if (!read_file((std::filesystem::path(r.web) / name).string(), bytes, err)) return 1;
    added = zip.add(name, bytes, problem);
  }
  if (added) added = zip.add(kPackEntry, pack_bytes, problem);
  if (!added) {
    err << "warmline-pack: " << r.output << " not written: " << problem << "\n";
    return 1;
  }
  const std::string archive = zip.finish();
  if (!write_atomically(r.output, archive, err)) return 1;
  out << "wrote " << r.output << " (" << what << ", " << zip.entries() << " files, " << archive.size()
      << " bytes; launches " << launch << ")\n";
  return 0;
}

int run_export(PackageKind kind, const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ExportRequest request;
  request.kind = kind;
  const int status = parse(args, request, out, err);
  return status >= 0 ? status : export_package(request, out, err);
}

}  // namespace

int run_export_scorm(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  return run_export(PackageKind::Scorm, args, out, err);
}

int run_export_cmi5(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  return run_export(PackageKind::Cmi5, args, out, err);
}

}  // namespace warmline::pack_tool
