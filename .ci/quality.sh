#!/usr/bin/env bash
# Recommendation-quality smoke check (issue 17): held-out citations, human relations, topic
# agreement, `next` and `path` on ml-landmarks and Cora, networkx cross-check of the baselines.
# Fails when a baseline disagrees with networkx; prints the target table, where a graph on which
# `related` falls below the best baseline is marked BELOW (a known miss on Cora with all queries:
# issue 17; QUALITY_STRICT=1 makes it fail).
# The full evaluation is Benchmarks/quality/run.sh (not run in CI: about 10 CPU minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -c "import networkx, scipy, numpy" 2>/dev/null; then
    python3 -m pip install -q --disable-pip-version-check networkx scipy numpy
fi
bash Benchmarks/quality/run.sh --quick > /dev/null
grep -E '^\| (ml-landmarks|cora|cora-all-queries) \|' Benchmarks/quality/.work/QUALITY-quick.md | grep -E 'x \|' || true
echo "quality smoke check passed (Benchmarks/quality/.work/QUALITY-quick.md)"
