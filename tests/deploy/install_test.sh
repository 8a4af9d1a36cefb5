#!/usr/bin/env bash
# tools/kiosk/install.sh, staged with --root (no root, apt, useradd or
# systemctl needed): the files and their modes, a second run that changes
# nothing and keeps an edited kiosk.conf, updates and stale assets, clear
# errors on bad input, --uninstall; the restart logic of warmline-kiosk-run
# (the kiosk's exit status, not xinit's); and `systemd-analyze verify` of the
# unit when systemd-analyze is installed.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
install=$repo/tools/kiosk/install.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { "$@" || { echo "FAIL: $*"; fail=1; }; }
expect() {  # expect EXIT_CODE PATTERN CMD...: run, check the exit code and that stdout+stderr contain PATTERN
  local want=$1 pattern=$2; shift 2
  local out; out=$("$@" 2>&1); local rc=$?
  [ "$rc" = "$want" ] || { echo "FAIL: '$*' exited $rc, expected $want: $out"; fail=1; }
  grep -qF -- "$pattern" <<<"$out" || { echo "FAIL: '$*' said: $out -- expected: $pattern"; fail=1; }
}
mode_is() {  # mode_is MODE PATH
  local got; got=$(stat -c %a "$2" 2>/dev/null || echo missing)
  [ "$got" = "$1" ] || { echo "FAIL: $2 has mode $got, expected $1"; fail=1; }
}
snapshot() {  # every path under $1 with type, mode, size, mtime, link target and content hash
  (cd "$1" && find . -printf '%y %m %s %T@ %p %l\n' | sort && find . -type f -print0 | sort -z | xargs -0 sha256sum)
}

# A fake native-release build.
build=$tmp/build
mkdir -p "$build/assets/fonts" "$build/assets/packs"
printf '#!/bin/sh\necho fake warmline 1\n' >"$build/warmline"; chmod 755 "$build/warmline"
echo font >"$build/assets/fonts/Sans.ttf"
echo pack >"$build/assets/packs/default.wlpack"
root=$tmp/root

# --- first install -------------------------------------------------------------
expect 0 "would run: apt-get install" "$install" --root "$root" "$build"
out=$("$install" --root "$root" "$build" 2>&1)  # (second run, checked below)
for c in useradd "systemctl enable warmline-kiosk.service" "systemctl daemon-reload"; do
  grep -qF "would run: $c" <<<"$out" || { echo "FAIL: staged run does not print 'would run: $c': $out"; fail=1; }
done
check cmp -s "$build/warmline" "$root/opt/warmline/warmline"
check cmp -s "$build/assets/packs/default.wlpack" "$root/opt/warmline/assets/packs/default.wlpack"
check cmp -s "$repo/tools/kiosk/warmline-kiosk.service" "$root/etc/systemd/system/warmline-kiosk.service"
check cmp -s "$repo/tools/kiosk/kiosk.conf.template" "$root/etc/warmline/kiosk.conf"
check test "$(readlink "$root/usr/local/bin/warmline")" = /opt/warmline/warmline
mode_is 755 "$root/opt/warmline/warmline"
mode_is 644 "$root/opt/warmline/assets/fonts/Sans.ttf"
mode_is 755 "$root/opt/warmline/kiosk/warmline-kiosk-run"
mode_is 755 "$root/opt/warmline/kiosk/warmline-kiosk-session"
mode_is 644 "$root/etc/systemd/system/warmline-kiosk.service"
mode_is 644 "$root/etc/pam.d/warmline-kiosk"
mode_is 644 "$root/etc/X11/xorg.conf.d/50-warmline-kiosk.conf"
mode_is 640 "$root/etc/warmline/kiosk.conf"
mode_is 755 "$root/etc/warmline/keys"
mode_is 750 "$root/var/lib/warmline"
mode_is 700 "$root/var/lib/warmline/profiles"
mode_is 2770 "$root/var/lib/warmline/inbox"

# The template is a valid config: only known fields, "name: value", absolute paths.
while IFS= read -r line; do
  line=${line%%[[:space:]]#*}
  [ -z "${line//[[:space:]]/}" ] && continue
  if [[ ! $line =~ ^(idle-timeout|inbox|data|trust|sound|admin-pin):\ [^[:space:]] ]]; then
    echo "FAIL: kiosk.conf.template line is not a known 'name: value': $line"; fail=1
  fi
  if [[ $line =~ ^(inbox|data|trust):\ [^/] ]]; then echo "FAIL: relative path in the template: $line"; fail=1; fi
done < <(grep -v '^#' "$repo/tools/kiosk/kiosk.conf.template")

# --- idempotent, and the admin's config is never overwritten -------------------
echo "idle-timeout: 300  # edited by the admin" >>"$root/etc/warmline/kiosk.conf"
edited=$(cat "$root/etc/warmline/kiosk.conf")
before=$(snapshot "$root")
sleep 1.1  # so a rewrite would show in the mtimes
expect 0 "done: 0 changes" "$install" --root "$root" "$build"
expect 0 "kept /etc/warmline/kiosk.conf" "$install" --root "$root" "$build"
[ "$(snapshot "$root")" = "$before" ] || { echo "FAIL: a second run changed the tree:"; diff <(echo "$before") <(snapshot "$root"); fail=1; }
[ "$(cat "$root/etc/warmline/kiosk.conf")" = "$edited" ] || { echo "FAIL: the edited kiosk.conf was changed"; fail=1; }

# A config left world-readable gets its mode back, content untouched.
chmod 644 "$root/etc/warmline/kiosk.conf"
expect 0 "mode of /etc/warmline/kiosk.conf: 0640" "$install" --root "$root" "$build"
mode_is 640 "$root/etc/warmline/kiosk.conf"
[ "$(cat "$root/etc/warmline/kiosk.conf")" = "$edited" ] || { echo "FAIL: fixing the mode changed kiosk.conf"; fail=1; }

# --- an update: a new binary, an asset gone, one added -------------------------
printf '#!/bin/sh\necho fake warmline 2\n' >"$build/warmline"
rm "$build/assets/fonts/Sans.ttf"; echo bold >"$build/assets/fonts/Bold.ttf"
echo stale >"$root/opt/warmline/assets/packs/old.wlpack"
expect 0 "installed /opt/warmline/warmline" "$install" --root "$root" "$build"
check cmp -s "$build/warmline" "$root/opt/warmline/warmline"
check test -f "$root/opt/warmline/assets/fonts/Bold.ttf"
check test ! -e "$root/opt/warmline/assets/fonts/Sans.ttf"
check test ! -e "$root/opt/warmline/assets/packs/old.wlpack"
[ "$(cat "$root/etc/warmline/kiosk.conf")" = "$edited" ] || { echo "FAIL: an update changed kiosk.conf"; fail=1; }
check test -z "$(find "$root" -name '*.new.*')"

# --- bad input -----------------------------------------------------------------
mkdir -p "$tmp/nobin/assets"
expect 1 "no binary at $tmp/nobin/warmline" "$install" --root "$tmp/r2" "$tmp/nobin"
check test ! -e "$tmp/r2/opt/warmline"
expect 1 "build directory '$tmp/missing' does not exist" "$install" --root "$tmp/r3" "$tmp/missing"
mkdir -p "$tmp/noassets"; cp "$build/warmline" "$tmp/noassets/"
expect 1 "no assets folder at $tmp/noassets/assets" "$install" --root "$tmp/r4" "$tmp/noassets"
mkdir -p "$tmp/notexec/assets"; echo x >"$tmp/notexec/assets/a"; echo x >"$tmp/notexec/warmline"
expect 1 "$tmp/notexec/warmline is not an executable file" "$install" --root "$tmp/r5" "$tmp/notexec"
expect 1 "unknown option '--frobnicate'" "$install" --frobnicate
expect 1 "--root needs a directory" "$install" --root
expect 1 "one build directory only" "$install" --root "$tmp/r6" "$build" "$build"
if [ "$(id -u)" != 0 ]; then
  expect 1 "run as root" "$install" "$build"
fi
# Another display manager already enabled.
mkdir -p "$tmp/r7/etc/systemd/system"
ln -s /lib/systemd/system/lightdm.service "$tmp/r7/etc/systemd/system/display-manager.service"
expect 1 "another display manager is enabled (/lib/systemd/system/lightdm.service)" "$install" --root "$tmp/r7" "$build"

# --- the restart logic: warmline-kiosk-run exits with the kiosk's status -------
# The two scripts with their fixed paths pointed at fakes: an xinit that runs
# its client and always exits 0 (as the real one does), an xset, a warmline.
fake=$tmp/fake; mkdir -p "$fake/bin"
# shellcheck disable=SC2016  # (these are scripts: expanded when they run)
printf '#!/bin/sh\n[ -n "$FAKE_X_DIES" ] && exit 1\n"$1"\nexit 0\n' >"$fake/bin/xinit"
printf '#!/bin/sh\nexit 0\n' >"$fake/bin/xset"
# shellcheck disable=SC2016
printf '#!/bin/sh\ncase "$FAKE_KIOSK" in segv) kill -SEGV $$ ;; *) exit "$FAKE_KIOSK" ;; esac\n' >"$fake/bin/warmline"
chmod 755 "$fake/bin/"*
sed "s|/opt/warmline/warmline|$fake/bin/warmline|" "$repo/tools/kiosk/warmline-kiosk-session" >"$fake/session"
sed "s|/usr/bin/xinit|$fake/bin/xinit|; s|/opt/warmline/kiosk/warmline-kiosk-session|$fake/session|" \
  "$repo/tools/kiosk/warmline-kiosk-run" >"$fake/run"
chmod 755 "$fake/session" "$fake/run"
run_status() {  # run_status KIOSK_STATUS [X_DIES]: the exit status of warmline-kiosk-run
  mkdir -p "$fake/rt"
  PATH="$fake/bin:$PATH" RUNTIME_DIRECTORY="$fake/rt" FAKE_KIOSK=$1 FAKE_X_DIES=${2:-} "$fake/run" >/dev/null 2>&1
  echo $?
}
[ "$(run_status 0)" = 0 ] || { echo "FAIL: the admin's Quit (0) must stop the service cleanly, got $(run_status 0)"; fail=1; }
[ "$(run_status 3)" = 3 ] || { echo "FAIL: a kiosk exit 3 must fail the service, got $(run_status 3)"; fail=1; }
[ "$(run_status segv)" = 139 ] || { echo "FAIL: a crash (SIGSEGV) must fail the service with 139, got $(run_status segv)"; fail=1; }
# The status file from an earlier run must not hide a dead X server.
run_status 0 >/dev/null
[ "$(run_status 0 yes)" = 1 ] || { echo "FAIL: X dying before the kiosk must fail the service, got $(run_status 0 yes)"; fail=1; }

# --- the unit, as systemd reads it ---------------------------------------------
if command -v systemd-analyze >/dev/null; then
  # Only complaints that its programs are not installed here are expected
  # (/usr/bin/chvt is in kbd; /opt/warmline is only staged).
  out=$(systemd-analyze --man=no verify "$root/etc/systemd/system/warmline-kiosk.service" 2>&1)
  bad=$(grep -vE '^warmline-kiosk\.service: Command (/usr/bin/chvt|/opt/warmline/kiosk/warmline-kiosk-run) is not executable: No such file or directory$' <<<"$out" | grep -v '^$')
  if [ -n "$bad" ]; then echo "FAIL: systemd-analyze verify:"; echo "$bad"; fail=1; fi
else
  echo "note: systemd-analyze is not installed; the unit file was not verified"
fi
for f in install.sh warmline-kiosk-run warmline-kiosk-session; do
  check bash -n "$repo/tools/kiosk/$f"
done

# --- uninstall -----------------------------------------------------------------
expect 0 "would run: systemctl disable --now warmline-kiosk.service" "$install" --root "$root" --uninstall
check test ! -e "$root/opt/warmline"
check test ! -e "$root/etc/systemd/system/warmline-kiosk.service"
check test ! -e "$root/etc/pam.d/warmline-kiosk"
check test ! -e "$root/etc/X11/xorg.conf.d/50-warmline-kiosk.conf"
check test ! -L "$root/usr/local/bin/warmline"
[ "$(cat "$root/etc/warmline/kiosk.conf")" = "$edited" ] || { echo "FAIL: --uninstall touched kiosk.conf"; fail=1; }
check test -d "$root/var/lib/warmline/profiles"

if [ "$fail" = 0 ]; then echo "install_test: all checks passed"; fi
exit "$fail"
