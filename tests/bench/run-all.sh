#!/usr/bin/env bash
# Runs every benchmark binary (named bench_*) that the build produced, one after the other, and keeps the reports.
# bench_edi compares with JavaScript peers in the same run: when node and npm are installed, the npm packages
# node-x12, x12-parser and edifact are installed into BUILD/npm-peers first (never into the source tree).
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
out="$(cd "$(dirname "$0")" && pwd)/results"
mkdir -p "$out"

peers="$build/npm-peers"
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [[ ! -f "$peers/node_modules/node-x12/package.json" || ! -f "$peers/node_modules/x12-parser/package.json" \
        || ! -f "$peers/node_modules/edifact/package.json" ]]; then
    echo "=== installing the JS peers for bench_edi (npm: node-x12, x12-parser, edifact) into $peers"
    mkdir -p "$peers"
    if ! npm install --prefix "$peers" --no-audit --no-fund --no-save node-x12@1.7.1 x12-parser@1.3.0 edifact@1.2.12 >"$peers/npm-install.log" 2>&1; then
      echo "npm install failed (see $peers/npm-install.log): bench_edi will report the JS peers as skipped"
    fi
  fi
else
  echo "node or npm is not installed: bench_edi will report the JS peers as skipped"
fi
export ORDERFLOW_NPM_PEERS="$peers"

mapfile -t benches < <(find "$build/tests" -type f -executable -name 'bench_*' | sort)
if [[ ${#benches[@]} -eq 0 ]]; then echo "no benchmarks built"; exit 1; fi
for b in "${benches[@]}"; do
  name=$(basename "$b")
  echo "=== $name"
  "$b" | tee "$out/$name.txt"
done
echo "reports in $out"
