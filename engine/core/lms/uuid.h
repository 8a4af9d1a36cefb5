#pragma once
#include <string>
#include <string_view>

#include "core/quiz/seeded_random.h"

// Statement ids and registrations are UUIDs. A statement's id is chosen when
// it is queued, not when it is sent, so a re-send after a lost response
// carries the same id and the LRS stores it once.
namespace warmline::lms {

// RFC 4122 version 4 (random), lower-case: "xxxxxxxx-xxxx-4xxx-Yxxx-xxxxxxxxxxxx"
// with Y one of 8, 9, a, b. The caller seeds the generator (from the
// platform's entropy in the app, by hand in tests).
std::string uuid_v4(SeededRandom& random);

// 8-4-4-4-12 hex digits, either case, any version: registrations come from
// the LMS, which may use any UUID version.
bool is_uuid(std::string_view text);

}  // namespace warmline::lms
