#pragma once
#include <map>
#include <optional>
#include <string>

#include "save/storage.h"

// Learners' kiosk PINs, as hashes (save/pin_hash.h makes them; this file
// only keeps them), in one small file of the kiosk's storage, "kiosk-pins":
// one "<profile id> <hash>" per line. Kept apart from the profiles so a
// profile carried to a browser never takes its PIN along, and a kiosk can
// reset a PIN without touching anyone's progress.
//
// The file is written atomically with one backup (Storage's rule); a file
// that does not parse is treated as holding no PINs for the lines it cannot
// read, and those learners are asked to choose a PIN again: a PIN is a
// convenience lock on a shared screen, not the learner's data.
namespace warmline {

inline constexpr const char* kPinBookFile = "kiosk-pins";

class PinBook {
 public:
  explicit PinBook(Storage& storage);

  // The stored hash for `profile_id`, if the learner has chosen a PIN.
  std::optional<std::string> hash_for(const std::string& profile_id) const;
  // Both write at once and return the storage's status.
  IoStatus set(const std::string& profile_id, const std::string& hash);
  IoStatus clear(const std::string& profile_id);
  std::size_t size() const { return hashes_.size(); }

 private:
  IoStatus write();

  Storage& storage_;
  std::map<std::string, std::string> hashes_;
};

}  // namespace warmline
