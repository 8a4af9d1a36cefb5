#include "content/kiosk_config.h"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "content/diagnostic.h"

#ifndef __EMSCRIPTEN__
#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#endif

using warmline::Diagnostics;
using warmline::KioskConfig;

namespace {

struct Parsed {
  KioskConfig config;
  std::vector<std::string> messages;
};

// In-memory text only: these run as wasm under Node too.
Parsed parse(const std::string& text) {
  Diagnostics ds;
  KioskConfig c = warmline::parse_kiosk_config("kiosk.conf", text, ds);
  std::vector<std::string> messages;
  for (const warmline::Diagnostic& d : ds) messages.push_back(warmline::format_diagnostic(d));
  return {std::move(c), messages};
}

using Messages = std::vector<std::string>;

}  // namespace

TEST_CASE("kiosk config: an empty file gives the defaults") {
  for (const char* text : {"", "\n\n", "# only a comment\n   # indented comment\n"}) {
    const Parsed p = parse(text);
    CHECK(p.messages.empty());
    CHECK(p.config.idle_timeout_seconds == 120);
    CHECK(p.config.inbox.empty());
    CHECK(p.config.data.empty());
    CHECK(p.config.trust.empty());
    CHECK(p.config.sound);
    CHECK(p.config.admin_pin.empty());
  }
}

TEST_CASE("kiosk config: the documented example reads without problems") {
  const Parsed p = parse(
      "# /etc/warmline/kiosk.conf\n"
      "idle-timeout: 90          # seconds without a touch\n"
      "inbox: /var/lib/warmline/inbox\n"
      "data: /var/lib/warmline/profiles\n"
      "trust: /etc/warmline/keys/trainer-anna.pub     # may repeat\n"
      "trust: /etc/warmline/keys/trainer-ben.pub\n"
      "\n"
      "sound: off\r\n"
      "admin-pin: $argon2id$v=19$m=65536,t=3,p=1$c2FsdHNhbHQ$aGFzaGhhc2g   # from --set-admin-pin\n");
  CHECK(p.messages == Messages{});
  CHECK(p.config.idle_timeout_seconds == 90);
  CHECK(p.config.inbox == "/var/lib/warmline/inbox");
  CHECK(p.config.data == "/var/lib/warmline/profiles");
  CHECK(p.config.trust ==
        std::vector<std::string>{"/etc/warmline/keys/trainer-anna.pub", "/etc/warmline/keys/trainer-ben.pub"});
  CHECK_FALSE(p.config.sound);
  CHECK(p.config.admin_pin == "$argon2id$v=19$m=65536,t=3,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
}

TEST_CASE("kiosk config: a '#' inside a value is kept; one after a space starts a comment") {
  const Parsed p = parse("inbox: /srv/room#2/inbox #the break room\n");
  CHECK(p.messages.empty());
  CHECK(p.config.inbox == "/srv/room#2/inbox");
}

TEST_CASE("kiosk config: unknown fields, with and without a did-you-mean") {
  const Parsed p = parse(
      "idle-timout: 60\n"
      "  colour: blue\n");
  CHECK(p.messages == Messages{
                          "kiosk.conf:1:1: unknown field 'idle-timout' in the kiosk config (did you mean 'idle-timeout'?)",
                          "kiosk.conf:2:3: unknown field 'colour' in the kiosk config; its fields are idle-timeout, "
                          "inbox, data, trust, sound, admin-pin, lrs-endpoint, lrs-key, lrs-secret or lrs-home-page",
                      });
  CHECK(p.config.idle_timeout_seconds == 120);
}

TEST_CASE("kiosk config: idle-timeout must be a whole number in range") {
  const Parsed p = parse(
      "idle-timeout: 29\n"
      "\n"
      "# later\n");
  CHECK(p.messages == Messages{"kiosk.conf:1:15: idle-timeout must be from 30 to 3600 seconds, not 29"});
  CHECK(p.config.idle_timeout_seconds == 120);

  CHECK(parse("idle-timeout: 3601\n").messages ==
        Messages{"kiosk.conf:1:15: idle-timeout must be from 30 to 3600 seconds, not 3601"});
  CHECK(parse("idle-timeout:   2m\n").messages ==
        Messages{"kiosk.conf:1:17: idle-timeout must be a whole number of seconds from 30 to 3600, not '2m'"});
  CHECK(parse("idle-timeout: -40\n").messages ==
        Messages{"kiosk.conf:1:15: idle-timeout must be a whole number of seconds from 30 to 3600, not '-40'"});
  CHECK(parse("idle-timeout: 30\n").config.idle_timeout_seconds == 30);
  CHECK(parse("idle-timeout: 3600\n").config.idle_timeout_seconds == 3600);
}

TEST_CASE("kiosk config: a single field given twice") {
  const Parsed p = parse(
      "sound: off\n"
      "inbox: /a\n"
      "sound: on\n");
  CHECK(p.messages == Messages{"kiosk.conf:3:1: field 'sound' given twice (first on line 1)"});
  CHECK_FALSE(p.config.sound);
}

TEST_CASE("kiosk config: sound is on or off") {
  const Parsed p = parse("sound: yes\n");
  CHECK(p.messages == Messages{"kiosk.conf:1:8: sound must be on or off, not 'yes'"});
  CHECK(p.config.sound);
  CHECK(parse("sound: Off\n").messages == Messages{"kiosk.conf:1:8: sound must be on or off, not 'Off'"});
}

TEST_CASE("kiosk config: empty values") {
  const Parsed p = parse(
      "inbox:\n"
      "data:    # fill in later\n"
      "trust: \n");
  CHECK(p.messages == Messages{
                          "kiosk.conf:1:7: field 'inbox' has no value",
                          "kiosk.conf:2:10: field 'data' has no value",
                          "kiosk.conf:3:8: field 'trust' has no value",
                      });
}

TEST_CASE("kiosk config: relative paths are refused with a hint") {
  const Parsed p = parse(
      "inbox: inbox\n"
      "data: ./profiles\n"
      "trust: ~/keys/anna.pub\n"
      "trust: /etc/warmline/keys/ben.pub\n");
  CHECK(p.messages == Messages{
                          "kiosk.conf:1:8: inbox must be an absolute path starting with /, not 'inbox'; a relative "
                          "path would depend on the folder the kiosk was started from",
                          "kiosk.conf:2:7: data must be an absolute path starting with /, not './profiles'; a "
                          "relative path would depend on the folder the kiosk was started from",
                          "kiosk.conf:3:8: trust must be an absolute path; '~' is not expanded here, so write the "
                          "whole path, like /home/kiosk/keys/anna.pub",
                      });
  CHECK(p.config.inbox.empty());
  CHECK(p.config.data.empty());
  CHECK(p.config.trust == std::vector<std::string>{"/etc/warmline/keys/ben.pub"});
}

TEST_CASE("kiosk config: the same trusted key twice is a warning") {
  const Parsed p = parse(
      "trust: /k/anna.pub\n"
      "trust: /k/anna.pub\n");
  CHECK(p.messages == Messages{"kiosk.conf:2:8: warning: key '/k/anna.pub' is already trusted on line 1"});
  CHECK(p.config.trust == std::vector<std::string>{"/k/anna.pub"});
}

TEST_CASE("kiosk config: admin-pin holds a hash, never the PIN") {
  const Parsed p = parse("admin-pin: 1234\n");
  CHECK(p.messages == Messages{"kiosk.conf:1:12: admin-pin must be the PIN's hash, starting with $argon2id$ "
                               "(written by warmline --set-admin-pin), never the PIN itself"});
  CHECK(p.config.admin_pin.empty());
}

TEST_CASE("kiosk config: lines that are not fields") {
  const Parsed p = parse(
      "sound:off\n"
      "  just some words\n"
      "Sound: on\n"
      "// a C comment\n");
  CHECK(p.messages == Messages{
                          "kiosk.conf:1:1: expected 'name: value' (a space after the colon) or a # comment",
                          "kiosk.conf:2:3: expected 'name: value' (a space after the colon) or a # comment",
                          "kiosk.conf:3:1: field names are lower case: 'Sound'",
                          "kiosk.conf:4:1: expected 'name: value' (a space after the colon) or a # comment",
                      });
}

TEST_CASE("kiosk config: every problem is reported, not just the first") {
  const Parsed p = parse(
      "idle-timeout: 5\n"
      "sound: loud\n"
      "inbox: relative\n");
  CHECK(p.messages.size() == 3);
}

TEST_CASE("kiosk config: bad bytes are reported with their place") {
  const Parsed p = parse("sound: o\xff\n");
  REQUIRE(p.messages.size() == 2);
  CHECK(p.messages[0].rfind("kiosk.conf:1:9: ", 0) == 0);
  CHECK(p.messages[1] == "kiosk.conf:1:8: sound must be on or off, not 'o\xEF\xBF\xBD'");
}

#ifndef __EMSCRIPTEN__
TEST_CASE("kiosk config: load_kiosk_config reads a file, and reports a missing one") {
  Diagnostics ds;
  const KioskConfig missing = warmline::load_kiosk_config("/nonexistent/warmline/kiosk.conf", ds);
  REQUIRE(ds.size() == 1);
  CHECK(warmline::format_diagnostic(ds[0]) ==
        "/nonexistent/warmline/kiosk.conf:1:1: cannot read the kiosk config: no such file");
  CHECK(missing.idle_timeout_seconds == 120);

  char dir[] = "/tmp/warmline-kiosk-test-XXXXXX";
  REQUIRE(::mkdtemp(dir) != nullptr);
  const std::string path = std::string(dir) + "/kiosk.conf";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  REQUIRE(f != nullptr);
  std::fputs("idle-timeout: 300\nsound: on\nsound: off\n", f);
  std::fclose(f);
  ds.clear();
  const KioskConfig c = warmline::load_kiosk_config(path, ds);
  CHECK(c.idle_timeout_seconds == 300);
  REQUIRE(ds.size() == 1);
  CHECK(warmline::format_diagnostic(ds[0]) == path + ":3:1: field 'sound' given twice (first on line 2)");

  ds.clear();
  warmline::load_kiosk_config(dir, ds);
  REQUIRE(ds.size() == 1);
  CHECK(warmline::format_diagnostic(ds[0]) == std::string(dir) + ":1:1: the kiosk config must be a regular file");
  ::unlink(path.c_str());
  ::rmdir(dir);
}
#endif

TEST_CASE("kiosk config: an LRS takes its endpoint, key and secret together") {
  const Parsed ok = parse(
      "lrs-endpoint: https://lrs.example.com/xapi/\nlrs-key: kiosk-7\nlrs-secret: s3cr#t\n"
      "lrs-home-page: https://shop.example.com\n");
  CHECK(ok.messages == Messages{});
  CHECK(ok.config.lrs_endpoint == "https://lrs.example.com/xapi/");
  CHECK(ok.config.lrs_key == "kiosk-7");
  CHECK(ok.config.lrs_secret == "s3cr#t");
  CHECK(ok.config.lrs_home_page == "https://shop.example.com");

  const Parsed half = parse("lrs-endpoint: https://lrs.example.com/xapi/\nlrs-key: kiosk-7\n");
  CHECK(half.messages ==
        Messages{"kiosk.conf:1:1: lrs-endpoint needs lrs-secret too: the credentials the LRS issued for this kiosk"});
  CHECK(half.config.lrs_endpoint.empty());

  const Parsed orphan = parse("lrs-secret: x\n");
  CHECK(orphan.messages == Messages{"kiosk.conf:1:1: lrs-secret needs lrs-endpoint: the LRS's xAPI address"});

  const Parsed bad = parse("lrs-endpoint: lrs.example.com\nlrs-key: a:b\nlrs-secret: x\n");
  CHECK(bad.messages ==
        Messages{"kiosk.conf:1:15: lrs-endpoint must be the LRS's xAPI address starting with https:// (or "
                 "http://), not 'lrs.example.com'",
                 "kiosk.conf:2:10: lrs-key cannot contain ':' (HTTP Basic separates key and secret with it)"});
  CHECK(bad.config.lrs_endpoint.empty());
}
