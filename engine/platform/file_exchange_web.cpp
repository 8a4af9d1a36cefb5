#include <emscripten.h>

#include <cstdio>

#include "platform/file_exchange.h"
#include "platform/whole_file.h"

namespace warmline::platform {
namespace {

ui::App* g_import_target = nullptr;

// Hands a file in the in-memory file system to the browser as a download,
// then drops the copy.
void download(const std::string& path, const char* mime) {
  EM_ASM(
      {
        var path = UTF8ToString($0);
        var bytes = FS.readFile(path);
        var url = URL.createObjectURL(new Blob([bytes], {type: UTF8ToString($1)}));
        var a = document.createElement('a');
        a.href = url;
        a.download = path.split('/').pop();
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function() { URL.revokeObjectURL(url); }, 10000);
        FS.unlink(path);
      },
      path.c_str(), mime);
}

}  // namespace

std::string save_picture(Runner& runner, const std::string& file_name) {
  runner.capture_next_frame("/tmp/" + file_name, [](const std::string& written) { download(written, "image/png"); });
  return "Your certificate is downloading.";
}

std::string offer_file(const std::string& file_name, const std::string& bytes) {
  const std::string path = "/tmp/" + file_name;
  if (!write_whole_file(path, bytes)) return "The file could not be prepared for download.";
  download(path, "application/octet-stream");
  return "Your progress file is downloading. Open Warmline on the other device and import it there.";
}

std::string request_import(ui::App& app) {
  g_import_target = &app;
  EM_ASM({
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = '.wlsave';
    input.onchange = function() {
      var file = input.files && input.files[0];
      if (!file) return;
      file["arrayBuffer"]().then(function(buffer) {
        FS.writeFile('/tmp/import.wlsave', new Uint8Array(buffer));
        Module["ccall"]('warmline_import_file', null, ['string'], ['/tmp/import.wlsave']);
      });
    };
    window["warmlinePickFile"](input);
  });
  return "Choose the progress file (.wlsave) you saved on the other device.";
}

void accept_uploads(ui::App& app) { g_import_target = &app; }

std::string request_pack(ui::App& app) {
  g_import_target = &app;
  EM_ASM({
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = '.wlpack';
    input.onchange = function() {
      var file = input.files && input.files[0];
      if (file) Module["warmlineUploadPack"](file);
    };
    window["warmlinePickFile"](input);
  });
  return "Choose the course pack (.wlpack) your trainer sent you.";
}

}  // namespace warmline::platform

extern "C" EMSCRIPTEN_KEEPALIVE void warmline_install_pack_file(const char* path, const char* shown) {
  if (!warmline::platform::g_import_target) return;
  warmline::platform::install_pack_file(*warmline::platform::g_import_target, path, shown);
  std::remove(path);
}

extern "C" EMSCRIPTEN_KEEPALIVE void warmline_import_file(const char* path) {
  if (!warmline::platform::g_import_target) return;
  warmline::platform::import_profile_file(*warmline::platform::g_import_target, path);
  std::remove(path);
}
