#!/usr/bin/env bash
# Sanitizers and fuzzing in one command; run it before resolving any change to parsing, the
# cache or the engine (it takes a full sanitizer build: an hour or more on 2 cores the first time).
#   1. the whole test suite under the `sanitize` preset: ASan + UBSan, leak detection on
#   2. each libFuzzer harness of tests/import/fuzz over its committed corpus (clang, build-fuzz/)
# usage: tests/run-sanitizers.sh [--suite-only | --fuzz-only] [--fuzz-seconds N] [--update-corpus]
#                                [-R REGEX]
#   --fuzz-seconds N   per harness (default 200: 10 minutes over the three)
#   --update-corpus    merges the new inputs that add coverage into tests/import/fuzz/corpus/
#   -R REGEX           only the matching tests of the suite
# Environment: JOBS (default 2). Everything runs under nice -n 15.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$src"
jobs=${JOBS:-2}
suite=1 fuzz=1 seconds=200 update=0 regex=()
while (($#)); do
  case "$1" in
    --suite-only) fuzz=0 ;;
    --fuzz-only) suite=0 ;;
    --fuzz-seconds) seconds=$2; shift ;;
    --update-corpus) update=1 ;;
    -R) regex=(-R "$2"); shift ;;
    *) echo "run-sanitizers: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
status=0

if ((suite)); then
  echo "== suite under ASan + UBSan (preset sanitize, build-sanitize/)"
  nice -n 15 cmake --preset sanitize "${launcher[@]}" >/dev/null
  nice -n 15 cmake --build --preset sanitize -j"$jobs"
  nice -n 15 ctest --preset sanitize "${regex[@]}" || status=1
fi

if ((fuzz)); then
  command -v clang++ >/dev/null || { echo "run-sanitizers: fuzzing needs clang++" >&2; exit 2; }
  echo "== fuzzing, $seconds s per harness (build-fuzz/)"
  nice -n 15 cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=Release -DFLUXLENS_BUILD_GUI=OFF -DFLUXLENS_BUILD_BENCH=OFF \
    "${launcher[@]}" >/dev/null
  harnesses=(csv_reader:csv gridded_metadata:gridded model_folder:model_folder)
  targets=()
  for h in "${harnesses[@]}"; do targets+=("fuzz_${h%%:*}"); done
  nice -n 15 cmake --build build-fuzz -j"$jobs" --target "${targets[@]}"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$src/tests/sanitizers/ubsan.supp"
  export LSAN_OPTIONS="suppressions=$src/tests/sanitizers/lsan.supp:print_suppressions=0"
  mkdir -p build-fuzz/artifacts
  for h in "${harnesses[@]}"; do
    name=${h%%:*} corpus=tests/import/fuzz/corpus/${h#*:}
    extra=() unwind=()
    [[ "$name" == csv_reader ]] && extra=(tests/import/fixtures) # the bad-file fixtures seed it too
    # LibTorch has no frame pointers: full stacks, so that lsan.supp's LibTorch entry can match.
    [[ "$name" == model_folder ]] && unwind=(env "ASAN_OPTIONS=$ASAN_OPTIONS:fast_unwind_on_malloc=0")
    found=build-fuzz/found/$name
    mkdir -p "$found" "$corpus"
    echo "-- fuzz_$name: $seconds s over $corpus ${extra[*]}"
    if ! nice -n 15 "${unwind[@]}" "build-fuzz/tests/import/fuzz/fuzz_$name" -max_total_time="$seconds" \
      -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
      -artifact_prefix="build-fuzz/artifacts/$name-" "$found" "$corpus" "${extra[@]}" \
      2>"build-fuzz/fuzz_$name.log"; then
      status=1
      grep -A25 -m1 -E "ERROR|runtime error|SUMMARY" "build-fuzz/fuzz_$name.log" || tail -n 25 "build-fuzz/fuzz_$name.log"
    fi
    grep -E "^(#[0-9]+ *DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "build-fuzz/fuzz_$name.log" || true
    if ((update)); then
      # Merged over the corpus and the extra seeds, so only inputs that add coverage to both
      # are kept (libFuzzer names them by their SHA-1); the seeds themselves are not copied.
      merged=build-fuzz/merged/$name
      rm -rf "$merged" && mkdir -p "$merged"
      for dir in "$corpus" "${extra[@]}"; do cp -p "$dir"/* "$merged"/ 2>/dev/null || true; done
      nice -n 15 "${unwind[@]}" "build-fuzz/tests/import/fuzz/fuzz_$name" -merge=1 "$merged" "$found" \
        2>>"build-fuzz/fuzz_$name.log"
      for f in "$merged"/*; do
        base=$(basename "$f")
        known=0
        for dir in "$corpus" "${extra[@]}"; do [[ -e "$dir/$base" ]] && known=1; done
        ((known)) || cp "$f" "$corpus/"
      done
      echo "   corpus: $(find "$corpus" -type f | wc -l) files, $(du -sh "$corpus" | cut -f1)"
    fi
  done
fi
echo "== run-sanitizers: $([[ $status -eq 0 ]] && echo clean || echo FINDINGS, see above)"
exit $status
