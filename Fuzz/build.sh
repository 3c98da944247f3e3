#!/usr/bin/env bash
# Builds every fuzz target (or the ones named) into Fuzz/.build/fuzzers/fuzz-<Target>.
# SwiftPM executables do not link with -sanitize=fuzzer, so each entry point is a library target
# compiled by `swift build -Xswiftc -sanitize=fuzzer,address`, then linked here by swiftc.
# FUZZ_CONFIG=release builds optimized (for long campaigns) into Fuzz/.build/fuzzers-release/.
set -euo pipefail
cd "$(dirname "$0")"
ALL="NativeJSON NodeLink Markdown BibTeX Table EdgeList Gzip S2 OpenAlex CSLJSON PGraph"
TARGETS="${*:-$ALL}"
CONFIG="${FUZZ_CONFIG:-debug}"
case "$CONFIG" in debug) OUT=.build/fuzzers ;; release) OUT=.build/fuzzers-release ;; *) echo "FUZZ_CONFIG is debug or release" >&2; exit 64 ;; esac
FLAGS=(-c "$CONFIG" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
if [ "$#" -eq 0 ]; then
  swift build "${FLAGS[@]}" >/dev/null
else
  for t in $TARGETS; do swift build --target "Fuzz$t" "${FLAGS[@]}" >/dev/null; done
fi
BIN=.build/$CONFIG
mkdir -p "$OUT"
DEPS=$(ls $BIN/FuzzSupport.build/*.o $BIN/PaperGraphIO.build/*.o $BIN/PaperGraphModel.build/*.o $BIN/GraphAlgorithms.build/*.o)
for t in $TARGETS; do
  # shellcheck disable=SC2086
  swiftc -sanitize=fuzzer,address $BIN/Fuzz$t.build/*.o $DEPS -o "$OUT/fuzz-$t" 2>&1 \
    | { grep -v "Cannot export local symbol" || true; }
done
echo "built: $(for t in $TARGETS; do printf 'fuzz-%s ' "$t"; done)"
