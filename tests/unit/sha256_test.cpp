#include <doctest/doctest.h>

#include <string>

#include "content/sha256.h"

using warmline::sha256;
using warmline::to_hex;

// Test vectors from FIPS 180-4's examples (NIST CSRC "SHA256.pdf",
// "SHA2_Additional.pdf").
TEST_CASE("sha256: FIPS 180-4 one-block message 'abc'") {
  CHECK(to_hex(sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha256: empty message") {
  CHECK(to_hex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("sha256: FIPS 180-4 two-block message (448 bits)") {
  CHECK(to_hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("sha256: 896-bit message") {
  CHECK(to_hex(sha256("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
                      "lmnopqrsmnopqrstnopqrstu")) ==
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST_CASE("sha256: one million 'a'") {
  CHECK(to_hex(sha256(std::string(1000000, 'a'))) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: padding edge lengths 55, 56, 63, 64 bytes") {
  // Independently computed with Python's hashlib.
  CHECK(to_hex(sha256(std::string(55, 'x'))) == "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072");
  CHECK(to_hex(sha256(std::string(56, 'x'))) == "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e");
  CHECK(to_hex(sha256(std::string(63, 'x'))) == "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2");
  CHECK(to_hex(sha256(std::string(64, 'x'))) == "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c");
}

TEST_CASE("sha256: feeding in pieces gives the same digest as one call") {
  std::string msg;
  for (int i = 0; i < 300; ++i) msg += static_cast<char>(i * 7 + 3);
  const auto whole = sha256(msg);
  for (std::size_t step : {1u, 3u, 63u, 64u, 65u, 200u}) {
    warmline::Sha256 h;
    for (std::size_t at = 0; at < msg.size(); at += step) h.update(std::string_view(msg).substr(at, step));
    CHECK_MESSAGE(h.finish() == whole, "step " << step);
  }
}

TEST_CASE("sha256: the CPU's SHA instructions and the portable code agree") {
  // The vectors above run on whatever this machine uses; this compares the
  // two paths directly on lengths around the block size and a large input.
  MESSAGE("SHA instructions on this machine: " << std::string(warmline::sha_instructions_available() ? "yes" : "no"));
  std::string msg;
  for (int i = 0; i < 200000; ++i) msg += static_cast<char>((i * 2654435761u) >> 13);
  for (std::size_t n : {0u, 1u, 55u, 56u, 63u, 64u, 65u, 127u, 128u, 129u, 1000u, 200000u}) {
    const std::string_view part = std::string_view(msg).substr(0, n);
    warmline::use_sha_instructions(true);
    const auto fast = sha256(part);
    warmline::use_sha_instructions(false);
    const auto portable = sha256(part);
    CHECK_MESSAGE(fast == portable, "length " << n);
  }
  warmline::use_sha_instructions(true);
  CHECK(to_hex(sha256(std::string(1000000, 'a'))) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
