#include "save/save_store.h"

#include <algorithm>

#include "save/profile_codec.h"
#include "save/profile_id.h"
#include "save/progress_archive.h"

namespace warmline {
namespace {

constexpr std::string_view kDamagedInfix = ".damaged-";

std::string main_name(const std::string& id) { return id + std::string(kSaveSuffix); }
std::string backup_name(const std::string& id) { return main_name(id) + std::string(kBackupSuffix); }

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

std::string bad_id(const std::string& id) { return "\"" + id + "\" is not a valid profile id"; }

}  // namespace

SaveStore::SaveStore(Storage& storage) : storage_(storage) {}

std::vector<std::string> SaveStore::ids() {
  std::vector<std::string> out;
  for (std::string name : storage_.list()) {
    if (ends_with(name, kBackupSuffix)) name.resize(name.size() - kBackupSuffix.size());
    if (!ends_with(name, kSaveSuffix)) continue;
    name.resize(name.size() - kSaveSuffix.size());
    if (is_valid_profile_id(name)) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool SaveStore::exists(const std::string& id) {
  return storage_.read_file(main_name(id)).has_value() || storage_.read_file(backup_name(id)).has_value();
}

std::string SaveStore::new_id(std::string_view name) { return new_profile_id(name, ids()); }

// Copies `bytes` to the first free "<name>.damaged-<n>" and removes `name`.
std::string SaveStore::set_aside(const std::string& name, const std::string& bytes,
                                 std::vector<std::string>& names) {
  const std::string prefix = name + std::string(kDamagedInfix);
  int n = 0;
  for (const std::string& other : storage_.list()) {
    if (!starts_with(other, prefix)) continue;
    const std::string digits = other.substr(prefix.size());
    if (!digits.empty() && digits.size() < 9 && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      n = std::max(n, std::stoi(digits));
    }
  }
  const std::string aside = prefix + std::to_string(n + 1);
  IoStatus s = storage_.write_file_atomic(aside, bytes);
  if (!s.ok()) return s.error;
  s = storage_.remove(name);
  if (!s.ok()) return s.error;
  names.push_back(aside);
  return {};
}

StoreResult SaveStore::store(const std::string& id, const LearnerProgress& progress) {
  StoreResult result;
  if (!is_valid_profile_id(id)) {
    result.error = bad_id(id);
    return result;
  }
  std::string bytes;
  try {
    bytes = encode_profile(progress);
  } catch (const saved::Unsavable& e) {
    result.error = e.what();
    return result;
  }
  for (const std::string& name : {main_name(id), backup_name(id)}) {
    const std::optional<std::string> old = storage_.read_file(name);
    if (!old || decode_profile(*old).ok()) continue;
    result.error = set_aside(name, *old, result.set_aside);
    if (!result.ok()) {
      result.error = "progress not saved: a damaged file could not be set aside (" + result.error + ")";
      return result;
    }
  }
  IoStatus s = storage_.write_file_atomic(main_name(id), bytes);
  if (s.ok()) s = storage_.sync();
  result.error = s.error;
  return result;
}

LoadResult SaveStore::load(const std::string& id) {
  LoadResult result;
  if (!is_valid_profile_id(id)) {
    result.error = bad_id(id);
    return result;
  }
  const std::optional<std::string> main = storage_.read_file(main_name(id));
  std::string main_problem = "the save file is missing";
  if (main) {
    result.found = true;
    ProfileDecode d = decode_profile(*main);
    if (d.ok()) {
      result.progress = std::move(d.progress);
      return result;
    }
    main_problem = "the save file is damaged (" + d.error + ")";
  }
  const std::optional<std::string> backup = storage_.read_file(backup_name(id));
  if (!backup) {
    result.error = main ? main_problem + " and there is no backup; the file is left as it is"
                        : "no saved progress for \"" + id + "\"";
    return result;
  }
  result.found = true;
  ProfileDecode b = decode_profile(*backup);
  if (!b.ok()) {
    result.error = main_problem + ", and so is its backup (" + b.error + "); both files are left as they are";
    return result;
  }
  result.progress = std::move(b.progress);
  result.recovered_from_backup = true;
  result.reason = main_problem;
  return result;
}

std::vector<ProfileSummary> SaveStore::list() {
  std::vector<ProfileSummary> out;
  for (const std::string& id : ids()) {
    LoadResult r = load(id);
    ProfileSummary s;
    s.id = id;
    s.name = r.progress.name;
    s.xp = r.progress.xp;
    s.recovered_from_backup = r.recovered_from_backup;
    s.error = r.error;
    out.push_back(std::move(s));
  }
  return out;
}

IoStatus SaveStore::remove(const std::string& id) {
  if (!is_valid_profile_id(id)) return {bad_id(id)};
  const std::string main = main_name(id);
  for (const std::string& name : storage_.list()) {
    const bool ours = name == main || name == backup_name(id) ||
                      starts_with(name, main + std::string(kDamagedInfix)) ||
                      starts_with(name, backup_name(id) + std::string(kDamagedInfix));
    if (!ours) continue;
    IoStatus s = storage_.remove(name);
    if (!s.ok()) return s;
  }
  return storage_.sync();
}

ExportResult SaveStore::export_profile(const std::string& id) {
  ExportResult result;
  LoadResult loaded = load(id);
  if (!loaded.ok()) {
    result.error = loaded.error;
    return result;
  }
  try {
    result.bytes = encode_profile(loaded.progress);
  } catch (const saved::Unsavable& e) {
    result.error = e.what();
    return result;
  }
  result.file_name = main_name(id);
  return result;
}

ImportResult SaveStore::import_profile(std::string_view bytes) {
  ProfileDecode d = decode_profile(bytes);
  if (!d.ok()) {
    ImportResult result;
    result.error = "this file cannot be imported: " + d.error + "; nothing was changed";
    return result;
  }
  return import_profile(bytes, new_id(d.progress.name), IfExists::Refuse);
}

ImportResult SaveStore::import_profile(std::string_view bytes, const std::string& id, IfExists if_exists) {
  ImportResult result;
  result.id = id;
  if (!is_valid_profile_id(id)) {
    result.error = bad_id(id);
    return result;
  }
  ProfileDecode d = decode_profile(bytes);
  if (!d.ok()) {
    result.error = "this file cannot be imported: " + d.error + "; nothing was changed";
    return result;
  }
  if (if_exists == IfExists::Refuse && exists(id)) {
    result.error = "a profile \"" + id + "\" already exists; nothing was changed";
    return result;
  }
  const StoreResult stored = store(id, d.progress);
  if (!stored.ok()) {
    result.error = stored.error;
    return result;
  }
  result.progress = std::move(d.progress);
  return result;
}

}  // namespace warmline
