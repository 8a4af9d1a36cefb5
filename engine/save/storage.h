#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Where save files live: a directory natively, IDBFS in the browser, memory
// in tests. Names are plain file names (no directories); SaveStore only
// passes names built from validated profile ids.
namespace warmline {

struct IoStatus {
  std::string error;  // empty on success
  bool ok() const { return error.empty(); }
};

class Storage {
 public:
  virtual ~Storage() = default;

  // nullopt when there is no such file (or it cannot be read at all).
  virtual std::optional<std::string> read_file(const std::string& name) = 0;
  // Replaces `name` so a reader sees the old bytes or the new ones, never a
  // mix, even across a crash. The bytes it replaces are kept as
  // `name + ".bak"` (one generation, replacing the previous backup).
  virtual IoStatus write_file_atomic(const std::string& name, std::string_view bytes) = 0;
  // Every file name, in no particular order.
  virtual std::vector<std::string> list() = 0;
  // Removing a file that does not exist succeeds.
  virtual IoStatus remove(const std::string& name) = 0;
  // Makes the writes so far durable. The web build flushes IDBFS here;
  // FileStorage fsyncs as it writes, so for it this does nothing.
  virtual IoStatus sync() { return {}; }
};

inline constexpr std::string_view kBackupSuffix = ".bak";

}  // namespace warmline
