#!/usr/bin/env python3
"""PageRank, in-degree, weak components and a top-N table with Apache Spark, on the folder that
`papergraph export GRAPH --format csv -o DIR` writes (one file per table, or --shard-rows parts,
plain or gzip).

    spark-submit --master 'local[2]' Scripts/spark/papergraph_spark.py DIR OUT

The columns are read with an explicit schema built from the export's header (identifiers stay
strings: `2004.05150` and `007` are never turned into numbers); the manifest papergraph writes is
checked first, so an incomplete or mixed folder is refused. PageRank is the one `papergraph rank`
computes: damping 0.85, papers that cite nothing spread their rank uniformly at every iteration,
stop when the L1 change is below the tolerance, scores normalised to sum 1.

OUT receives `scores.parquet` and `scores.csv/` (id, title, year, pagerank, in_degree,
component), `top.csv` (the N best, ties by earlier year then id) and `summary.json`.
"""

import argparse
import csv
import gzip
import io
import json
import os
import sys
import time

GRAPHFRAMES_HELP = """
GraphFrames (optional). When its JAR is on the classpath the program uses GraphFrames for the
degrees, weak components (connectedComponents) and the PageRank message passing
(aggregateMessages); without it, plain DataFrame joins and aggregations do the same work and
give the same numbers. Two ways to get it:

  with network access, let spark-submit fetch it from Maven Central:
    spark-submit --packages io.graphframes:graphframes-spark3_2.12:0.9.3 papergraph_spark.py DIR OUT
  without network access, download the JAR once elsewhere and pass it:
    spark-submit --jars /path/to/graphframes-spark3_2.12-0.9.3.jar \\
        --py-files /path/to/graphframes-spark3_2.12-0.9.3.jar papergraph_spark.py DIR OUT
  (the Python side comes from `pip install graphframes-py`, which ships no JAR).

Which artifact fits which Spark line (the Scala suffix must match your Spark build):
  Spark 3.5.x (Scala 2.12)  io.graphframes:graphframes-spark3_2.12:0.9.3 (0.9.x and later)
  Spark 3.5.x (Scala 2.13)  io.graphframes:graphframes-spark3_2.13:0.9.3
  Spark 4.0.x (Scala 2.13)  io.graphframes:graphframes-spark4_2.13:0.9.3
  Spark 3.0-3.5, older      graphframes:graphframes:0.8.3-spark3.5-s_2.12 (spark-packages
                            repository: add --repositories https://repos.spark-packages.org)
--engine dataframe forces the plain DataFrame path even when GraphFrames is present.
"""

MANIFEST = "papergraph-manifest.json"
# Columns papergraph writes as numbers; every other column (ids, identifiers, years are not
# identifiers) is read as a string.
NUMERIC = {"year": "int", "rank": "double", "cluster": "int", "path_step": "int"}


class ExportError(Exception):
    pass


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="papergraph_spark.py",
        description=__doc__.split("\n\n")[0],
        epilog=GRAPHFRAMES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("export", help="folder written by papergraph export --format csv -o DIR")
    parser.add_argument("output", help="folder for scores.parquet, scores.csv/, top.csv, summary.json")
    parser.add_argument("--top", type=int, default=20, help="rows of the top table (default 20)")
    parser.add_argument("--damping", type=float, default=0.85, help="probability of following a citation (0.85)")
    parser.add_argument("--tolerance", type=float, default=1e-10, help="L1 stopping bound (1e-10, as papergraph rank)")
    parser.add_argument("--max-iterations", type=int, default=200, help="most PageRank iterations (200)")
    parser.add_argument("--checkpoint-every", type=int, default=5,
                        help="localCheckpoint() every K iterations to cut the lineage (5)")
    parser.add_argument("--shuffle-partitions", type=int, default=None,
                        help="spark.sql.shuffle.partitions (default: 2 x the default parallelism; "
                             "Spark's own 200 makes small graphs crawl)")
    parser.add_argument("--engine", choices=["auto", "graphframes", "dataframe"], default="auto",
                        help="auto: GraphFrames when its JAR is on the classpath")
    return parser.parse_args(argv)


# ---------------------------------------------------------------- the export folder


def read_manifest(folder):
    """The export's manifest, after checking every file it lists is there with its size."""
    path = os.path.join(folder, MANIFEST)
    if not os.path.isfile(path):
        raise ExportError(f"{folder}: no {MANIFEST}; export again with papergraph export --format csv -o DIR")
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    if manifest.get("papergraph_manifest") != 1 or manifest.get("kind") != "csv-export":
        raise ExportError(f"{path}: not a papergraph CSV export manifest")
    for entry in manifest["files"]:
        file = os.path.join(folder, entry["name"])
        if not os.path.isfile(file) or os.path.getsize(file) != entry["bytes"]:
            raise ExportError(f"{file}: missing or not the size the manifest gives ({entry['bytes']} bytes)")
    return manifest


def header_columns(folder, table):
    """The column names of a table, from its header file (plain or gzip)."""
    path = os.path.join(folder, table["header"])
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        return next(csv.reader(io.StringIO(f.readline())))


def schema_for(columns):
    """An explicit schema: strings except the few numeric attributes."""
    from pyspark.sql import types as T

    kinds = {"int": T.IntegerType(), "double": T.DoubleType()}
    return T.StructType([T.StructField(c, kinds.get(NUMERIC.get(c)) or T.StringType(), True) for c in columns])


def read_table(spark, folder, table):
    schema = schema_for(header_columns(folder, table))
    reader = (spark.read.schema(schema)
              .option("header", table["header_in_parts"])
              .option("multiLine", True)        # quoted titles may span lines
              .option("quote", '"').option("escape", '"')  # RFC 4180: doubled quotes
              .option("mode", "FAILFAST")       # a malformed row is an error, not a null
              .option("enforceSchema", True))
    return reader.csv([os.path.join(folder, p) for p in table["parts"]])


# ---------------------------------------------------------------- algorithms (DataFrame)


def pagerank(vertices, edges, damping, tolerance, max_iterations, checkpoint_every, graphframe=None):
    """PageRank over `edges` (src, dst: dense longs) with uniform teleport and dangling rank spread
    uniformly each iteration, like networkx and papergraph rank. Returns (DataFrame vid, pagerank;
    iterations; converged)."""
    from pyspark.sql import functions as F

    n = vertices.count()
    out_degree = edges.groupBy("src").agg(F.count("*").alias("out"))
    ranks = (vertices.join(out_degree, vertices.vid == out_degree.src, "left")
             .select("vid", F.coalesce("out", F.lit(0)).cast("double").alias("out"))
             .withColumn("r", F.lit(1.0 / n))).localCheckpoint()
    dangling = ranks.filter("out = 0").agg(F.sum("r")).first()[0] or 0.0
    iterations, converged = 0, False
    while iterations < max_iterations:
        iterations += 1
        share = ranks.select(F.col("vid").alias("src"),
                             F.when(F.col("out") > 0, F.col("r") / F.col("out")).otherwise(0.0).alias("c"))
        if graphframe is not None:
            from graphframes.lib import AggregateMessages as AM
            g = type(graphframe)(share.withColumnRenamed("src", "id"), edges)
            incoming = g.aggregateMessages(F.sum(AM.msg).alias("s"), sendToDst=AM.src["c"]).withColumnRenamed("id", "dst")
        else:
            incoming = edges.join(share, "src").groupBy("dst").agg(F.sum("c").alias("s"))
        base = (1.0 - damping) / n + damping * dangling / n
        updated = (ranks.join(incoming, ranks.vid == incoming.dst, "left")
                   .select("vid", "out", (F.lit(base) + damping * F.coalesce("s", F.lit(0.0))).alias("r"),
                           F.col("r").alias("previous")))
        updated = updated.localCheckpoint() if iterations % checkpoint_every == 0 else updated.persist()
        change, dangling = updated.agg(F.sum(F.abs(F.col("r") - F.col("previous"))),
                                       F.sum(F.when(F.col("out") == 0, F.col("r")).otherwise(0.0))).first()
        dangling = dangling or 0.0
        ranks.unpersist()
        ranks = updated.select("vid", "out", "r")
        if change < tolerance:
            converged = True
            break
    total = ranks.agg(F.sum("r")).first()[0]
    return ranks.select("vid", (F.col("r") / total).alias("pagerank")), iterations, converged


def weak_components(vertices, edges, checkpoint_every):
    """Each vertex's component: the smallest vid it is connected to, ignoring direction (min-label
    propagation until nothing changes)."""
    from pyspark.sql import functions as F

    both = edges.select("src", "dst").union(edges.select(F.col("dst").alias("src"), F.col("src").alias("dst"))).distinct()
    both = both.localCheckpoint()
    labels = vertices.select("vid", F.col("vid").alias("component")).localCheckpoint()
    rounds = 0
    while True:
        rounds += 1
        smallest = (both.join(labels, both.src == labels.vid).groupBy("dst")
                    .agg(F.min("component").alias("m")))
        updated = (labels.join(smallest, labels.vid == smallest.dst, "left")
                   .select("vid", F.least("component", F.coalesce("m", "component")).alias("component"),
                           F.col("component").alias("previous")))
        updated = updated.localCheckpoint() if rounds % checkpoint_every == 0 else updated.persist()
        changed = updated.filter(F.col("component") != F.col("previous")).count()
        labels.unpersist()
        labels = updated.select("vid", "component")
        if changed == 0:
            return labels, rounds


# ---------------------------------------------------------------- driver


def graphframes_available(spark):
    try:
        from graphframes import GraphFrame  # noqa: F401  (the Python side)
        spark.sparkContext._jvm.java.lang.Class.forName("org.graphframes.GraphFrame")  # the JAR
        return True
    except Exception:
        return False


def main(argv):
    args = parse_arguments(argv)
    try:
        manifest = read_manifest(args.export)
    except (ExportError, OSError, ValueError, KeyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    builder = SparkSession.builder.appName("papergraph")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    partitions = args.shuffle_partitions or max(2, 2 * spark.sparkContext.defaultParallelism)
    spark.conf.set("spark.sql.shuffle.partitions", str(partitions))
    spark.conf.set("spark.sql.adaptive.enabled", "true")
    use_graphframes = args.engine == "graphframes" or (args.engine == "auto" and graphframes_available(spark))
    started = time.time()

    nodes = read_table(spark, args.export, manifest["nodes"])
    edges = read_table(spark, args.export, manifest["edges"])
    papers = nodes.filter(F.col(":LABEL") == "Paper").select("id", *[c for c in ("title", "year") if c in nodes.columns])
    # Long ids for the iterations (unique, not dense); the string ids come back in the results.
    papers = papers.withColumn("vid", F.monotonically_increasing_id()).localCheckpoint()
    if papers.select("id").distinct().count() != papers.count():
        print("error: duplicate paper ids in the export", file=sys.stderr)
        return 1
    ids = papers.select("vid", "id")
    cites = (edges.filter(F.col(":TYPE") == "CITES").select("src", "dst")
             .join(ids.select(F.col("id").alias("src"), F.col("vid").alias("s")), "src")
             .join(ids.select(F.col("id").alias("dst"), F.col("vid").alias("t")), "dst")
             .select(F.col("s").alias("src"), F.col("t").alias("dst"))).localCheckpoint()
    vertices = papers.select("vid")

    graph = None
    if use_graphframes:
        from graphframes import GraphFrame
        spark.sparkContext.setCheckpointDir(os.path.join(args.output, "_checkpoints"))
        graph = GraphFrame(vertices.withColumnRenamed("vid", "id"), cites)
        in_degree = graph.inDegrees.select(F.col("id").alias("vid"), F.col("inDegree").alias("in_degree"))
        components = graph.connectedComponents().select(F.col("id").alias("vid"), "component")
        rounds = None
    else:
        in_degree = cites.groupBy(F.col("dst").alias("vid")).agg(F.count("*").alias("in_degree"))
        components, rounds = weak_components(vertices, cites, args.checkpoint_every)
    ranks, iterations, converged = pagerank(vertices, cites, args.damping, args.tolerance, args.max_iterations,
                                            args.checkpoint_every, graphframe=graph)

    scores = (papers.join(ranks, "vid").join(in_degree, "vid", "left").join(components, "vid")
              .select("id", *[c for c in ("title", "year") if c in papers.columns], "pagerank",
                      F.coalesce("in_degree", F.lit(0)).alias("in_degree"), "component")
              .orderBy(F.desc("pagerank"), *([F.asc_nulls_last("year")] if "year" in papers.columns else []), "id"))
    scores = scores.localCheckpoint()
    os.makedirs(args.output, exist_ok=True)
    scores.write.mode("overwrite").parquet(os.path.join(args.output, "scores.parquet"))
    (scores.coalesce(1).write.mode("overwrite").option("header", True).option("escape", '"')
     .csv(os.path.join(args.output, "scores.csv")))
    top = scores.limit(args.top).collect() if args.top > 0 else []
    with open(os.path.join(args.output, "top.csv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["rank", "id", "title", "year", "pagerank", "in_degree"])
        for i, row in enumerate(top, 1):
            d = row.asDict()
            writer.writerow([i, d["id"], d.get("title") or "", d.get("year") or "", repr(d["pagerank"]), d["in_degree"]])
    summary = {
        "engine": "graphframes" if use_graphframes else "dataframe",
        "papers": vertices.count(),
        "citations": cites.count(),
        "weak_components": components.select("component").distinct().count(),
        "component_rounds": rounds,
        "iterations": iterations,
        "converged": converged,
        "shuffle_partitions": partitions,
        "seconds": round(time.time() - started, 1),
        "top": [{"id": r["id"], "pagerank": r["pagerank"]} for r in top],
    }
    with open(os.path.join(args.output, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2, ensure_ascii=False)
    print(f"{summary['papers']} papers, {summary['citations']} citations, {summary['weak_components']} weak components; "
          f"PageRank {'converged' if converged else 'did not converge'} in {iterations} iterations "
          f"({summary['engine']}, {partitions} shuffle partitions, {summary['seconds']} s)")
    for i, row in enumerate(top, 1):
        print(f"{i:3}  {row['pagerank']:.6f}  {row['in_degree']:6}  {row['id']}  {(row.asDict().get('title') or '')[:60]}")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
