#!/usr/bin/env bash
# Fuzz/run.sh TARGET SECONDS [extra libFuzzer flags]: runs one target for SECONDS on a copy of
# its seed corpus (Fuzz/Corpus/TARGET, from the test fixtures) with its dictionary
# (Fuzz/Dictionaries/TARGET.dict). Crashes, leaks and timeouts are written to Fuzz/Findings/TARGET
# and end the run with a non-zero status. Builds the target first when it is missing.
# FUZZ_CONFIG=release runs the optimized build (see build.sh).
set -euo pipefail
cd "$(dirname "$0")"
TARGET="${1:?usage: Fuzz/run.sh TARGET SECONDS}"
SECONDS_BUDGET="${2:?usage: Fuzz/run.sh TARGET SECONDS}"
shift 2
if [ "${FUZZ_CONFIG:-debug}" = release ]; then BIN=".build/fuzzers-release/fuzz-$TARGET"; else BIN=".build/fuzzers/fuzz-$TARGET"; fi
[ -x "$BIN" ] || ./build.sh "$TARGET"
WORK=".build/corpus/$TARGET"
mkdir -p "$WORK" "Findings/$TARGET"
cp -n Corpus/"$TARGET"/* "$WORK"/ 2>/dev/null || true
DICT=()
[ -f "Dictionaries/$TARGET.dict" ] && DICT=(-dict="Dictionaries/$TARGET.dict")
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
exec "$BIN" "$WORK" "${DICT[@]}" -max_total_time="$SECONDS_BUDGET" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -artifact_prefix="Findings/$TARGET/" -print_final_stats=1 "$@"
