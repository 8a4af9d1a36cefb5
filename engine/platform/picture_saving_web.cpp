#include <emscripten.h>

#include "platform/picture_saving.h"

namespace warmline::platform {

std::string save_picture(Runner& runner, const std::string& file_name) {
  const std::string path = "/tmp/" + file_name;
  runner.capture_next_frame(path, [](const std::string& written) {
    // Hand the file to the browser as a download, then drop the copy in memory.
    EM_ASM(
        {
          var path = UTF8ToString($0);
          var bytes = FS.readFile(path);
          var url = URL.createObjectURL(new Blob([bytes], {type: 'image/png'}));
          var a = document.createElement('a');
          a.href = url;
          a.download = path.split('/').pop();
          document.body.appendChild(a);
          a.click();
          a.remove();
          setTimeout(function() { URL.revokeObjectURL(url); }, 10000);
          FS.unlink(path);
        },
        written.c_str());
  });
  return "Your certificate is downloading.";
}

}  // namespace warmline::platform
