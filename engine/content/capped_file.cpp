#include "content/capped_file.h"

#include <fstream>
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
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(FileProblem::OpenFailed);
  f.bytes.assign(static_cast<std::size_t>(f.size), '\0');
  in.read(f.bytes.data(), static_cast<std::streamsize>(f.size));
  f.bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (in.bad()) return fail(FileProblem::ReadFailed);
  char extra;
  if (in.read(&extra, 1) && f.bytes.size() == f.size) return fail(FileProblem::Grew);
  return f;
}

}  // namespace warmline
