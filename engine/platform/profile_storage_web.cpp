#include <emscripten.h>

#include <cstdio>

#include "platform/profile_storage.h"
#include "save/file_storage.h"

// Profiles sit in an IDBFS mount: plain files for FileStorage, mirrored to
// IndexedDB. Loading is one FS.syncfs(true) before the app may read them;
// every save is followed by FS.syncfs(false), and the page flushes again when
// it is hidden or closed, so progress survives reloads and browser restarts.
namespace warmline::platform {
namespace {

constexpr const char* kMount = "/profiles";
std::function<void()> g_on_ready;

class IdbfsStorage : public FileStorage {
 public:
  IdbfsStorage() : FileStorage(kMount) {}

  IoStatus sync() override {
    // Overlapping syncfs calls are refused by Emscripten, so one runs at a
    // time and a request during it schedules exactly one more.
    EM_ASM({
      var s = Module.warmlineSync || (Module.warmlineSync = {running: false, again: false});
      function run() {
        s.running = true;
        FS.syncfs(false, function(err) {
          s.running = false;
          if (err) console.error('Warmline: saving to browser storage failed', err);
          if (s.again) { s.again = false; run(); }
        });
      }
      if (s.running) s.again = true; else run();
    });
    return {};
  }
};

}  // namespace

std::unique_ptr<Storage> open_profile_storage(const std::string& /*data_dir*/) {
  return std::make_unique<IdbfsStorage>();
}

void load_profiles(std::function<void()> on_ready) {
  g_on_ready = std::move(on_ready);
  EM_ASM(
      {
        var dir = UTF8ToString($0);
        try { FS.mkdir(dir); } catch (e) { /* already there */ }
        FS.mount(IDBFS, {}, dir);
        FS.syncfs(true, function(err) {
          if (err) console.error('Warmline: reading browser storage failed', err);
          Module.ccall('warmline_storage_ready', null, [], []);
        });
        var flush = function() { FS.syncfs(false, function() {}); };
        window.addEventListener('pagehide', flush);
        document.addEventListener('visibilitychange', function() {
          if (document.visibilityState === 'hidden') flush();
        });
      },
      kMount);
}

}  // namespace warmline::platform

extern "C" EMSCRIPTEN_KEEPALIVE void warmline_storage_ready() {
  if (warmline::platform::g_on_ready) warmline::platform::g_on_ready();
}
