#!/usr/bin/env bash
# Prints which tests a `swift test` run skipped and why, from its saved output, as the last lines
# (Swift Testing shows skips only mid-output). Usage: skipped_summary.sh LOG
#   swift test 2>&1 | tee test.log; bash Tests/Scripts/skipped_summary.sh test.log
set -euo pipefail
log="${1:?usage: skipped_summary.sh LOG}"
# Swift Testing: `<symbol> Test "name" skipped: "reason"` (or `skipped.` without a reason);
# XCTest: `Test Case '...' skipped`.
skips=$(grep -aE '(Test "[^"]*" skipped|Test Case .* skipped)' "$log" | sed -E 's/^[^T]*//' | sort -u || true)
if [ -z "$skips" ]; then
    echo "Skipped tests: none"
    exit 0
fi
echo "Skipped tests: $(printf '%s\n' "$skips" | wc -l) (each with its reason)"
printf '%s\n' "$skips" | sed -E 's/^Test "([^"]*)" skipped(: "(.*)")?\.?$/  - \1: \3/'
