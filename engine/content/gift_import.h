#pragma once
#include <string>
#include <string_view>

#include "content/diagnostic.h"

namespace warmline {

// What `warmline-pack import-gift` produces: a module file in the authoring
// format (content/README.md) holding the GIFT file's questions, and the
// problems found, located in the GIFT file. Unsupported GIFT question kinds
// (numeric, matching, essay, ...) are reported by name and line, never
// dropped silently.
struct GiftImport {
  std::string module_text;
  Diagnostics diagnostics;
  int questions = 0;
  int not_imported = 0;  // question blocks left out, each with an error
};

struct GiftImportOptions {
  // The module id, also the prefix of every question id so imported ids
  // cannot collide with other modules'. Empty: a slug of the file name.
  std::string module_id;
};

GiftImport import_gift(const std::string& file, std::string_view text);
GiftImport import_gift(const std::string& file, std::string_view text, const GiftImportOptions& options);

}  // namespace warmline
