#!/usr/bin/env bash
# Recommendation-quality smoke check (issue 17): held-out citations, human relations, topic
# agreement, `next` and `path` on ml-landmarks and Cora, networkx cross-check of the baselines.
# Fails when a baseline disagrees with networkx or `related` falls below the best baseline.
# The full evaluation is Benchmarks/quality/run.sh (not run in CI: about 10 CPU minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -c "import networkx, scipy, numpy" 2>/dev/null; then
    python3 -m pip install -q --disable-pip-version-check networkx scipy numpy
fi
bash Benchmarks/quality/run.sh --quick > /dev/null
echo "quality smoke check passed (Benchmarks/quality/.work/QUALITY-quick.md)"
