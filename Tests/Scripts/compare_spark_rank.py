#!/usr/bin/env python3
"""Checks the Spark program's results (Scripts/spark/papergraph_spark.py) against papergraph's own.

    compare_spark_rank.py EXPORT_DIR SPARK_OUT RANK_JSON STATS_JSON

RANK_JSON is `papergraph rank GRAPH --top 0 --format json`, STATS_JSON `papergraph stats GRAPH
--format json`. Fails (exit 1) unless: the paper ids are byte-identical (same set, no duplicates,
none changed by number parsing); max |delta| of the scores, both normalised to sum 1, is at most
1e-8; the top 20 agree (a difference only where papergraph's scores tie within 1e-10); the weak
component counts are equal; every in-degree equals the count of CITES rows read from the export
with Python's csv module (independent of Spark).
"""

import csv
import glob
import gzip
import json
import os
import sys
from collections import Counter

TOLERANCE = 1e-8
TIE = 1e-10


def open_text(path):
    return gzip.open(path, "rt", encoding="utf-8", newline="") if path.endswith(".gz") else open(
        path, encoding="utf-8", newline="")


def export_in_degrees(folder):
    with open(os.path.join(folder, "papergraph-manifest.json"), encoding="utf-8") as f:
        table = json.load(f)["edges"]
    counts = Counter()
    for part in table["parts"]:
        with open_text(os.path.join(folder, part)) as f:
            rows = csv.reader(f)
            if table["header_in_parts"]:
                header = next(rows)
            else:
                with open_text(os.path.join(folder, table["header"])) as h:
                    header = next(csv.reader(h))
            end, kind = header.index(":END_ID"), header.index(":TYPE")
            for row in rows:
                if row[kind] == "CITES":
                    counts[row[end]] += 1
    return counts


def main(export, spark_out, rank_path, stats_path):
    failures = []
    with open(rank_path, encoding="utf-8") as f:
        ranked = json.load(f)["papers"]
    with open(stats_path, encoding="utf-8") as f:
        stats = json.load(f)
    with open(os.path.join(spark_out, "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    parts = sorted(glob.glob(os.path.join(spark_out, "scores.csv", "part-*.csv")))
    spark_rows = []
    for part in parts:
        with open(part, encoding="utf-8", newline="") as f:
            spark_rows += list(csv.DictReader(f))

    ours = {p["id"]: p["score"] for p in ranked}
    theirs = {r["id"]: float(r["pagerank"]) for r in spark_rows}
    if len(theirs) != len(spark_rows):
        failures.append(f"Spark output has duplicate ids ({len(spark_rows) - len(theirs)})")
    if set(ours) != set(theirs):
        missing = sorted(set(ours) - set(theirs))[:5]
        extra = sorted(set(theirs) - set(ours))[:5]
        failures.append(f"ids differ: missing in Spark {missing!r}, not in papergraph {extra!r}")
    common = set(ours) & set(theirs)
    total_ours = sum(ours.values())
    total_theirs = sum(theirs.values())
    delta = max((abs(ours[i] / total_ours - theirs[i] / total_theirs) for i in common), default=0.0)
    if delta > TOLERANCE:
        failures.append(f"max |delta| {delta:.3g} > {TOLERANCE}")

    def year(r):
        return int(r["year"]) if r.get("year") not in (None, "") else sys.maxsize

    spark_top = sorted(spark_rows, key=lambda r: (-float(r["pagerank"]), year(r), r["id"]))[:20]
    for i, (a, b) in enumerate(zip([p["id"] for p in ranked[:20]], [r["id"] for r in spark_top])):
        if a != b and not (b in ours and abs(ours[a] - ours[b]) <= TIE):
            failures.append(f"top 20 differs at {i + 1}: papergraph {a!r}, Spark {b!r}")
            break
    if summary["weak_components"] != stats["weak_components"]:
        failures.append(f"weak components: Spark {summary['weak_components']}, papergraph {stats['weak_components']}")
    if summary["papers"] != stats["papers"] or summary["citations"] != stats["citations"]:
        failures.append(f"counts: Spark {summary['papers']} papers {summary['citations']} citations, "
                        f"papergraph {stats['papers']} and {stats['citations']}")
    degrees = export_in_degrees(export)
    wrong = [r["id"] for r in spark_rows if int(r["in_degree"]) != degrees.get(r["id"], 0)]
    if wrong:
        failures.append(f"in-degree differs for {len(wrong)} papers, e.g. {wrong[0]!r}")

    print(f"{export}: {len(common)} ids identical, max |delta| {delta:.2e}, top 20 same, "
          f"{summary['weak_components']} weak components, PageRank {summary['iterations']} iterations, "
          f"Spark {summary['seconds']} s ({summary['engine']})")
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    sys.exit(main(*sys.argv[1:]))
