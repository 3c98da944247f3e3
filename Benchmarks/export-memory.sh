#!/usr/bin/env bash
# Peak memory of `papergraph export` in every format (issue 16: under 2x the graph's own size),
# with the peak of commands that only load the graph as the baseline. Prints a Markdown table
# (peak RSS from GNU time's "Maximum resident set size", one run each; wall seconds).
# The baseline is `export --top 1`: the whole graph loaded and ranked, a one-paper view.
#
#   Benchmarks/export-memory.sh PAPERGRAPH [PAPERS] [WORK_DIR]
#
# The graph is `papergraph generate --papers PAPERS --refs 10 --seed 3` (default 10^5) as .pgraph,
# which loads without a parse so the load does not hide the export. DOT and Mermaid refuse large
# views, so they export the `--top 2000` and `--top 150` papers. Time it under
# `flock /work/release.lock` with a release build. Nothing here runs under `swift test`.
set -euo pipefail
PG=$1 PAPERS=${2:-100000}
WORK=${3:-$(mktemp -d)}
mkdir -p "$WORK"
TIME=/usr/bin/time
G="$WORK/g-$PAPERS.pgraph"
[ -f "$G" ] || "$PG" generate --papers "$PAPERS" --refs 10 --seed 3 -o "$G" 2> /dev/null
measure() { # name, then the command
  local name=$1; shift
  if "$TIME" -f "%M %e" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/stderr"; then
    read -r kb wall < <(tail -1 "$WORK/time")
    echo "| $name | $((kb / 1024)) | $wall |"
  else
    echo "| $name | failed: $(head -c 120 "$WORK/stderr" | tr '\n' ' ') | |"
  fi
}
echo "Graph: $PAPERS papers, $("$PG" stats "$G" 2>/dev/null | grep -i -m1 citation | tr -s ' ')"
echo
echo "| command | peak RSS (MB) | wall (s) |"
echo "|---|---:|---:|"
measure "stats" "$PG" stats "$G"
measure "rank --top 20" "$PG" rank "$G" --top 20
# The graph's own size: every paper loaded (keys, titles, authors) and ranked, a one-paper view.
measure "export json --top 1 (baseline)" "$PG" export "$G" -f json --top 1 -o "$WORK/one.json"
measure "export json" "$PG" export "$G" -f json -o "$WORK/out.json"
measure "export graphml" "$PG" export "$G" -f graphml -o "$WORK/out.graphml"
measure "export gexf" "$PG" export "$G" -f gexf -o "$WORK/out.gexf"
measure "export csv" "$PG" export "$G" -f csv -o "$WORK/out-csv"
measure "export bibtex" "$PG" export "$G" -f bibtex -o "$WORK/out.bib"
measure "export csl-json" "$PG" export "$G" -f csl-json -o "$WORK/out.csl.json"
measure "export html" "$PG" export "$G" -f html -o "$WORK/out.html"
# The map without clusters: the clustering (as `papergraph clusters`) is most of the default's peak.
measure "export html --with rank,related,paths" "$PG" export "$G" -f html --with rank,related,paths -o "$WORK/out.html"
measure "clusters" "$PG" clusters "$G"
measure "export dot --top 2000" "$PG" export "$G" -f dot --top 2000 -o "$WORK/out.dot"
measure "export mermaid --top 150" "$PG" export "$G" -f mermaid --top 150 -o "$WORK/out.mmd"
measure "export json (stdout)" "$PG" export "$G" -f json
measure "convert to native JSON" "$PG" convert "$G" -o "$WORK/native.json"
