#!/usr/bin/env bash
# README command 1: install what is missing, build the web and native
# (kiosk) targets, and serve the course on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/deps.sh
echo "[run] building the native kiosk app (build/native-release)"
cmake --preset native-release >/dev/null
cmake --build --preset native-release
echo "[run] building the web app (build/web)"
cmake --preset web >/dev/null
cmake --build --preset web

port=${WARMLINE_PORT:-8080}
cat <<MSG

  Web:   open http://127.0.0.1:$port/ in a browser
  Kiosk: build/native-release/warmline --fullscreen

MSG
exec python3 tools/serve.py build/web/engine --port "$port"
