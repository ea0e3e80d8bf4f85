#!/usr/bin/env bash
# Runs every benchmark binary (named bench_*) that the build produced, one after the other, and keeps the reports.
set -euo pipefail
build=${1:-build}
out="$(cd "$(dirname "$0")" && pwd)/results"
mkdir -p "$out"
mapfile -t benches < <(find "$build/tests" -type f -executable -name 'bench_*' | sort)
if [[ ${#benches[@]} -eq 0 ]]; then echo "no benchmarks built"; exit 1; fi
for b in "${benches[@]}"; do
  name=$(basename "$b")
  echo "=== $name"
  "$b" | tee "$out/$name.txt"
done
echo "reports in $out"
