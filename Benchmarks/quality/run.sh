#!/usr/bin/env bash
# Recommendation quality of `related`, `next` and `path` against held-out truth and against the
# methods other tools use (issue 17). Builds papergraph-quality in release mode, runs every task on
# ../shared/data and Graphs/, cross-checks our baselines with networkx, prints the table and
# writes Benchmarks/quality/QUALITY.md. Usage:
#
#   Benchmarks/quality/run.sh            everything (cit-HepPh, cit-HepTh, Cora, ml-landmarks,
#                                        the cit-HepTh weight grid, 10^6-paper timing; about 10 CPU minutes)
#   Benchmarks/quality/run.sh --quick    ml-landmarks and Cora only, writes .work/QUALITY-quick.md (CI)
#
# cit-HepPh uses the first 400 of its seeded 10 % sample (HEPPH_QUERIES=N to change; the full 10 %
# is 3,400 queries and personalized PageRank alone then needs ~5 CPU minutes).
# Results per task go to Benchmarks/quality/.work/*.tsv (one line per query and method).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
DATA="${QUALITY_DATA:-$ROOT/../shared/data}"   # QUALITY_DATA=DIR for a checkout elsewhere (a worktree)
WORK="$ROOT/Benchmarks/quality/.work"
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1
if [ ! -d "$DATA/snap-cit-hepth" ]; then echo "quality: ../shared/data is missing; nothing to measure" >&2; exit 1; fi
mkdir -p "$WORK"
rm -f "$WORK"/*.tsv
echo "== building papergraph-quality (release)" >&2
swift build -c release --product papergraph-quality 2>&1 | tail -1 >&2
Q="$(swift build -c release --show-bin-path)/papergraph-quality"
PY=python3
if ! $PY -c "import networkx" 2>/dev/null; then
  $PY -m pip install -q --disable-pip-version-check networkx >&2 || true
fi
$PY "$ROOT/Benchmarks/quality/cora_labels.py" "$DATA" > "$WORK/cora-labels.tsv"

step() { echo "== $1" >&2; local start=$SECONDS; shift; "$@"; echo "   $((SECONDS - start)) s" >&2; }
step "held-out citations: ml-landmarks" "$Q" heldout ml-landmarks "$ROOT/Graphs/ml-landmarks.json" "$WORK/heldout-ml-landmarks.tsv" --all --dump "$WORK"
step "held-out citations: Cora" "$Q" heldout cora "$DATA/cora-linqs/cora.cites" "$WORK/heldout-cora.tsv" --dump "$WORK"
step "held-out citations: Cora, every paper with 5+ references (a larger sample than the 10 % protocol)" "$Q" heldout cora-all-queries "$DATA/cora-linqs/cora.cites" "$WORK/heldout-cora-all-queries.tsv" --all
step "human relations: ml-landmarks" "$Q" human "$ROOT/Graphs/ml-landmarks.json" "$DATA/ml-landmark-papers-citations/related_annotations.csv" "$WORK/human.tsv"
step "topic agreement: Cora" "$Q" topics "$DATA/cora-linqs/cora.cites" "$WORK/cora-labels.tsv" "$WORK/topics.tsv"
step "next: ml-landmarks" "$Q" next "$ROOT/Graphs/ml-landmarks.json" "$WORK/next.tsv"
step "path: ml-landmarks, ml-foundations" "$Q" path "$ROOT/Graphs/ml-landmarks.json" "$ROOT/Graphs/ml-foundations.json" "$DATA/ml-landmark-papers-citations/related_annotations.csv" "$WORK/path.tsv"
if [ "$QUICK" = 0 ]; then
  step "held-out citations: cit-HepTh" "$Q" heldout cit-HepTh "$DATA/snap-cit-hepth/cit-HepTh.txt.gz" "$WORK/heldout-cit-HepTh.tsv"
  step "held-out citations: cit-HepPh" "$Q" heldout cit-HepPh "$DATA/snap-cit-hepph/cit-HepPh.txt.gz" "$WORK/heldout-cit-HepPh.tsv" --queries "${HEPPH_QUERIES:-400}"
  step "your own list, enriched: cit-HepPh ego lists" "$Q" ego "$DATA/snap-cit-hepph/cit-HepPh.txt.gz" "$WORK/ego.tsv"
  step "weight grid: cit-HepTh" "$Q" tune "$DATA/snap-cit-hepth/cit-HepTh.txt.gz" "$WORK/tune.tsv"
  step "time per query: 10^6-paper synthetic graph" "$Q" synthetic 1000000 "$WORK/synthetic.tsv"
fi
step "networkx cross-check" $PY "$ROOT/Benchmarks/quality/crosscheck.py" "$WORK" > "$WORK/crosscheck.txt"
OUT="$ROOT/Benchmarks/quality/QUALITY.md"
[ "$QUICK" = 1 ] && OUT="$WORK/QUALITY-quick.md"
$PY "$ROOT/Benchmarks/quality/report.py" "$WORK" "$OUT" $([ "$QUICK" = 1 ] && echo --quick)
