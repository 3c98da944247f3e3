#!/usr/bin/env bash
# Runs every fuzz target for a short fixed budget (FUZZ_SECONDS, default 15 s each) and fails on
# any crash, leak or timeout. Builds the separate Fuzz/ package with -sanitize=fuzzer,address.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${FUZZ_SECONDS:-15}"
Fuzz/build.sh
status=0
for t in NativeJSON NodeLink Markdown BibTeX Table EdgeList Gzip S2 OpenAlex CSLJSON PGraph; do
  if Fuzz/run.sh "$t" "$SECONDS_EACH" > "Fuzz/.build/fuzz-$t.log" 2>&1; then
    echo "fuzz $t: ok ($(grep -m1 'stat::number_of_executed_units' "Fuzz/.build/fuzz-$t.log" | awk '{print $2}') runs)"
  else
    echo "fuzz $t: FAILED"; tail -40 "Fuzz/.build/fuzz-$t.log"; status=1
  fi
done
exit $status
