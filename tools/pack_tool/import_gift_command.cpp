#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "commands.h"
#include "content/diagnostic.h"
#include "content/field_values.h"
#include "content/gift_import.h"
#include "content/limits.h"

// warmline-pack import-gift FILE.gift [-o OUT.md] [--id MODULE-ID] [--force] [--partial]
//
// The module text goes to OUT.md (or stdout), problems to stderr as
// file:line:col, then a one-line summary. When the GIFT file has errors
// nothing is written unless --partial is given (the questions that did
// import are written then, and the exit code is still 1). An existing
// OUT.md is only replaced with --force.
namespace warmline::pack_tool {
namespace {

const char* const kUsage =
    "usage: warmline-pack import-gift FILE.gift [-o OUT.md] [--id MODULE-ID] [--force] [--partial]\n"
    "  -o OUT.md       write the module there instead of to stdout (never replaces a file without --force)\n"
    "  --id MODULE-ID  the module id, also the prefix of the question ids (default: from the file name)\n"
    "  --partial       write the questions that imported even when others had errors (exit code stays 1)\n";

int usage(std::ostream& err, const std::string& problem) {
  err << "warmline-pack import-gift: " << problem << "\n" << kUsage;
  return 2;
}

}  // namespace

int run_import_gift(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string input, output;
  GiftImportOptions options;
  bool force = false, partial = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-o" || a == "--id") {
      if (i + 1 >= args.size()) return usage(err, a + " needs a value");
      (a == "-o" ? output : options.module_id) = args[++i];
    } else if (a == "--force") {
      force = true;
    } else if (a == "--partial") {
      partial = true;
    } else if (a == "-h" || a == "--help") {
      out << kUsage;
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      return usage(err, "unknown option '" + a + "'");
    } else if (input.empty()) {
      input = a;
    } else {
      return usage(err, "only one GIFT file at a time");
    }
  }
  if (input.empty()) return usage(err, "no GIFT file given");
  if (!options.module_id.empty() && !is_valid_id(options.module_id)) {
    return usage(err, "module id '" + options.module_id + "' must be lower case letters, digits and '-', at most " +
                          std::to_string(limits::kIdChars) + " characters");
  }
  std::error_code ec;
  if (!output.empty() && !force && std::filesystem::exists(output, ec)) {
    return usage(err, output + " already exists; add --force to replace it");
  }

  std::ifstream in(input, std::ios::binary);
  if (!in) return usage(err, "cannot read " + input);
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0) return usage(err, "cannot read " + input);
  if (static_cast<std::size_t>(size) > limits::kFileBytes) {
    // Refused before reading it all, in the words the importer uses.
    err << format_diagnostic({input, 1, 1,
                              "file is " + std::to_string(size) + " bytes; the limit is " +
                                  std::to_string(limits::kFileBytes)})
        << "\nimported 0 questions\n";
    return 1;
  }
  std::ostringstream text;
  text << in.rdbuf();

  const GiftImport result = import_gift(input, text.str(), options);
  for (const Diagnostic& d : result.diagnostics) err << format_diagnostic(d) << "\n";
  const bool failed = has_errors(result.diagnostics);
  err << "imported " << result.questions << (result.questions == 1 ? " question" : " questions");
  if (result.not_imported > 0) err << "; " << result.not_imported << " not imported";
  err << "\n";

  if (failed && !partial) {
    err << "nothing written: fix the errors above, or add --partial to write the questions that imported\n";
    return 1;
  }
  if (output.empty()) {
    out << result.module_text;
  } else {
    std::ofstream file(output, std::ios::binary | std::ios::trunc);
    file << result.module_text;
    file.close();
    if (!file) {
      err << "warmline-pack import-gift: cannot write " << output << "\n";
      return 1;
    }
    err << "wrote " << output << "\n";
  }
  return failed ? 1 : 0;
}

}  // namespace warmline::pack_tool
