#!/usr/bin/env bash
# `make run`: the console on the demo workspace when a display is available, else the headless demo.
set -euo pipefail
build=${1:-build}
root="$(cd "$(dirname "$0")/.." && pwd)"
demo_dir="${ORDERFLOW_DEMO_DIR:-$root/orderflow-demo}"
console="$build/src/console/orderflow-console"
if [[ -x "$console" && ( -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ) ]]; then
  exec "$console" --demo --demo-dir "$demo_dir"
fi
if [[ -x "$console" ]]; then
  echo "make run: no display (DISPLAY/WAYLAND_DISPLAY unset): running the headless demo instead of the console."
fi
exec "$build/src/cli/orderflow" run --demo --demo-dir "$demo_dir"
