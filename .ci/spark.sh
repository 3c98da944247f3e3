#!/usr/bin/env bash
# Spark and Neo4j path (issue 14): exports sample graphs as CSV, runs Scripts/spark/papergraph_spark.py
# with spark-submit in local[2] (the DataFrame path: the GraphFrames wheel ships no JAR and Maven is not
# reachable in CI), and compares with `papergraph rank --top 0 --format json` and `papergraph stats`
# (Tests/Scripts/compare_spark_rank.py). Also checks gzip shards against Python's gzip. Needs the release
# binary (.ci/run builds it first).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
started=$(date +%s)

if ! command -v java >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
python3 -c 'import pyspark' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check pyspark==3.5.7
SPARK_SUBMIT=$(python3 -c 'import os, pyspark; print(os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-submit"))')

pg=.build/release/papergraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Scripts/spark/papergraph_spark.py --help | grep -q 'io.graphframes:graphframes-spark3_2.12'

run_case() {  # NAME GRAPH [export options...]
    local name=$1 graph=$2
    shift 2
    "$pg" export "$graph" --format csv -o "$work/$name" "$@" 2>/dev/null
    "$pg" rank "$graph" --top 0 --format json > "$work/$name-rank.json" 2>/dev/null
    "$pg" stats "$graph" --format json > "$work/$name-stats.json" 2>/dev/null
    local t0=$(date +%s)
    "$SPARK_SUBMIT" --master 'local[2]' --driver-memory 2g --conf spark.ui.enabled=false \
        Scripts/spark/papergraph_spark.py "$work/$name" "$work/$name-out" --shuffle-partitions 4 \
        > "$work/$name-spark.log" 2> "$work/$name-spark.err" || { tail -n 30 "$work/$name-spark.err"; exit 1; }
    python3 Tests/Scripts/compare_spark_rank.py "$work/$name" "$work/$name-out" "$work/$name-rank.json" "$work/$name-stats.json"
    echo "  ($name: spark-submit $(( $(date +%s) - t0 )) s)"
}

run_case tricky Tests/Scripts/fixtures/tricky-ids.json --shard-rows 3 --compress gzip
run_case ml-landmarks Graphs/ml-landmarks.json
if [ -d ../shared/data/snap-cit-hepph ]; then
    run_case cit-hepph ../shared/data/snap-cit-hepph/cit-HepPh.txt.gz
else
    echo "SKIPPED: cit-HepPh comparison: ../shared/data/snap-cit-hepph is absent"
fi

# Our gzip parts read back with Python's gzip equal the plain export, byte for byte.
"$pg" export Graphs/ml-landmarks.json --format csv -o "$work/plain" --include topics,authors 2>/dev/null
"$pg" export Graphs/ml-landmarks.json --format csv -o "$work/gz" --include topics,authors --shard-rows 100 --compress gzip 2>/dev/null
python3 - "$work/plain" "$work/gz" <<'PY'
import gzip, json, os, sys
plain, gz = sys.argv[1:]
manifest = json.load(open(os.path.join(gz, "papergraph-manifest.json")))
for table in ("nodes", "edges"):
    t = manifest[table]
    data = open(os.path.join(gz, t["header"]), "rb").read()
    for part in t["parts"]:
        data += gzip.decompress(open(os.path.join(gz, part), "rb").read())
    assert data == open(os.path.join(plain, table + ".csv"), "rb").read(), table
print(f"gzip: {sum(len(manifest[t]['parts']) for t in ('nodes', 'edges'))} parts decompress with Python's gzip to the plain export")
PY
echo "Spark step: $(( $(date +%s) - started )) s"
