#!/usr/bin/env bash
# PaperGraph at scale: builds in release mode, generates synthetic citation graphs, times
# papergraph and its peers (networkx, python-igraph, networkit) on the same files, and writes
# Benchmarks/RESULTS.md. Usage:
#
#   Benchmarks/run.sh            10^4, 10^5, 10^6 papers (~10 citations each) + SNAP cit-HepPh
#   Benchmarks/run.sh --huge     also 10^7 papers (~10^8 citations; ~10 GB disk, ~20 min)
#   Benchmarks/run.sh --no-peers papergraph only
#   Benchmarks/run.sh --sizes 10000000 --no-hepph   just these sizes (other graphs keep their last results)
#
# Generated files are cached in Benchmarks/.work (delete it to regenerate); peers are installed
# with pip into Benchmarks/.venv. Nothing here runs under `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK="$ROOT/Benchmarks/.work"
VENV="$ROOT/Benchmarks/.venv"
SIZES="10000 100000 1000000"
PEERS=1
HEPPH=1
while [ $# -gt 0 ]; do
  case "$1" in
    --huge) SIZES="$SIZES 10000000" ;;
    --sizes) SIZES=$(echo "$2" | tr ',' ' '); shift ;;
    --no-peers) PEERS=0 ;;
    --no-hepph) HEPPH=0 ;;
    *) echo "usage: Benchmarks/run.sh [--huge] [--sizes N,N...] [--no-peers] [--no-hepph]" >&2; exit 64 ;;
  esac
  shift
done
mkdir -p "$WORK"
# One results file per graph, so a partial rerun keeps the other graphs' last results.
RAW="$WORK/results"
mkdir -p "$RAW"

echo "== building (release)" >&2
swift build -c release 2>&1 | tail -1 >&2
BIN=$(swift build -c release --show-bin-path)
PG="$BIN/papergraph"
BENCH="$BIN/papergraph-bench"

PY=""
if [ "$PEERS" = 1 ]; then
  echo "== installing peers into Benchmarks/.venv" >&2
  if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
  "$VENV/bin/pip" install -q --disable-pip-version-check networkx scipy numpy python-igraph >&2 || true
  "$VENV/bin/pip" install -q --disable-pip-version-check networkit >&2 || echo "networkit did not install; skipped" >&2
  PY="$VENV/bin/python"
  "$PY" -c "import networkx, igraph, scipy; print('peers: networkx', networkx.__version__, 'igraph', igraph.__version__)" >&2 || true
fi

# Subcommands of other branches light up their columns once merged.
HAS_CLUSTERS=0; HAS_RELATED=0
if "$PG" --help | grep -qE '^ +clusters '; then HAS_CLUSTERS=1; fi
if "$PG" --help | grep -qE '^ +related '; then HAS_RELATED=1; fi

record() { # graph-name, then a key=value line
  echo "graph=$1 $2" >> "$RAW/$1.txt"
  echo "  $2" >&2
}

run_graph() { # name, edge-list path, pgraph path, run peers (1/0), run networkx (1/0)
  local name=$1 text=$2 binary=$3 peers=$4 nx=$5
  echo "== $name" >&2
  : > "$RAW/$name.txt"
  record "$name" "tool=papergraph $("$BENCH" text "$text")"
  record "$name" "tool=papergraph $("$BENCH" csr "$binary")"
  record "$name" "tool=papergraph-model $("$BENCH" model "$binary")"
  # Whole commands as users run them (best of 3, CPU time and peak RSS), at 10^5 papers and up.
  if [ "${COMMANDS:-0}" = 1 ]; then
    record "$name" "tool=papergraph-commands$("$ROOT/Benchmarks/commands.sh" "$PG" "$text" "$binary")"
  fi
  if [ "$HAS_CLUSTERS" = 1 ]; then
    local start end
    start=$(date +%s.%N); "$PG" clusters "$binary" > /dev/null 2>&1 || true; end=$(date +%s.%N)
    record "$name" "tool=papergraph clusters_s=$(echo "$end - $start" | bc)"
  fi
  if [ "$HAS_RELATED" = 1 ]; then
    start=$(date +%s.%N); "$PG" related "$binary" 0 > /dev/null 2>&1 || true; end=$(date +%s.%N)
    record "$name" "tool=papergraph related_s=$(echo "$end - $start" | bc)"
  fi
  if [ -n "$PY" ] && [ "$peers" != 0 ]; then
    [ -f "$text.plain" ] || grep -v '^#' "$text" > "$text.plain"
    local libraries="igraph networkit"
    if [ "$nx" = 1 ]; then libraries="networkx $libraries"; fi
    if [ "$peers" = huge ]; then libraries="networkit"; fi
    for library in $libraries; do
      record "$name" "tool=$library $("$PY" "$ROOT/Benchmarks/peers.py" "$library" "$text")"
    done
  fi
}

for n in $SIZES; do
  base="$WORK/synthetic-$n"
  # Whole commands from 10^6 papers up (set COMMANDS_CLUSTERS=0 to leave out `clusters`, which takes longest).
  if [ "$n" -ge 1000000 ]; then export COMMANDS=1; else export COMMANDS=0; fi
  if [ ! -f "$base.pgraph" ]; then
    echo "== generating $n papers" >&2
    "$PG" generate --papers "$n" --refs 10 --seed 1 -o "$base.pgraph"
    "$PG" generate --papers "$n" --refs 10 --seed 1 -o "$base.txt"
  fi
  # Above 10^6 papers only networkit runs: networkx and igraph would need 5-18 GB at 10^8 citations.
  if [ "$n" -gt 1000000 ]; then
    run_graph "synthetic-$n" "$base.txt" "$base.pgraph" huge 0
  else
    run_graph "synthetic-$n" "$base.txt" "$base.pgraph" 1 1
  fi
  if [ "$n" -ge 1000000 ]; then
    # The same graph with random ids: no time order for the exact PageRank fast path, no locality.
    if [ ! -f "$base-shuffled.pgraph" ]; then
      "$PG" generate --papers "$n" --refs 10 --seed 1 --shuffle -o "$base-shuffled.pgraph"
      "$PG" generate --papers "$n" --refs 10 --seed 1 --shuffle -o "$base-shuffled.txt"
    fi
    run_graph "synthetic-$n-shuffled" "$base-shuffled.txt" "$base-shuffled.pgraph" 0 0
  fi
done

export COMMANDS=0
HEP="$ROOT/../shared/data/snap-cit-hepph/cit-HepPh.txt.gz"
if [ "$HEPPH" = 0 ]; then
  :
elif [ -f "$HEP" ]; then
  if [ ! -f "$WORK/cit-HepPh.txt.pgraph" ]; then
    python3 -c "import gzip, shutil, sys; shutil.copyfileobj(gzip.open(sys.argv[1]), open(sys.argv[2], 'wb'))" \
      "$HEP" "$WORK/cit-HepPh.txt"
    # The edge-list importer is not in this build: the bench's own parser writes the .pgraph.
    "$BENCH" topgraph "$WORK/cit-HepPh.txt" > /dev/null
  fi
  run_graph "snap-cit-HepPh" "$WORK/cit-HepPh.txt" "$WORK/cit-HepPh.txt.pgraph" 1 1
else
  echo "note: $HEP not found; SNAP cit-HepPh skipped" >&2
  echo "note=snap-cit-HepPh-skipped-(../shared/data-absent)" > "$RAW/snap-cit-HepPh.txt"
fi

: > "$WORK/results.txt"
for name in synthetic-10000 synthetic-100000 synthetic-1000000 synthetic-1000000-shuffled synthetic-10000000 \
            synthetic-10000000-shuffled snap-cit-HepPh; do
  if [ -f "$RAW/$name.txt" ]; then cat "$RAW/$name.txt" >> "$WORK/results.txt"; fi
done
python3 "$ROOT/Benchmarks/report.py" "$WORK/results.txt" "$ROOT/Benchmarks/RESULTS.md" "$HAS_CLUSTERS" "$HAS_RELATED"
