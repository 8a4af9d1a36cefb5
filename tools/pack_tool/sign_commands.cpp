#include <cstdio>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <sys/stat.h>

#include "commands.h"
#include "file_io.h"
#include "content/compiled_pack.h"
#include "content/pack_signature.h"

// warmline-pack keygen / sign / verify: Ed25519 signatures on compiled packs
// for kiosks (content/pack_signature.h). Native only: the web preset's
// warmline-pack is built without this file and without libsodium.
namespace warmline::pack_tool {
namespace {

const char* const kKeygenUsage = "usage: warmline-pack keygen OUT_BASENAME   (writes OUT_BASENAME.pub and OUT_BASENAME.key)\n";
const char* const kSignUsage = "usage: warmline-pack sign PACK.wlpack --key FILE.key\n";
const char* const kVerifyUsage = "usage: warmline-pack verify PACK.wlpack --trust FILE.pub [--trust FILE.pub ...]\n";

bool exists(const std::string& path) {
  struct stat st{};
  return ::stat(path.c_str(), &st) == 0;
}

bool is_word(const std::string& arg) { return !arg.empty() && arg[0] != '-'; }

}  // namespace

int run_keygen(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() != 1 || !is_word(args[0])) {
    err << kKeygenUsage;
    return 2;
  }
  const std::string pub_path = args[0] + ".pub";
  const std::string key_path = args[0] + ".key";
  for (const std::string& path : {pub_path, key_path}) {
    if (exists(path)) {
      err << "warmline-pack keygen: " << path
          << " already exists; a key is never overwritten (move the old files away first)\n";
      return 1;
    }
  }
  const KeyPair pair = generate_keypair();
  std::string error;
  if (!save_secret_key(key_path, pair.secret_key, error)) {
    err << "warmline-pack keygen: " << error << "\n";
    return 1;
  }
  if (!save_public_key(pub_path, pair.public_key, error)) {
    err << "warmline-pack keygen: " << error << "\n";
    std::remove(key_path.c_str());  // no half a key pair left behind
    return 1;
  }
  out << "wrote " << key_path << " (secret: keep it private, sign packs with it) and " << pub_path
      << " (public: give it to kiosks), key id " << pair.public_key.id << "\n";
  return 0;
}

int run_sign(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string pack;
  std::string key_file;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--key") {
      if (i + 1 >= args.size() || !key_file.empty()) {
        err << kSignUsage;
        return 2;
      }
      key_file = args[++i];
    } else if (pack.empty() && is_word(args[i])) {
      pack = args[i];
    } else {
      err << "warmline-pack sign: unexpected argument '" << args[i] << "'\n" << kSignUsage;
      return 2;
    }
  }
  if (pack.empty() || key_file.empty()) {
    err << kSignUsage;
    return 2;
  }
  const SecretKeyLoad key = load_secret_key(key_file);
  if (!key.key) {
    err << key.error << "\n";
    return 1;
  }
  std::string bytes;
  if (!read_file(pack, bytes, err)) return 1;
  // Only sign what a kiosk can load: a wrong or broken file is refused here.
  const PackLoad load = read_compiled_pack(pack, bytes);
  if (!load.ok()) {
    for (const Diagnostic& d : load.diagnostics) err << format_diagnostic(d) << "\n";
    err << "warmline-pack: " << pack << " not signed: it is not a valid compiled pack (build it with 'warmline-pack build')\n";
    return 1;
  }
  const std::string sig_path = signature_path(pack);
  if (!write_atomically(sig_path, sign_pack(bytes, *key.key), err)) return 1;
  out << "signed " << pack << " with key " << key.key->id << ": wrote " << sig_path << "\n";
  return 0;
}

int run_verify(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string pack;
  std::vector<std::string> trust_files;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--trust") {
      if (i + 1 >= args.size()) {
        err << kVerifyUsage;
        return 2;
      }
      trust_files.push_back(args[++i]);
    } else if (pack.empty() && is_word(args[i])) {
      pack = args[i];
    } else {
      err << "warmline-pack verify: unexpected argument '" << args[i] << "'\n" << kVerifyUsage;
      return 2;
    }
  }
  if (pack.empty() || trust_files.empty()) {
    err << kVerifyUsage;
    return 2;
  }
  std::vector<PublicKey> trusted;
  for (const std::string& file : trust_files) {
    const PublicKeyLoad key = load_public_key(file);
    if (!key.key) {
      err << key.error << "\n";
      return 1;
    }
    trusted.push_back(*key.key);
  }
  const SignatureCheck check = verify_pack_file(pack, trusted);
  if (!check.ok) {
    err << check.error << "\n";
    return 1;
  }
  out << pack << ": signed by " << check.key_id << ", OK\n";
  return 0;
}

}  // namespace warmline::pack_tool
