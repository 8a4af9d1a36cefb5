#!/usr/bin/env bash
# Installs the Warmline kiosk on Debian 12 (bookworm): runtime packages, the
# `warmline` user, the build in /opt/warmline, /var/lib/warmline, a first
# /etc/warmline/kiosk.conf, and warmline-kiosk.service (enabled, not started).
# Idempotent: run it again after each new build. How-to: docs/kiosk-deploy.md.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: sudo tools/kiosk/install.sh [BUILD_DIR]
       tools/kiosk/install.sh --root DIR [BUILD_DIR]
       sudo tools/kiosk/install.sh --uninstall

  BUILD_DIR    the native release build holding `warmline` and `assets/`
               (default: build/native-release in this repository)
  --root DIR   install into the staging root DIR only: no apt-get, useradd,
               chown or systemctl; prints what it would have run (for tests)
  --uninstall  stop and remove the service, /opt/warmline and the system
               files; keeps /etc/warmline, /var/lib/warmline and the user
  --help       this text
USAGE
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
user=warmline
unit=warmline-kiosk.service

die() { printf 'install.sh: error: %s\n' "$*" >&2; exit 1; }
say() { printf '[kiosk] %s\n' "$*"; }

root="" build="" uninstall=0 staging=0
while (($#)); do
  case $1 in
    --root)
      if (($# < 2)) || [ -z "$2" ]; then die "--root needs a directory"; fi
      root=$2; staging=1; shift 2 ;;
    --root=*)
      root=${1#--root=}; staging=1; [ -n "$root" ] || die "--root needs a directory"; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) die "unknown option '$1' (see --help)" ;;
    *)
      [ -z "$build" ] || die "one build directory only, got '$build' and '$1'"
      build=$1; shift ;;
  esac
done

if ((staging)); then
  mkdir -p -- "$root" || die "cannot create the staging root '$root'"
  root=$(cd -- "$root" && pwd)
  [ "$root" != / ] || die "--root / is the live system: run without --root, as root"
else
  [ "$(id -u)" = 0 ] || die "run as root (sudo $0), or stage with --root DIR"
fi

changes=0
changed() { changes=$((changes + 1)); say "$*"; }

# A command with effects outside the staging root: run it live, print it staged.
sys() {
  if ((staging)); then
    printf '[kiosk] would run:'; printf ' %q' "$@"; printf '\n'
  else
    "$@"
  fi
}

# own PATH OWNER:GROUP: live only (a staging root has no such user).
own() {
  local path=$1 want=$2
  if ((staging)); then return 0; fi
  if [ "$(stat -c %U:%G -- "$path")" != "$want" ]; then
    chown -h -- "$want" "$path"; changed "owner of $path: $want"
  fi
}

# put SRC DEST MODE [OWNER:GROUP]: a file, replaced only when it differs.
put() {
  local src=$1 dest=$2 mode=$3 owner=${4:-root:root} d="$root$2"
  [ -f "$src" ] || die "missing $src"
  mkdir -p -- "$(dirname -- "$d")"
  if [ -f "$d" ] && [ ! -L "$d" ] && cmp -s -- "$src" "$d"; then
    if [ "$(stat -c %a -- "$d")" != "${mode#0}" ]; then
      chmod -- "$mode" "$d"; changed "mode of $dest: $mode"
    fi
  else
    # Beside it then renamed: a running kiosk keeps its old binary intact.
    install -m "$mode" -- "$src" "$d.new.$$"
    mv -f -- "$d.new.$$" "$d"
    changed "installed $dest"
  fi
  own "$d" "$owner"
}

# folder PATH MODE [OWNER:GROUP]
folder() {
  local dest=$1 mode=$2 owner=${3:-root:root} d="$root$1"
  if [ ! -d "$d" ]; then
    mkdir -p -- "$d"; chmod -- "$mode" "$d"; changed "created $dest"
  elif [ "$(stat -c %a -- "$d")" != "${mode#0}" ]; then
    chmod -- "$mode" "$d"; changed "mode of $dest: $mode"
  fi
  own "$d" "$owner"
}

# gone PATH: remove a file or folder tree if present.
gone() {
  local d="$root$1"
  if [ -e "$d" ] || [ -L "$d" ]; then rm -rf -- "$d"; changed "removed $1"; fi
}

# --- uninstall ---------------------------------------------------------------
if ((uninstall)); then
  if ((staging)) || systemctl cat "$unit" >/dev/null 2>&1; then
    sys systemctl disable --now "$unit"
  fi
  gone /etc/systemd/system/$unit
  gone /etc/pam.d/warmline-kiosk
  gone /etc/X11/xorg.conf.d/50-warmline-kiosk.conf
  gone /usr/local/bin/warmline
  gone /opt/warmline
  sys systemctl daemon-reload
  say "uninstalled ($changes changes). Kept: /etc/warmline (config, keys), /var/lib/warmline (learner profiles, inbox) and the user '$user'."
  say "To remove those too: rm -r /etc/warmline /var/lib/warmline && userdel $user"
  exit 0
fi

# --- check the input ---------------------------------------------------------
build=${build:-$repo/build/native-release}
[ -d "$build" ] || die "build directory '$build' does not exist (build it first: cmake --preset native-release && cmake --build --preset native-release, or pass its path)"
build=$(cd -- "$build" && pwd)
[ -e "$build/warmline" ] || die "no binary at $build/warmline (is '$build' a native release build?)"
if [ ! -f "$build/warmline" ] || [ ! -x "$build/warmline" ]; then die "$build/warmline is not an executable file"; fi
[ -d "$build/assets" ] || die "no assets folder at $build/assets (the binary looks for assets/ beside itself)"
[ -n "$(find "$build/assets" -type f -print -quit)" ] || die "the assets folder $build/assets is empty"
for f in warmline-kiosk.service warmline-kiosk-run warmline-kiosk-session warmline-kiosk.pam 50-warmline-kiosk.conf kiosk.conf.template; do
  [ -f "$here/$f" ] || die "missing $here/$f (install.sh must run from a full checkout)"
done
# Another display manager would fight over the screen.
dm="$root/etc/systemd/system/display-manager.service"
if [ -L "$dm" ] && [ "$(basename -- "$(readlink -- "$dm")")" != "$unit" ]; then
  die "another display manager is enabled ($(readlink -- "$dm")): disable it first (systemctl disable $(basename -- "$(readlink -- "$dm")"))"
fi

# --- packages ----------------------------------------------------------------
pkgs=(
  xserver-xorg xinit x11-xserver-utils   # X (run rootless), xinit, xset
  kbd                                   # chvt
  dbus libpam-systemd                   # a logind session for the kiosk's X
  libsdl2-2.0-0 libsodium23 libgl1 libopengl0 libgl1-mesa-dri   # warmline itself
)
if ((staging)); then
  sys apt-get install -y --no-install-recommends "${pkgs[@]}"
else
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    say "installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    changes=$((changes + 1))
  fi
fi

# --- the user ----------------------------------------------------------------
# A system user without a login shell; its home is its data folder. logind
# gives its session the screen, input and sound while VT7 is in front; the
# groups are a fallback for devices outside that (render nodes, ALSA).
groups=(video render input audio)
if ((staging)); then
  sys useradd --system --user-group --home-dir /var/lib/warmline --no-create-home \
    --shell /usr/sbin/nologin --comment "Warmline kiosk" "$user"
  sys usermod -a -G "$(IFS=,; echo "${groups[*]}")" "$user"
else
  if ! getent passwd "$user" >/dev/null; then
    useradd --system --user-group --home-dir /var/lib/warmline --no-create-home \
      --shell /usr/sbin/nologin --comment "Warmline kiosk" "$user"
    changed "created the user $user"
  fi
  for g in "${groups[@]}"; do
    if getent group "$g" >/dev/null && ! id -nG "$user" | tr ' ' '\n' | grep -qx "$g"; then
      usermod -a -G "$g" "$user"; changed "added $user to the group $g"
    fi
  done
fi

# --- the program -------------------------------------------------------------
folder /opt/warmline 0755
put "$build/warmline" /opt/warmline/warmline 0755
# assets/: the same tree as the build's, files no longer built are removed.
while IFS= read -r -d '' d; do
  folder "/opt/warmline/assets${d#"$build/assets"}" 0755
done < <(find "$build/assets" -type d -print0 | sort -z)
while IFS= read -r -d '' f; do
  put "$f" "/opt/warmline/assets${f#"$build/assets"}" 0644
done < <(find "$build/assets" -type f -print0 | sort -z)
while IFS= read -r -d '' f; do
  rel=${f#"$root/opt/warmline/assets"}
  [ -e "$build/assets$rel" ] || gone "/opt/warmline/assets$rel"
done < <(find "$root/opt/warmline/assets" -mindepth 1 -depth -print0)
folder /opt/warmline/kiosk 0755
put "$here/warmline-kiosk-run" /opt/warmline/kiosk/warmline-kiosk-run 0755
put "$here/warmline-kiosk-session" /opt/warmline/kiosk/warmline-kiosk-session 0755
folder /opt/warmline/doc 0755
for f in kiosk-deploy.md kiosk.md; do
  if [ -f "$repo/docs/$f" ]; then put "$repo/docs/$f" "/opt/warmline/doc/$f" 0644; fi
done
# `warmline --set-admin-pin` on the PATH (the binary still finds its assets:
# SDL resolves the link).
link="$root/usr/local/bin/warmline"
if [ "$(readlink -- "$link" 2>/dev/null || true)" != /opt/warmline/warmline ]; then
  mkdir -p -- "$(dirname -- "$link")"
  ln -sfn /opt/warmline/warmline "$link"; changed "linked /usr/local/bin/warmline"
fi

# --- system files ------------------------------------------------------------
put "$here/warmline-kiosk.service" /etc/systemd/system/$unit 0644
put "$here/warmline-kiosk.pam" /etc/pam.d/warmline-kiosk 0644
put "$here/50-warmline-kiosk.conf" /etc/X11/xorg.conf.d/50-warmline-kiosk.conf 0644

# --- config and data ---------------------------------------------------------
folder /etc/warmline 0755
folder /etc/warmline/keys 0755
# The config holds the admin PIN's hash, which a short PIN cannot protect
# from guessing: readable by the kiosk, not by everyone. Never overwritten.
conf=/etc/warmline/kiosk.conf
if [ -e "$root$conf" ]; then
  say "kept $conf (never overwritten)"
  if [ "$(stat -c %a -- "$root$conf")" != 640 ]; then chmod 0640 -- "$root$conf"; changed "mode of $conf: 0640"; fi
  own "$root$conf" "root:$user"
else
  put "$here/kiosk.conf.template" "$conf" 0640 "root:$user"
fi
folder /var/lib/warmline 0750 "$user:$user"
folder /var/lib/warmline/profiles 0700 "$user:$user"
# setgid: packs an admin of group warmline copies in stay readable by the kiosk.
folder /var/lib/warmline/inbox 2770 "$user:$user"

# --- the service -------------------------------------------------------------
sys systemctl daemon-reload
if ((staging)); then
  sys systemctl enable "$unit"
  sys systemctl set-default graphical.target
else
  if ! systemctl is-enabled --quiet "$unit" 2>/dev/null; then
    systemctl enable "$unit"; changed "enabled $unit"
  fi
  if [ "$(systemctl get-default)" != graphical.target ]; then
    systemctl set-default graphical.target; changed "default boot target: graphical.target"
  fi
fi

say "done: $changes changes${root:+ under $root}"
if ((!staging)); then
  if systemctl is-active --quiet "$unit"; then
    say "the kiosk is running the old build until: systemctl restart $unit"
  else
    say "start the kiosk with: systemctl start $unit (or reboot)"
  fi
  if ! grep -q '^admin-pin:' "$conf"; then
    say "no admin PIN yet: sudo warmline --set-admin-pin --config $conf"
  fi
fi
