#!/usr/bin/env bash
# Installs and builds everything Warmline needs, idempotently.
# Only Debian's mirror and the npm registry are used (see ../README.md).
# Heavy builds are cached outside the clone, keyed by version, so a fresh
# clone (or CI) reuses them: $WARMLINE_CACHE (default ~/.cache/warmline).
set -euo pipefail
# A step that fails quietly still says where (set -e alone exits without a word).
trap 'echo "[deps] failed at tools/deps.sh line $LINENO: $BASH_COMMAND" >&2' ERR

here=$(cd "$(dirname "$0")/.." && pwd)
cache=${WARMLINE_CACHE:-$HOME/.cache/warmline}
sdl_ver=2.26.5
imgui_ver=1.86
mkdir -p "$cache"

log() { printf '\033[1;34m[deps]\033[0m %s\n' "$*"; }

# --- Debian packages ---------------------------------------------------------
apt_pkgs=(
  build-essential cmake ninja-build pkg-config
  emscripten                        # 3.1.6: clang-14, lld-14, binaryen, node-acorn
  libsdl2-dev libgl-dev             # native kiosk build
  libsodium-dev                     # native only: Ed25519 pack signatures (warmline_signing)
  libcereal-dev doctest-dev rapidjson-dev   # header-only: saves, tests, state JSON
  fonts-dejavu-core python3-fonttools   # the UI font and its subsetter
  xvfb xauth libgl1-mesa-dri x11-utils imagemagick   # native UI tests + screenshots
  chromium                          # browser end-to-end tests
  clang libclang-rt-14-dev          # tools/fuzz: clang++ and libFuzzer + ASan/UBSan runtimes (fuzz preset)
  valgrind time                     # tools/bench.sh: instructions per frame, peak RSS
)
# Node may come from elsewhere (this image ships its own with npm); only ask
# apt for it when the commands are missing.
command -v node >/dev/null || apt_pkgs+=(nodejs)
command -v npm >/dev/null || apt_pkgs+=(npm)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  sudo_cmd=(); [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- npm (test driver only) --------------------------------------------------
# Installed again whenever package-lock.json changes (a stamp of its hash),
# so a new test dependency reaches machines that already have node_modules.
e2e_lock=$(sha256sum "$here/tests/e2e/package-lock.json" | cut -c1-16)
if [ "$(cat "$here/tests/e2e/node_modules/.warmline-lock" 2>/dev/null)" != "$e2e_lock" ]; then
  log "installing the browser tests' npm packages (playwright-core, scorm-again)"
  (cd "$here/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error) &&
    echo "$e2e_lock" >"$here/tests/e2e/node_modules/.warmline-lock"
fi

# --- Debian source packages: SDL2 and ImGui ----------------------------------
# Fetched through a private apt config so the system's sources stay untouched.
src="$cache/src"
if [ ! -f "$src/SDL2-$sdl_ver/CMakeLists.txt" ] || [ ! -f "$src/imgui-$imgui_ver/imgui.cpp" ]; then
  log "fetching Debian source packages libsdl2 $sdl_ver and imgui $imgui_ver"
  apt_dir="$cache/apt"
  mkdir -p "$apt_dir/sources" "$apt_dir/lists/partial" "$src"
  uri=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  uri=${uri:-http://deb.debian.org/debian}
  cat >"$apt_dir/sources/deb-src.sources" <<SRC
Types: deb-src
URIs: $uri
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt_opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir/sources"
            -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o APT::Sandbox::User=root)
  mkdir -p "$apt_dir/cache"
  apt-get "${apt_opts[@]}" update -qq
  (cd "$src" && apt-get "${apt_opts[@]}" source --download-only -qq libsdl2 imgui)
  for want in "libsdl2_$sdl_ver" "imgui_$imgui_ver"; do
    ls "$src/$want"*.dsc >/dev/null 2>&1 || { echo "deps: Debian's mirror did not give $want (got: $(cd "$src" && ls *.dsc))" >&2; exit 1; }
  done
  (cd "$src" && for dsc in "libsdl2_$sdl_ver"*.dsc "imgui_$imgui_ver"*.dsc; do
     d=$(basename "$dsc" .dsc); rm -rf "x-$d"; dpkg-source --no-check -x "$dsc" "x-$d" >/dev/null; done)
  rm -rf "$src/SDL2-$sdl_ver" "$src/imgui-$imgui_ver"
  mv "$src"/x-libsdl2_* "$src/SDL2-$sdl_ver"
  mv "$src"/x-imgui_* "$src/imgui-$imgui_ver"
fi

# --- SDL2 built for the web (Emscripten's port would try to download) --------
em_ver=$(emcc --version 2>/dev/null | head -1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -1)
sdl_web="$cache/sdl2-$sdl_ver-em$em_ver"
if [ ! -f "$sdl_web/lib/libSDL2.a" ]; then
  log "building SDL2 $sdl_ver for the web with Emscripten $em_ver (about 5 minutes, once)"
  b="$cache/build-sdl2-web"; rm -rf "$b"
  emcmake cmake -S "$src/SDL2-$sdl_ver" -B "$b" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$sdl_web.tmp" >"$cache/sdl2-web.log" 2>&1 \
    || { tail -40 "$cache/sdl2-web.log"; exit 1; }
  cmake --build "$b" >>"$cache/sdl2-web.log" 2>&1 && cmake --install "$b" >>"$cache/sdl2-web.log" 2>&1 \
    || { tail -40 "$cache/sdl2-web.log"; exit 1; }
  rm -rf "$sdl_web"; mv "$sdl_web.tmp" "$sdl_web"; rm -rf "$b"
fi

# --- the app's own, trimmed SDL2 for the web ----------------------------------
# The page uses SDL only for its window, GL context, events and timers: the
# breathing cues go to Web Audio directly (engine/platform/tone_output_web.cpp).
# Without audio, joystick, haptic, sensor, power, locale, misc and the 2D
# renderer, and built for size, SDL costs the download far less. The full
# build above stays for the benchmark's reference app (ImGui's own example
# opens a game controller). The folder name carries the options, so a change
# here builds afresh instead of reusing a stale cache. SDL_LEAN_AND_MEAN
# drops the surface blitters, RLE and YUV converters (about 200 KB of wasm):
# the page draws only through GL and never converts a surface.
sdl_app_opts=(-DSDL_OFFSCREEN=OFF -DSDL_DUMMYVIDEO=OFF -DSDL_AUDIO=OFF -DSDL_RENDER=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF
              -DSDL_POWER=OFF -DSDL_SENSOR=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_ASSERTIONS=disabled
              "-DCMAKE_C_FLAGS_RELEASE=-Os -DNDEBUG -DSDL_LEAN_AND_MEAN=1")
sdl_app_key=$(printf '%s\n' "${sdl_app_opts[@]}" | sha256sum | cut -c1-8)
sdl_web_app="$cache/sdl2-$sdl_ver-em$em_ver-app-$sdl_app_key"
if [ ! -f "$sdl_web_app/lib/libSDL2.a" ]; then
  log "building a trimmed SDL2 $sdl_ver for the app's web build (about 5 minutes, once)"
  b="$cache/build-sdl2-web-app"; rm -rf "$b"
  emcmake cmake -S "$src/SDL2-$sdl_ver" -B "$b" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF "${sdl_app_opts[@]}" \
    -DCMAKE_INSTALL_PREFIX="$sdl_web_app.tmp" >"$cache/sdl2-web-app.log" 2>&1 \
    || { tail -40 "$cache/sdl2-web-app.log"; exit 1; }
  cmake --build "$b" >>"$cache/sdl2-web-app.log" 2>&1 && cmake --install "$b" >>"$cache/sdl2-web-app.log" 2>&1 \
    || { tail -40 "$cache/sdl2-web-app.log"; exit 1; }
  rm -rf "$sdl_web_app"; mv "$sdl_web_app.tmp" "$sdl_web_app"; rm -rf "$b"
fi

# --- header-only libs for Emscripten (its sysroot must not see /usr/include) -
inc="$cache/em-include"
if [ ! -e "$inc/cereal" ]; then
  mkdir -p "$inc"
  for d in cereal rapidjson doctest; do [ -e "/usr/include/$d" ] && ln -sfn "/usr/include/$d" "$inc/$d"; done
fi

# --- Closure compiler for the page's JS (npm) -----------------------------------
# Debian's emscripten ships without one; the version is the one Emscripten
# 3.1.6 was released with. Its native Linux build needs no Java. It cuts
# the page's JS by about a quarter of its gzipped size; without it (another
# CPU, or npm unreachable) the web build simply links without --closure.
closure_ver=20220104.0.0
closure_dir="$cache/closure-$closure_ver"
closure_bin="$closure_dir/node_modules/google-closure-compiler-linux/compiler"
if [ "$(uname -m)" = x86_64 ] && [ ! -x "$closure_bin" ]; then
  log "installing the Closure compiler $closure_ver for the web build's JS"
  rm -rf "$closure_dir.tmp"; mkdir -p "$closure_dir.tmp"
  if (cd "$closure_dir.tmp" && npm install --no-save --no-audit --no-fund --loglevel=error \
        "google-closure-compiler-linux@$closure_ver" >/dev/null); then
    rm -rf "$closure_dir"; mv "$closure_dir.tmp" "$closure_dir"
  else
    log "could not install the Closure compiler; the web build links without it"
    rm -rf "$closure_dir.tmp"
  fi
fi
[ -x "$closure_bin" ] || closure_bin=""

# Tell CMake where things are (read by CMakeLists.txt). FORCE: a build folder
# configured before a dependency was rebuilt (new options, new key) follows
# it, rather than linking the old one from its cache.
cat >"$cache/paths.cmake" <<CM
set(WARMLINE_IMGUI_DIR "$src/imgui-$imgui_ver" CACHE PATH "" FORCE)
set(WARMLINE_SDL2_WEB_DIR "$sdl_web" CACHE PATH "" FORCE)
set(WARMLINE_SDL2_WEB_APP_DIR "$sdl_web_app" CACHE PATH "" FORCE)
set(WARMLINE_EM_INCLUDE "$inc" CACHE PATH "" FORCE)
set(WARMLINE_CLOSURE_COMPILER "$closure_bin" CACHE FILEPATH "" FORCE)
CM
log "dependencies ready (cache: $cache)"
