#!/usr/bin/env bash
# Builds the EDI and partner JSON fuzzers with clang and runs each for FUZZ_SECONDS (default 15) on the corpus and our seeds.
# Fails on any crash, hang (> 5 s for one input), leak or sanitizer report. Exit 77 = skipped (no clang).
set -euo pipefail
source_dir=$1
corpus_dir=$2
work=$3
seconds=${FUZZ_SECONDS:-15}
here=$(cd "$(dirname "$0")" && pwd)

cxx=$(command -v clang++ || command -v clang++-14 || true)
if [[ -z "$cxx" ]]; then
  echo "SKIPPED: clang++ is not installed; the libFuzzer targets need clang (apt-get install clang libclang-rt-14-dev)."
  exit 77
fi
mkdir -p "$work"
if ! cmake -S "$here/harness" -B "$work/build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DORDERFLOW_SOURCE_DIR="$source_dir" >"$work/configure.log" 2>&1; then
  cat "$work/configure.log"
  if grep -q "fuzzer" "$work/configure.log"; then echo "SKIPPED: clang has no libFuzzer runtime"; exit 77; fi
  exit 1
fi
cmake --build "$work/build" -j2 >"$work/build.log" 2>&1 || { tail -50 "$work/build.log"; exit 1; }

status=0
for kind in x12 edifact json; do
  fuzzer="$work/build/fuzz_$kind"
  # The first directory collects new inputs; the corpus and our seeds are read only.
  mkdir -p "$work/found-$kind" "$work/artifacts-$kind"
  seeds=("$work/found-$kind" "$here/seeds/$kind")
  [[ -d "$corpus_dir/$kind" ]] && seeds+=("$corpus_dir/$kind")
  echo "=== fuzz_$kind for ${seconds}s (seeds: ${seeds[*]:1})"
  # A fixed seed by default so `make test` is repeatable; FUZZ_SEED=0 lets libFuzzer pick one (longer hunts).
  if ! "$fuzzer" -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=65536 \
        -dict="$here/$kind.dict" -artifact_prefix="$work/artifacts-$kind/" -print_final_stats=1 \
        "${seeds[@]}" >"$work/fuzz-$kind.log" 2>&1; then
    echo "fuzz_$kind FAILED:"; tail -60 "$work/fuzz-$kind.log"
    ls -l "$work/artifacts-$kind/"
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/fuzz-$kind.log" || true
  fi
done
exit $status
