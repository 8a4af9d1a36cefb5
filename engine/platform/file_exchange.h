#pragma once
#include <string>

#include "platform/runner.h"
#include "ui/app.h"

// Files the learner takes away or brings in: a certificate picture, a
// profile moved between a kiosk and a browser. Natively they are files in
// the user's home folder (and dropped onto the window, or --import); on the
// web, downloads and the browser's file chooser. Each returns the sentence
// to show the learner.
namespace warmline::platform {

// The frame being drawn, as a PNG.
std::string save_picture(Runner& runner, const std::string& file_name);

// `bytes` as a file called `file_name`.
std::string offer_file(const std::string& file_name, const std::string& bytes);

// Asks for a profile file; when one arrives it goes to app.import_profile.
std::string request_import(ui::App& app);

// Reads a profile file from disk (--import, a file dropped on the window)
// into app.import_profile, refusing anything far larger than a profile.
void import_profile_file(ui::App& app, const std::string& path);

// Where files dropped on the page (web) arrive before anything asked for one.
void accept_uploads(ui::App& app);

// Asks for a course pack (.wlpack); it arrives later through app.install_pack.
std::string request_pack(ui::App& app);

// Reads a .wlpack from disk (dropped on the window; on the web, an upload
// parked in the in-memory file system) into app.install_pack. `shown` names
// it in messages.
void install_pack_file(ui::App& app, const std::string& path, const std::string& shown);

}  // namespace warmline::platform
