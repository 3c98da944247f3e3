#!/usr/bin/env bash
# Builds every fuzz target (or the ones named) into Fuzz/.build/fuzzers/fuzz-<Target>.
# SwiftPM executables do not link with -sanitize=fuzzer, so each entry point is a library target
# compiled by `swift build -Xswiftc -sanitize=fuzzer,address`, then linked here by swiftc.
set -euo pipefail
cd "$(dirname "$0")"
ALL="NativeJSON NodeLink Markdown BibTeX Table EdgeList Gzip S2 OpenAlex CSLJSON PGraph"
TARGETS="${*:-$ALL}"
FLAGS=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
if [ "$#" -eq 0 ]; then
  swift build "${FLAGS[@]}" >/dev/null
else
  for t in $TARGETS; do swift build --target "Fuzz$t" "${FLAGS[@]}" >/dev/null; done
fi
BIN=.build/debug
mkdir -p .build/fuzzers
DEPS=$(ls $BIN/FuzzSupport.build/*.o $BIN/PaperGraphIO.build/*.o $BIN/PaperGraphModel.build/*.o $BIN/GraphAlgorithms.build/*.o)
for t in $TARGETS; do
  # shellcheck disable=SC2086
  swiftc -sanitize=fuzzer,address $BIN/Fuzz$t.build/*.o $DEPS -o ".build/fuzzers/fuzz-$t" 2>&1 \
    | { grep -v "Cannot export local symbol" || true; }
done
echo "built: $(for t in $TARGETS; do printf 'fuzz-%s ' "$t"; done)"
