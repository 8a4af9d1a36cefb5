#pragma once

namespace warmline::platform {

class Runner;

// Drives Runner::step until the app exits: a plain blocking loop natively,
// the browser's animation-frame callback on the web (no ASYNCIFY).
void run_main_loop(Runner& runner);

// Where the app's own files live: next to the binary natively, the preloaded
// virtual file system on the web.
const char* default_asset_dir();

// Shows an error that stops the app (at start-up, or a GL context that
// cannot draw) where the person will see it.
void report_fatal(const char* message);

}  // namespace warmline::platform
