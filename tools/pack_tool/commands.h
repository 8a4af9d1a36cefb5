#pragma once
#include <iosfwd>
#include <string>
#include <vector>

// The subcommands of warmline-pack. Each gets the words after its name,
// writes results to `out` and problems to `err`, and returns the exit code
// (0 ok, 1 content problems, 2 usage errors).
namespace warmline::pack_tool {

int run_validate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_build(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_stats(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_rephrase_score(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_import_gift(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_export_scorm(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_export_cmi5(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// Pack signatures (sign_commands.cpp): native builds only, where
// WARMLINE_PACK_SIGNING is defined.
int run_keygen(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_sign(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run_verify(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace warmline::pack_tool
