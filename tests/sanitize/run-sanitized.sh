#!/usr/bin/env bash
# Builds the unit and EDI tests with AddressSanitizer + UndefinedBehaviorSanitizer in a build folder of their own
# and runs them. Any sanitizer report fails the test: UBSan does not recover (-fno-sanitize-recover=all), ASan
# aborts, LeakSanitizer fails on leaks. Re-runs are incremental, and ccache (when installed) makes a fresh folder
# cheap. Exit 77 = skipped (the compiler has no sanitizer runtime).
#   run-sanitized.sh SOURCE_DIR WORK_DIR [CXX_COMPILER]
set -euo pipefail
source_dir=$1
work=$2
cxx=${3:-c++}
jobs=${ORDERFLOW_SANITIZE_JOBS:-2}
cmake=${CMAKE:-cmake}   # the outer build's cmake and ctest, when run by it
ctest=${CTEST:-ctest}
mkdir -p "$work"
start=$SECONDS

# A compiler without libasan/libubsan cannot take part: say so instead of failing.
probe="$work/probe"
mkdir -p "$probe"
echo 'int main() { return 0; }' >"$probe/probe.cpp"
if ! "$cxx" -fsanitize=address,undefined "$probe/probe.cpp" -o "$probe/probe" 2>"$probe/probe.log"; then
  cat "$probe/probe.log"
  echo "SKIPPED: $cxx cannot link -fsanitize=address,undefined (install libasan/libubsan for it)."
  exit 77
fi

launcher=()
if [[ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]] && command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [[ ! -f "$work/build/CMakeCache.txt" ]]; then
  echo "=== configuring $work/build ($cxx, ASan + UBSan)"
fi
# Configuring again is cheap and picks up new tests; -O1 -g1 keeps both compile time and test time low.
if ! "$cmake" -S "$source_dir" -B "$work/build" -G "Unix Makefiles" -DCMAKE_CXX_COMPILER="$cxx" "${launcher[@]}" \
      -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -g1" -DORDERFLOW_SANITIZE=ON \
      -DORDERFLOW_TEST_DIRS="unit;edi" >"$work/configure.log" 2>&1; then
  cat "$work/configure.log"
  exit 1
fi

# Build exactly the tests CTest knows in that folder (each test is the executable of the same name).
mapfile -t tests < <("$ctest" --test-dir "$work/build" -N | sed -n 's/^ *Test *#[0-9]*: \(.*\)$/\1/p')
if [[ ${#tests[@]} -eq 0 ]]; then echo "no unit or EDI tests configured in $work/build"; exit 1; fi
echo "=== building ${#tests[@]} tests with sanitizers: ${tests[*]}"
targets=()
for t in "${tests[@]}"; do targets+=(--target "$t"); done
if ! "$cmake" --build "$work/build" -j"$jobs" "${targets[@]}" >"$work/build.log" 2>&1; then
  grep -E "error|Error" "$work/build.log" | head -40
  tail -20 "$work/build.log"
  exit 1
fi
echo "    built in $((SECONDS - start)) s"

# halt_on_error/abort_on_error make every report end the test with a failure; the report itself is in the output.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
status=0
"$ctest" --test-dir "$work/build" --output-on-failure -j"$jobs" --timeout 600 || status=$?
echo "=== sanitizer run finished in $((SECONDS - start)) s (exit $status)"
exit $status
