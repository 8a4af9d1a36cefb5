#!/usr/bin/env bash
# The project's benchmarks, side by side with a reference app (Dear ImGui
# 1.86's own SDL2 + OpenGL 3 example, built from the same Debian source with
# the same compiler and flags). Figures only, never pass/fail: each figure is
# printed as one JSON object a line, with its target where it has one, then a
# table; docs/benchmarks.md is rewritten with that table.
#
#   tools/bench.sh [LOADS]    LOADS: cold browser loads per app (default 10)
#
# Environment:
#   BENCH_BUILD=build/bench   prefix of the build folders (-native-release, -web,
#                             -ref-web, -ref-native) and of -out (logs, raw figures)
#   BENCH_OUT=DIR             where logs and raw figures go (default: the prefix + -out)
#   BENCH_RUNS=5              repetitions of each pack and save timing
#   BENCH_NO_BUILD=1          use the builds as they are
#   BENCH_NATIVE=DIR, BENCH_WEB=DIR   take Warmline's native-release / web build
#                             from DIR instead (implies nothing is built there)
#   BENCH_NO_CALLGRIND=1      skip the instructions-per-frame runs (slow)
#   BENCH_ONLY="sizes web frames idle rss packs"   run only these parts
#   BENCH_NO_DOC=1            leave docs/benchmarks.md alone
# Needs tools/deps.sh (Chromium, Xvfb, valgrind, GNU time, the SDL2 web build).
set -euo pipefail
cd "$(dirname "$0")/.."
loads=${1:-10}
runs=${BENCH_RUNS:-5}
B=${BENCH_BUILD:-build/bench}
nr=${BENCH_NATIVE:-$B-native-release} web=${BENCH_WEB:-$B-web} refweb=$B-ref-web refnat=$B-ref-native out=${BENCH_OUT:-$B-out}
mkdir -p "$out"
out=$(cd "$out" && pwd)
w=$web/engine  # the page Emscripten wrote (index.html and friends)
results=$out/figures.jsonl
: >"$results"
log() { printf '\033[1;34m[bench]\033[0m %s\n' "$*" >&2; }
emit() {  # figure app value unit [extra JSON members, with a leading comma]
  printf '{"figure":"%s","app":"%s","value":%s,"unit":"%s"%s}\n' "$1" "$2" "$3" "$4" "${5:-}" >>"$results"
}
want() { [ -z "${BENCH_ONLY:-}" ] || [[ " $BENCH_ONLY " == *" $1 "* ]]; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1000 }'; }

# --- builds -----------------------------------------------------------------
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  blog=$out/build.log
  log "building Warmline (native-release, web) and the reference (web, native); log: $blog"
  {
    if [ -z "${BENCH_NATIVE:-}" ]; then
      cmake --preset native-release -B "$nr" -DWARMLINE_BUILD_TESTS=OFF &&
      cmake --build "$nr" --target warmline warmline-pack-bench
    fi &&
    if [ -z "${BENCH_WEB:-}" ]; then
      cmake --preset web -B "$web" -DWARMLINE_BUILD_TESTS=OFF && cmake --build "$web" --target warmline warmline-lms
    fi &&
    # The reference gets Warmline's own web compile and link flags, read from
    # its build.ninja (app-specific exports, shell and files left out).
    cmake -S tools/bench/reference -B "$refweb" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_TOOLCHAIN_FILE=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake \
      -DCMAKE_CXX_FLAGS_RELEASE= -DCMAKE_C_FLAGS_RELEASE= -DCMAKE_EXE_LINKER_FLAGS_RELEASE= \
      "-DREF_WEB_COMPILE_FLAGS=$(python3 tools/bench/web_flags.py "$web" compile)" \
      "-DREF_WEB_LINK_FLAGS=$(python3 tools/bench/web_flags.py "$web" link)" &&
    cmake --build "$refweb" &&
    cmake -S tools/bench/reference -B "$refnat" -G Ninja -DCMAKE_BUILD_TYPE=Release &&
    cmake --build "$refnat"
  } >"$blog" 2>&1 || { tail -30 "$blog"; exit 1; }
fi
cc -O2 -shared -fPIC tools/bench/frame_timer.c -o "$out/frame_timer.so" -ldl
app=$nr/warmline
refapp=$(realpath -m "$refnat/example_sdl_opengl3")
# ImGui's example writes imgui.ini where it runs: run it in $out (env -C).

# --- native runs under Xvfb -------------------------------------------------
xrun() { xvfb-run -a -s "-screen 0 1280x800x24" "$@"; }
state() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }
to_home=$'key enter\nkey enter\ntype Sam\nkey enter'   # Start learning, I'm new, a name, create
to_quiz=$to_home$'\nkey enter'$'\nkey down\nkey down\nkey down\nkey down\nkey down\nkey down\nkey up\nkey enter'
to_breathing=$'key enter\nkey enter\ntype Bo\nkey enter\nkey down\nkey down\nkey down\nkey down\nkey enter
key down\nkey down\nkey down\nkey down\nkey down\nkey enter\nkey enter'

# --- 3. per-frame cost of the heaviest screens ------------------------------
# The window: from the first `state` line to the second, on the screen with
# its clock running. Wall time: frame_timer.so (see its header); instructions:
# callgrind, counting only inside Runner::draw minus the buffer swap
# (--toggle-collect on both), and dumping a profile part at each `state`;
# frames are the calls to Runner::draw counted in that part.
frame_figures() {  # screen nav-script seconds
  # --seed: the same quiz question every run, so the instruction counts
  # compare between runs (the question's text is part of the frame).
  local screen=$1 nav=$2 secs=$3 d=$out/$1
  rm -rf "$d"; mkdir -p "$d"
  printf '%s\nstate %s/s1.json\nwait %s\nstate %s/s2.json\n' "$nav" "$d" "$secs" "$d" >"$d/script"
  xrun env WARMLINE_FRAME_LOG="$d/frames.txt" LD_PRELOAD="$out/frame_timer.so" "$app" --seed 7 --data "$d/profiles" --script "$d/script" >"$d/run.log" 2>&1
  local f1 f2; f1=$(state "$d/s1.json" framesDrawn); f2=$(state "$d/s2.json" framesDrawn)
  [ "$(state "$d/s1.json" screen)" = "$screen" ] || { log "$screen: the script ended on $(state "$d/s1.json" screen)"; return 1; }
  sed -n "$((f1 + 1)),${f2}p" "$d/frames.txt" | awk '{print $2}' | sort -n >"$d/window.txt"
  local n med lo hi
  n=$(wc -l <"$d/window.txt"); med=$(awk -v n="$n" 'NR == int((n + 1) / 2) {print}' "$d/window.txt")
  lo=$(head -1 "$d/window.txt"); hi=$(tail -1 "$d/window.txt")
  emit "native.frame.$screen.ms" warmline "$med" ms ",\"min\":$lo,\"max\":$hi,\"n\":$n,\"fps\":$(awk -v n="$n" -v s="$secs" 'BEGIN{printf "%.1f", n/s}')"

  [ -n "${BENCH_NO_CALLGRIND:-}" ] && return
  # Instrumentation starts off (start-up under callgrind would take minutes)
  # and is switched on once the script reports the screen; the profile part
  # dumped at the second `state` is then the screen alone.
  rm -rf "$d/profiles" "$d"/cg.out* "$d"/c1.json
  # 30 s: switching instrumentation on retranslates all code first, slowly.
  printf '%s\nstate %s/c1.json\nwait 30\nstate %s/c2.json\n' "$nav" "$d" "$d" >"$d/cg.script"
  xrun bash -c '
    d=$1; shift
    valgrind --tool=callgrind --instr-atstart=no --smc-check=all-non-file \
      --toggle-collect="warmline::platform::Runner::draw(double)" --toggle-collect=SDL_GL_SwapWindow \
      --dump-before="warmline::ui::App::snapshot() const" --callgrind-out-file="$d/cg.out" "$@" & pid=$!
    while [ ! -s "$d/c1.json" ] && kill -0 $pid 2>/dev/null; do sleep 0.2; done
    callgrind_control -i on $pid >/dev/null
    wait $pid' _ "$d" "$app" --seed 7 --data "$d/profiles" --script "$d/cg.script" >"$d/cg.log" 2>&1
  local ir frames
  read -r ir frames < <(python3 tools/bench/callgrind_frames.py "$d"/cg.out.[0-9]*)
  emit "native.frame.$screen.ir" warmline "$(awk -v ir="$ir" -v n="$frames" 'BEGIN{printf "%.0f", n ? ir / n : -1}')" instr \
    ",\"frames\":$frames"
}
if want frames; then
log "native: frame cost of the quiz (timer running) and the breathing pacer (running)"
frame_figures quiz "$to_quiz" 5
frame_figures breathing "$to_breathing" 5
# The reference draws ImGui's demo window non-stop: its frames, the same way.
d=$out/reference; rm -rf "$d"; mkdir -p "$d"
xrun env -C "$out" WARMLINE_FRAME_LOG="$d/frames.txt" LD_PRELOAD="$out/frame_timer.so" timeout -s TERM 6 "$refapp" >"$d/run.log" 2>&1 || true
awk 'NR > 60 {print $2}' "$d/frames.txt" | sort -n >"$d/window.txt"
n=$(wc -l <"$d/window.txt")
emit native.frame.demo.ms reference "$(awk -v n="$n" 'NR == int((n + 1) / 2) {print}' "$d/window.txt")" ms \
  ",\"min\":$(head -1 "$d/window.txt"),\"max\":$(tail -1 "$d/window.txt"),\"n\":$n"
fi

# --- 4. idle CPU over 10 s; 6. native peak memory ---------------------------
idle_cpu() {  # who command...: CPU time of all its threads over 10 s, after 3 s to settle
  local who=$1; shift
  xrun bash -c '
    "$@" >/dev/null 2>&1 & pid=$!
    sleep 3
    read -r -a a < /proc/$pid/stat; t0=$((a[13] + a[14]))
    sleep 10
    read -r -a b < /proc/$pid/stat; t1=$((b[13] + b[14]))
    kill $pid; wait $pid 2>/dev/null || true
    echo $((t1 - t0))' _ "$@" >"$out/idle-$who.txt"
  emit cpu.idle "$who" "$(awk -v t="$(tail -1 "$out/idle-$who.txt")" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.2f", t * 100 / hz / 10 }')" "% of a core"
}
if want idle; then
  log "native: idle CPU over 10 s"
  rm -rf "$out/idle-profiles"
  idle_cpu warmline "$app" --data "$out/idle-profiles"
  idle_cpu reference env -C "$out" "$refapp"
fi

if want rss; then
log "native: peak memory"
rm -rf "$out/rss-profiles"
printf '%s\nstate %s/rss-home.json\n' "$to_home" "$out" >"$out/rss.script"
xrun /usr/bin/time -f %M -o "$out/rss-warmline.txt" "$app" --data "$out/rss-profiles" --script "$out/rss.script" >/dev/null 2>&1
[ "$(state "$out/rss-home.json" screen)" = home ] || log "rss: the script ended on $(state "$out/rss-home.json" screen)"
emit mem.native_rss warmline "$(awk '{printf "%.1f", $1 / 1024}' "$out/rss-warmline.txt")" MiB
xrun /usr/bin/time -f %M -o "$out/rss-reference.txt" env -C "$out" timeout -s TERM 4 "$refapp" >/dev/null 2>&1 || true
emit mem.native_rss reference "$(awk '/^[0-9]+$/ {printf "%.1f", $1 / 1024}' "$out/rss-reference.txt")" MiB
fi

# --- 5. packs and saves -----------------------------------------------------
if want packs; then
  log "packs: load + validate at 100, 1,000 and 10,000 questions; full-course profile save and load"
  "$nr/warmline-pack-bench" "$runs" --json --save-pack "$nr/assets/packs/default.wlpack" >>"$results" 2>"$out/pack-bench.txt"
fi

# --- 1. web download --------------------------------------------------------
if want sizes; then
log "web download sizes"
size_fig() {  # figure app files...: raw and gzip -9 (each file compressed alone)
  local fig=$1 who=$2 raw=0 gz=0 f; shift 2
  for f in "$@"; do
    [ -f "$f" ] || continue
    raw=$((raw + $(stat -c%s "$f"))); gz=$((gz + $(gzip -9c "$f" | wc -c)))
  done
  emit "$fig.raw" "$who" "$(kb $raw)" KB
  emit "$fig.gzip" "$who" "$(kb $gz)" KB
}
shopt -s nullglob
size_fig web.wasm warmline "$w"/*.wasm
size_fig web.js warmline "$w"/*.js
size_fig web.data warmline "$w"/*.data
# what the .data package holds, from the loader's own file list
python3 tools/bench/data_files.py "$w" | while read -r group raw gz; do
  [ "$raw" = 0 ] && continue
  emit "web.data.$group.raw" warmline "$(kb "$raw")" KB; emit "web.data.$group.gzip" warmline "$(kb "$gz")" KB
done
size_fig web.page warmline "$w"/index.html "$w"/*.css "$w"/*.svg "$w"/*.ico
size_fig web.total warmline "$w"/index.html "$w"/*.css "$w"/*.svg "$w"/*.ico "$w"/*.js "$w"/*.wasm "$w"/*.data
# The build LMS packages carry (warmline-pack export-scorm): the same page
# plus cmi5 / xAPI reporting. Reported; the 450 KB target is the course page's.
[ -d "$w/lms" ] && size_fig web.lms.total warmline "$w"/lms/index.html "$w"/lms/*.css "$w"/lms/*.svg "$w"/lms/*.js \
  "$w"/lms/*.wasm "$w"/lms/*.data
size_fig web.wasm reference "$refweb"/index.wasm
size_fig web.js reference "$refweb"/index.js
size_fig web.page reference "$refweb"/index.html
size_fig web.total reference "$refweb"/index.html "$refweb"/index.js "$refweb"/index.wasm
shopt -u nullglob
fi

# --- 2 + 6. first frame, interactive, wasm heap in headless Chromium ---------
if want web; then
  log "web: $loads cold loads per app in headless Chromium"
  node tools/bench/web_bench.mjs "$loads" "warmline=$w" "reference=$refweb" >>"$results"
fi

# --- report -----------------------------------------------------------------
doc=docs/benchmarks.md
[ -n "${BENCH_NO_DOC:-}" ] && doc=
python3 tools/bench/report.py "$results" "$loads" $doc
