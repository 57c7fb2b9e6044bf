#!/bin/sh
# Builds the libFuzzer targets (clang, ASan + UBSan, a build of their own) and runs each for a
# bounded time; fails on any crash, sanitizer report, leak, timeout or out-of-memory finding.
# See docs/fuzzing.md.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET ...]
#
#   SECONDS            per target (default: $FUZZ_SECONDS, else 60)
#   TARGET             fuzz_csvrecords fuzz_importfields fuzz_importjob fuzz_journeyjson
#                      fuzz_waymarkfile fuzz_xlsx fuzz_cardimage
#                      (default: all)
#   FUZZ_BUILD_DIR     the build directory (default: build-fuzz)
#   FUZZ_JOBS          targets run at the same time (default: the number of cores)
#   FUZZ_CXX           the compiler (default: clang++-14)
#
# Found inputs are saved in $FUZZ_BUILD_DIR/fuzz-findings/<target>/ (crash-*, leak-*,
# timeout-*, oom-*); inputs that reached new code go to $FUZZ_BUILD_DIR/fuzz-corpus/<target>/,
# the checked-in seeds in tests/fuzz/corpus/<target>/ are only read.
set -eu
cd "$(dirname "$0")/../.."
source_dir=$(pwd)

seconds=${FUZZ_SECONDS:-60}
if [ $# -gt 0 ]; then
  seconds=$1
  shift
fi
case $seconds in
  '' | *[!0-9]*) echo "run-fuzzers: SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;;
esac
targets=${*:-fuzz_csvrecords fuzz_importfields fuzz_importjob fuzz_journeyjson fuzz_waymarkfile fuzz_xlsx fuzz_cardimage}
build=${FUZZ_BUILD_DIR:-build-fuzz}
case $build in
  /*) ;;
  *) build="$source_dir/$build" ;;
esac
jobs=${FUZZ_JOBS:-$(nproc)}
cxx=${FUZZ_CXX:-clang++-14}

# The largest input each reader is given: a few times its biggest seed, small enough that a
# run tries many inputs. A .waymark file needs room for its pages (the seed uses 512-byte pages).
max_len_of() {
  case $1 in
    fuzz_csvrecords) echo 16384 ;;
    fuzz_importfields) echo 4096 ;;
    fuzz_importjob) echo 16384 ;;
    fuzz_journeyjson) echo 32768 ;;
    fuzz_waymarkfile) echo 65536 ;;
    fuzz_xlsx) echo 16384 ;;
    fuzz_cardimage) echo 32768 ;;
    *) echo "run-fuzzers: no such fuzz target: $1" >&2; return 1 ;;
  esac
}
for target in $targets; do
  max_len_of "$target" >/dev/null
done

launcher=""
if command -v ccache >/dev/null 2>&1; then
  launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
# Debug: Q_ASSERT and assert() stay on (the flags in tests/fuzz/CMakeLists.txt make it -O1).
echo "run-fuzzers: building in $build with $cxx"
# shellcheck disable=SC2086 # $launcher is empty or one argument
cmake -S "$source_dir" -B "$build" -DWAYMARK_FUZZ=ON -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_COMPILE_WARNING_AS_ERROR=ON $launcher >/dev/null
# shellcheck disable=SC2086 # the target list is split on purpose
cmake --build "$build" -j"$(nproc)" --target $targets

findings="$build/fuzz-findings"
logs="$build/fuzz-logs"
mkdir -p "$logs"

# UBSan already aborts (-fno-sanitize-recover); LSan ignores what Qt's GUI library keeps for
# the life of the process, as the sanitizer build in CI does.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$source_dir/.ci/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

run_one() {
  target=$1
  mkdir -p "$findings/$target" "$build/fuzz-corpus/$target"
  # New inputs go to the first corpus folder; the checked-in seeds are only read.
  "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$(max_len_of "$target")" -print_final_stats=1 \
    -artifact_prefix="$findings/$target/" \
    "$build/fuzz-corpus/$target" "tests/fuzz/corpus/$target" >"$logs/$target.log" 2>&1
}

echo "run-fuzzers: $seconds s per target, $jobs at a time: $targets"
started="$logs/started"
touch "$started" # findings of earlier runs stay, but only this run's are reported
failed=""
running=""
count=0
for target in $targets; do
  (run_one "$target") &
  running="$running $!:$target"
  count=$((count + 1))
  if [ "$count" -ge "$jobs" ]; then
    for entry in $running; do
      wait "${entry%%:*}" || failed="$failed ${entry#*:}"
    done
    running=""
    count=0
  fi
done
for entry in $running; do
  wait "${entry%%:*}" || failed="$failed ${entry#*:}"
done

for target in $targets; do
  stats=$(grep -E '^stat::number_of_executed_units' "$logs/$target.log" | awk '{print $2}')
  echo "run-fuzzers: $target: ${stats:-?} inputs, log $logs/$target.log"
done
if [ -n "$failed" ]; then
  for target in $failed; do
    echo "run-fuzzers: FAILED $target; the end of its log:" >&2
    tail -n 60 "$logs/$target.log" >&2
    echo "run-fuzzers: $target: the input that failed is saved as:" >&2
    find "$findings/$target" -type f -newer "$started" | while read -r artifact; do
      echo "  $artifact   (reproduce: $build/fuzz/$target $artifact)" >&2
    done
  done
  exit 1
fi
echo "run-fuzzers: no findings"
