#pragma once
#include <string>

#include "platform/options.h"
#include "ui/app.h"

// Kiosk mode on a shared break-room machine (native only): the config file,
// PIN hashing, signed packs from the inbox, and the command-line jobs an
// admin runs on the machine itself.
namespace warmline::platform {

// Reads --config (problems go to stderr as file:line:col; a bad field keeps
// its default so the kiosk still starts) and fills the app's kiosk hooks.
// `data_dir` is set from the config's `data:` unless --data was given.
void configure_kiosk(const Options& options, ui::AppOptions& app, std::string& data_dir);

// Installs the signed packs in the inbox, as the admin screen's button does;
// each line says what happened to one file.
std::vector<std::string> install_inbox_packs(ui::App& app, const std::string& inbox,
                                             const std::vector<std::string>& trusted_key_files);

// warmline --set-admin-pin: asks for the PIN twice (without echo on a
// terminal; piped input works too, for scripts), then writes its hash into
// the config file, keeping the file's owner, group and mode. Returns the
// process exit status.
int set_admin_pin(const std::string& config_path);

// warmline --export-progress FILE: the learners x skills CSV of the
// profiles in `data_dir` for the course in use, without opening a window.
int export_progress(const Options& options);

}  // namespace warmline::platform
