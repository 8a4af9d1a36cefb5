#include "content/manifest_parser.h"

#include "content/diagnostic_sink.h"
#include "content/field_line.h"
#include "content/field_values.h"
#include "content/limits.h"
#include "content/source_lines.h"

namespace warmline {
namespace {

const std::vector<std::string_view> kManifestFields{"id",     "title",      "version",   "language",
                                                    "author", "min-engine", "quiz-time", "pass-mark"};

void read_version(const FieldLine* f, Version& into, DiagnosticSink& sink) {
  if (!f) return;
  if (auto v = parse_version(f->value)) {
    into = *v;
  } else {
    sink.error(f->line, f->value_col, "'" + f->name + "' must be MAJOR.MINOR.PATCH, like 1.0.0");
  }
}

void read_count(const FieldLine* f, int& into, DiagnosticSink& sink) {
  if (!f) return;
  if (auto n = parse_count(f->value)) {
    into = *n;
  } else {
    sink.error(f->line, f->value_col, "'" + f->name + "' must be a whole number");
  }
}

}  // namespace

PackInfo parse_manifest_text(const std::string& file, std::string_view text, Diagnostics& out) {
  DiagnosticSink sink(file, out, limits::kDiagnosticsPerFile);
  PackInfo info;
  info.source_file = file;
  const std::vector<std::string> lines = split_source_lines(text, limits::kManifestBytes, sink);
  FieldSet fields;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const int number = static_cast<int>(i) + 1;
    const std::string_view line = trim(lines[i]);
    if (line.empty() || line.substr(0, 2) == "//") continue;
    FieldLine f;
    switch (match_field(lines[i], number, f)) {
      case FieldMatch::Field:
        fields.add(std::move(f), kManifestFields, "pack.txt", sink);
        break;
      case FieldMatch::BadCase:
        sink.error(number, f.name_col, "field names are lower case: '" + f.name + "'");
        break;
      case FieldMatch::NotAField:
        sink.error(number, 1, "pack.txt holds only 'name: value' fields and // comments");
        break;
    }
  }
  if (lines.empty()) return info;
  for (std::string_view required : {"id", "title", "version", "language", "author", "min-engine"}) {
    if (!fields.find(required)) sink.error(1, 1, "pack.txt has no '" + std::string(required) + "' field");
  }
  if (const FieldLine* f = fields.find("id")) info.id = f->value;
  if (const FieldLine* f = fields.find("title")) info.title = f->value;
  if (const FieldLine* f = fields.find("author")) info.author = f->value;
  if (const FieldLine* f = fields.find("language")) {
    info.language = f->value;
    if (!is_valid_language(f->value)) {
      sink.error(f->line, f->value_col, "language must be a code like en or en-GB, not '" + f->value + "'");
    }
  }
  read_version(fields.find("version"), info.version, sink);
  read_version(fields.find("min-engine"), info.min_engine, sink);
  read_count(fields.find("quiz-time"), info.quiz_seconds, sink);
  read_count(fields.find("pass-mark"), info.pass_mark, sink);
  return info;
}

}  // namespace warmline
