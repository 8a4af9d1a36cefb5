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
    EM_ASM({ Module["warmlineFlush"](); });
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
        // Overlapping syncfs calls are refused by Emscripten, so one runs at
        // a time and a request during it schedules exactly one more. Until
        // the first read is back nothing is written: mirroring the still
        // empty mount would delete every stored profile.
        var running = true;
        var again = false;
        Module["warmlineFlush"] = function() {
          if (running) { again = true; return; }
          running = true;
          FS.syncfs(false, function(err) {
            running = false;
            if (err) console.error('Warmline: saving to browser storage failed', err);
            if (again) { again = false; Module["warmlineFlush"](); }
          });
        };
        FS.syncfs(true, function(err) {
          if (err) console.error('Warmline: reading browser storage failed', err);
          running = false;
          again = false;  // nothing was saved yet: the app had not read its profiles
          Module["ccall"]('warmline_storage_ready', null, [], []);
        });
        window.addEventListener('pagehide', Module["warmlineFlush"]);
        document.addEventListener('visibilitychange', function() {
          if (document.visibilityState === 'hidden') Module["warmlineFlush"]();
        });
      },
      kMount);
}

}  // namespace warmline::platform

extern "C" EMSCRIPTEN_KEEPALIVE void warmline_storage_ready() {
  if (warmline::platform::g_on_ready) warmline::platform::g_on_ready();
}
