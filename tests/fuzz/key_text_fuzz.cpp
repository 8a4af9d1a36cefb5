// parse_public_key / parse_secret_key (libsodium, warmline_signing), and the
// signature file text through verify_pack_signature. The first byte picks the
// parser; the rest is the file text.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "content/pack_signature.h"
#include "fuzz_util.h"

using namespace warmline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 3) {
    case 0: {
      const PublicKeyLoad k = parse_public_key("t.pub", text);
      if (k.key.has_value() == !k.error.empty()) fuzz::fail("public key: both or neither of key and error");
      if (k.key && k.key->id != key_id(k.key->bytes)) fuzz::fail("public key id does not match the key");
      break;
    }
    case 1: {
      const SecretKeyLoad k = parse_secret_key("t.key", text);
      if (k.key.has_value() == !k.error.empty()) fuzz::fail("secret key: both or neither of key and error");
      break;
    }
    default: {
      static const PublicKey trusted = generate_keypair().public_key;
      const SignatureCheck c = verify_pack_signature("p.wlpack", "pack bytes", std::string(text), {trusted});
      if (c.ok == !c.error.empty()) fuzz::fail("signature: ok and error disagree");
      if (c.ok) fuzz::fail("a random signature verified");
      break;
    }
  }
  return 0;
}
