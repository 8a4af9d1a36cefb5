#include "content/capped_file.h"

#include <cstdio>
#include <memory>
#include <system_error>

namespace warmline {

CappedFile read_capped_file(const std::filesystem::path& path, std::size_t cap) {
  namespace fs = std::filesystem;
  CappedFile f;
  auto fail = [&](FileProblem p, std::string detail = {}) {
    f.bytes.clear();
    f.problem = p;
    f.detail = std::move(detail);
    return f;
  };
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (st.type() == fs::file_type::not_found) return fail(FileProblem::Missing, ec.message());
  if (ec) return fail(FileProblem::StatFailed, ec.message());
  if (fs::is_directory(st)) return fail(FileProblem::Folder);
  if (!fs::is_regular_file(st)) return fail(FileProblem::NotRegular);
  f.size = fs::file_size(path, ec);
  if (ec) return fail(FileProblem::StatFailed, ec.message());
  if (f.size > cap) return fail(FileProblem::TooBig);
  // C stdio, not fstream: the web build must not pull in iostreams.
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(path.string().c_str(), "rb"), &std::fclose);
  if (!in) return fail(FileProblem::OpenFailed);
  f.bytes.assign(static_cast<std::size_t>(f.size), '\0');
  f.bytes.resize(std::fread(f.bytes.data(), 1, f.bytes.size(), in.get()));
  if (std::ferror(in.get())) return fail(FileProblem::ReadFailed);
  char extra;
  if (f.bytes.size() == f.size && std::fread(&extra, 1, 1, in.get()) == 1) return fail(FileProblem::Grew);
  return f;
}

}  // namespace warmline
