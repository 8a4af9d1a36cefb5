#include "core/lms/uuid.h"

#include <set>
#include <string>

#include <doctest/doctest.h>

using namespace warmline;
using namespace warmline::lms;

TEST_CASE("xapi uuid: version 4, RFC 4122 variant, lower-case hex") {
  SeededRandom random(42);
  for (int i = 0; i < 200; ++i) {
    const std::string id = uuid_v4(random);
    REQUIRE(id.size() == 36);
    CHECK(is_uuid(id));
    CHECK(id[14] == '4');
    CHECK(std::string("89ab").find(id[19]) != std::string::npos);
    CHECK(id.find_first_not_of("0123456789abcdef-") == std::string::npos);
  }
}

TEST_CASE("xapi uuid: a seed gives the same ids, different seeds different ones") {
  SeededRandom a(7), b(7), c(8);
  const std::string first = uuid_v4(a);
  CHECK(first == uuid_v4(b));
  CHECK(first != uuid_v4(c));
  CHECK(uuid_v4(a) != first);  // the generator moves on
  std::set<std::string> seen;
  SeededRandom r(1);
  for (int i = 0; i < 10000; ++i) seen.insert(uuid_v4(r));
  CHECK(seen.size() == 10000);
}

TEST_CASE("xapi uuid: the validator takes any version, either case, and nothing else") {
  CHECK(is_uuid("6f2a3e1c-9b4d-4e2f-8a1b-0c9d8e7f6a5b"));
  CHECK(is_uuid("6F2A3E1C-9B4D-1E2F-8A1B-0C9D8E7F6A5B"));  // version 1, upper case
  CHECK(is_uuid("00000000-0000-0000-0000-000000000000"));
  CHECK_FALSE(is_uuid(""));
  CHECK_FALSE(is_uuid("6f2a3e1c9b4d4e2f8a1b0c9d8e7f6a5b"));          // no dashes
  CHECK_FALSE(is_uuid("{6f2a3e1c-9b4d-4e2f-8a1b-0c9d8e7f6a5b}"));    // braces
  CHECK_FALSE(is_uuid("6f2a3e1c-9b4d-4e2f-8a1b-0c9d8e7f6a5g"));      // not hex
  CHECK_FALSE(is_uuid("6f2a3e1c-9b4d4-e2f-8a1b-0c9d8e7f6a5b"));      // dash moved
  CHECK_FALSE(is_uuid("6f2a3e1c-9b4d-4e2f-8a1b-0c9d8e7f6a5b "));     // trailing space
}
