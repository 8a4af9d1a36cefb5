#include "content/validation_context.h"

#include <algorithm>

#include "content/field_values.h"
#include "content/limits.h"
#include "content/utf8.h"

namespace warmline {

std::string item_label(std::string_view what, const std::string& id) {
  if (id.empty() || !utf8::is_valid(id) || id.size() > limits::kIdChars * 4) return "this " + std::string(what);
  return std::string(what) + " '" + id + "'";
}

DiagnosticSink& ValidationContext::sink(const std::string& file) {
  auto it = sinks_.find(file);
  if (it == sinks_.end()) {
    it = sinks_.emplace(std::piecewise_construct, std::forward_as_tuple(file),
                        std::forward_as_tuple(file, out_, limits::kDiagnosticsPerFile))
             .first;
  }
  return it->second;
}

bool ValidationContext::text(DiagnosticSink& s, int line, std::string_view what, const std::string& value,
                             std::size_t cap, const std::string& missing) {
  if (value.empty()) {
    if (!missing.empty()) s.error(line, 1, missing);
    return missing.empty();
  }
  if (!utf8::is_valid(value)) {
    s.error(line, 1, std::string(what) + " is not valid UTF-8");
    return false;
  }
  const bool control = std::any_of(value.begin(), value.end(), [](char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    return (u < 0x20 && u != '\t') || u == 0x7F;
  });
  if (control) {
    s.error(line, 1, std::string(what) + " contains control characters");
    return false;
  }
  const std::size_t chars = utf8::length(value);
  if (chars > cap) {
    s.error(line, 1, std::string(what) + " is " + std::to_string(chars) + " characters long; the limit is " +
                         std::to_string(cap));
    return false;
  }
  return true;
}

void ValidationContext::id(DiagnosticSink& s, int line, std::string_view what, const std::string& value) {
  if (value.empty()) {
    s.error(line, 1, "this " + std::string(what) + " has no 'id' field");
  } else if (!is_valid_id(value)) {
    const std::string shown = utf8::is_valid(value) && value.size() <= 200 ? value : utf8::repaired(value.substr(0, 200));
    s.error(line, 1, std::string(what) + " id '" + shown + "' must be lower case letters, digits and '-', at most " +
                         std::to_string(limits::kIdChars) + " characters");
  }
}

void ValidationContext::check_ids(const std::string& file, std::vector<IdUse> uses) {
  // Source order, so the second occurrence in a file is the one reported.
  std::stable_sort(uses.begin(), uses.end(), [](const IdUse& a, const IdUse& b) { return a.line < b.line; });
  DiagnosticSink& s = sink(file);
  for (IdUse& u : uses) {
    if (!is_valid_id(u.id)) continue;  // already reported by id()
    auto [it, added] = ids_.emplace(u.id, FirstUse{file, u.line, u.what});
    if (added) continue;
    const FirstUse& first = it->second;
    s.error(u.line, 1, "duplicate id '" + u.id + "': the " + first.what + " at " + first.file + ":" +
                           std::to_string(first.line) + " already uses it; ids must be unique in the whole pack");
  }
}

}  // namespace warmline
