"""Reads the per-query lines papergraph-quality wrote to WORK/*.tsv, prints the tables and writes
QUALITY.md: means with 95 % bootstrap intervals (1,000 resamples of the queries, numpy seed 17), time per
query, the issue-17 target check, and the cit-HepTh weight grid."""
import collections
import os
import sys

import numpy as np

work, out = sys.argv[1], sys.argv[2]
quick = "--quick" in sys.argv
BASELINES = ["co-citation + coupling, Salton (Connected Papers-style)", "Adamic-Adar (undirected)",
             "personalized PageRank (local push; = related's walk signal)"]
SHIPPED = "related (shipped)"
PREVIOUS_BLEND = "blend walk x (1 + RA), RA refs of refs x 4 (recomputed from features; shipped before the log-linear score)"
WALKS = ["linear sum, walk 0.5 (recomputed from features; shipped before the blends)", PREVIOUS_BLEND]


def read(name):
    path = os.path.join(work, name)
    rows, times = collections.defaultdict(lambda: collections.defaultdict(list)), collections.defaultdict(dict)
    if not os.path.exists(path):
        return rows, times
    for line in open(path):
        f = line.rstrip("\n").split("\t")
        if f[0] == "time":
            times[f[2]][f[3]] = float(f[4])
        elif f[0] == "human-relation":
            continue
        elif len(f) >= 9:
            rows[f[1]][f[2]].append([float(x) for x in f[4:9]])
    return rows, times


def mean(values):
    return sum(values) / len(values) if values else float("nan")


def interval(values, resamples=1000):
    n = len(values)
    if n == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(17)
    means = np.sort(np.asarray(values)[rng.integers(0, n, size=(resamples, n))].mean(axis=1))
    return means[int(0.025 * resamples)], means[int(0.975 * resamples) - 1]


def cell(values):
    lo, hi = interval(values)
    return f"{mean(values):.3f} [{lo:.3f}, {hi:.3f}]"


lines = []


def emit(text=""):
    lines.append(text)


def table(rows, times, columns, title):
    for dataset, methods in rows.items():
        n = len(next(iter(methods.values())))
        emit(f"### {title}: {dataset} ({n} queries)")
        emit()
        emit("| method | " + " | ".join(name for name, _ in columns) + " | ms/query |")
        emit("|---|" + "---|" * (len(columns) + 1))
        order = sorted(methods, key=lambda m: (m != SHIPPED, -mean([r[1] for r in methods[m]])))
        for m in order:
            cells = [cell([r[i] for r in methods[m]]) for _, i in columns]
            t = times.get(dataset, {}).get(m)
            emit(f"| {m} | " + " | ".join(cells) + f" | {t:.2f} |" if t is not None else f"| {m} | " + " | ".join(cells) + " | |")
        emit()


HELD = [("recall@10", 0), ("recall@20", 1), ("MRR", 2), ("nDCG@20", 3)]
emit("# Recommendation quality (issue 17)")
emit()
emit("Written by `Benchmarks/quality/run.sh" + (" --quick" if quick else "") + "`; every number below is recomputed by it. "
     "Means over query papers with 95 % bootstrap intervals (1,000 resamples). Time per query: in-process, release "
     "build, CPU time of the thread (the 2-core machine was shared with other builds, so wall time would measure them); for the baselines the sum of the kernels each one needs plus its ranking.")
emit()
emit("**Protocol (held-out citations).** A seeded 10 % of the papers with at least 5 references (all of them on "
     "ml-landmarks) are queries; a random 20 % of each one's references (at least one) are hidden, all at once; every "
     "method runs on the remaining graph; the hidden cited papers are the truth (a hidden paper that also cites the "
     "query stays adjacent and is left out of the truth); the query's neighbours in the remaining graph are removed "
     "from every ranking; no time filter. MRR counts the first hit within the top 100.")
emit()
targets = []
compact = []
for name in ["heldout-ml-landmarks.tsv", "heldout-cora.tsv", "heldout-cora-all-queries.tsv", "heldout-cit-HepTh.tsv", "heldout-cit-HepPh.tsv"]:
    rows, times = read(name)
    table(rows, times, HELD, "Held-out citations")
    for dataset, methods in rows.items():
        if SHIPPED in methods:
            r = mean([x[1] for x in methods[SHIPPED]])
            best = max(BASELINES, key=lambda m: mean([x[1] for x in methods.get(m, [[0, 0]])]))
            b = mean([x[1] for x in methods[best]])
            ratio = r / b if b > 0 else float("inf")
            verdict = "met" if ratio >= 1.2 else ("MISS (1.0-1.2x)" if ratio >= 1.0 else "BELOW the best baseline")
            heavier = " / ".join(f"{mean([x[1] for x in methods[m]]):.3f}" for m in WALKS if m in methods)
            targets.append((dataset, r, best, b, ratio, verdict, times.get(dataset, {}).get(SHIPPED),
                            times.get(dataset, {}).get(SHIPPED + " p95", float("nan")), heavier))
            def pair(m):
                return f"{mean([x[1] for x in methods[m]]):.3f} / {mean([x[2] for x in methods[m]]):.3f}"
            compact.append(f"| {dataset} | {len(methods[SHIPPED])} | **{pair(SHIPPED)}** | "
                           f"{pair(PREVIOUS_BLEND)} | " + " | ".join(pair(m) for m in BASELINES)
                           + f" | {ratio:.3f}x |")
emit("## Target (issue 17 §3): related recall@20 ≥ 1.2 × the best of co-citation + coupling, Adamic-Adar, personalized PageRank")
emit()
emit("| graph | related recall@20 | best baseline | its recall@20 | ratio | verdict | related ms/query (mean / p95) | before: linear sum / blend |")
emit("|---|---|---|---|---|---|---|---|")
for dataset, r, best, b, ratio, verdict, t, p95, heavier in targets:
    emit(f"| {dataset} | {r:.3f} | {best} | {b:.3f} | {ratio:.3f}x | {verdict} | {t:.2f} / {p95:.2f} | {heavier} |")
emit()
emit("The last column recomputes from the features the two scores `related` shipped before: the linear sum "
     "(0.5 x walk + RA with references of references x 2, plus authors and topics) and the multiplicative blend "
     "walk x (1 + RA) with references of references x 4. The shipped score is log-linear (RelatedPaperOptions): "
     "its weights are a logistic regression fitted on cit-HepTh's held-out citations alone, on the signals as `related` "
     "computes them (Benchmarks/quality/fit/fit_related.py --features, floor 0.01), the other graphs measured with them unchanged.")
emit()

rows, times = read("ego.tsv")
if rows:
    emit("## Your own list, enriched (cit-HepPh)")
    emit()
    emit("Ten 50-paper ego lists (breadth-first from a seeded paper over citations either way); the rest of cit-HepPh is kept "
         "only as external papers with no references of their own; 20 % of the references of each list paper with at least 5 "
         "are hidden; `related --include-external`. (`suggest` is not in this build.)")
    emit()
    table(rows, times, HELD, "Held-out citations")

rows, times = read("human.tsv")
emit("## Human relations (ml-landmarks, full graph, adjacent papers kept)")
emit()
emit("Truth: the partners of each paper in `related_annotations.csv` (either direction, any relation).")
emit()
table(rows, times, [("recall@10", 0), ("recall@20", 1), ("MRR", 2)], "Annotated partners")
by_relation = collections.defaultdict(lambda: collections.defaultdict(list))
if os.path.exists(os.path.join(work, "human.tsv")):
    for line in open(os.path.join(work, "human.tsv")):
        f = line.rstrip("\n").split("\t")
        if f[0] == "human-relation":
            by_relation[f[1]][f[2]].append([float(x) for x in f[4:9]])
if by_relation:
    shown = [SHIPPED, PREVIOUS_BLEND, "personalized PageRank (local push; = related's walk signal)",
             "signal: shared topics (Jaccard)"]
    emit("By relation: the same rankings, the truth restricted to the partners of one relation (queries with at least one "
         "such partner); recall@10 / recall@20.")
    emit()
    emit("| relation | queries | related (shipped) | blend (shipped before the log-linear score) | personalized PageRank | shared topics |")
    emit("|---|---|---|---|---|---|")
    for relation in sorted(by_relation, key=lambda r: -len(by_relation[r][SHIPPED])):
        m = by_relation[relation]
        emit(f"| {relation} | {len(m[SHIPPED])} | " + " | ".join(
            f"{mean([x[0] for x in m[k]]):.3f} / {mean([x[1] for x in m[k]]):.3f}" for k in shown) + " |")
    emit()

rows, times = read("topics.tsv")
emit("## Topic agreement (Cora, full graph, adjacent papers kept)")
emit()
emit("Truth: papers with the query's class (7 classes, from the McCallum hierarchy); precision@10 counts empty slots as misses.")
emit()
table(rows, times, [("precision@10", 4)], "Same-label papers")

rows, _ = read("next.tsv")
if rows:
    emit("## `next` (ml-landmarks)")
    emit()
    emit("60 seeded papers with at least 10 ancestors (papers reachable through references); the earliest 30 % of the "
         "ancestors (by year) are marked read; truth: the other ancestors; the paper itself is unread. `next` offers "
         "only the fringe (unread papers whose references are all read); \"fringe by walk + s x global PageRank\" "
         "reorders the same fringe by (1 - s) x the read-set walk + s x PageRank, each divided by its best in the "
         "fringe; s = 0 is `next` before this blend, and the shipped `next` is s = 0.75, chosen on these same 60 papers "
         "(no other graph has a `next` truth), so its gain is measured in-sample.")
    emit()
    table(rows, {}, [("recall@10", 0), ("precision@10", 4), ("MRR", 2)], "`next`")

path_rows = collections.defaultdict(list)
if os.path.exists(os.path.join(work, "path.tsv")):
    for line in open(os.path.join(work, "path.tsv")):
        f = line.rstrip("\n").split("\t")
        path_rows[f[1]].append([float(x) for x in f[4:8]])
if path_rows:
    emit("## `path --max 10`")
    emit()
    emit("Stated predecessors: on ml-landmarks the annotations' `extended-by` / `extends` chains (transitively), on "
         "ml-foundations the stated prerequisites (transitively); as `path` does by default, papers marked read are left out of the path (on ml-foundations the stated prerequisites are all marked read, hence 0). Recall: share of them on the path; order: share of "
         "stated (predecessor, paper) pairs on the path in that order.")
    emit()
    emit("| graph | targets | recall | order consistency (pairs) |")
    emit("|---|---|---|---|")
    for dataset, r in path_rows.items():
        pairs = sum(x[2] for x in r)
        order = sum(x[1] for x in r) / pairs if pairs else float("nan")
        emit(f"| {dataset} | {len(r)} | {cell([x[0] for x in r])} | {order:.3f} ({int(pairs)}) |")
    emit()

if os.path.exists(os.path.join(work, "synthetic.tsv")):
    emit("## Time per `related` query on a generated graph (`papergraph generate`)")
    emit()
    emit("| papers | citations | queries | mean ms | p95 ms | max ms |")
    emit("|---|---|---|---|---|---|")
    for line in open(os.path.join(work, "synthetic.tsv")):
        f = line.split("\t")
        emit(f"| {f[1]} | {f[2]} | {f[3]} | {float(f[4]):.2f} | {float(f[5]):.2f} | {float(f[6]):.2f} |")
    emit()

rows, _ = read("tune.tsv")
if rows:
    methods = rows["cit-HepTh"]
    emit("## Weight grid (cit-HepTh only: every third held-out query)")
    emit()
    emit(f"{len(methods)} weightings of the normalised signals; the ten best by recall@20 (RA = resource allocation "
         "over one kind of two-step path, divided by the query's best total RA; the other signals as in `related`):")
    emit()
    emit("| weights | recall@20 | MRR |")
    emit("|---|---|---|")
    for m in sorted(methods, key=lambda m: -mean([r[1] for r in methods[m]]))[:10]:
        emit(f"| {m[5:]} | {mean([r[1] for r in methods[m]]):.3f} | {mean([r[2] for r in methods[m]]):.3f} |")
    emit()
    blends = [m for m in methods if m.startswith("grid blend")]
    if blends:
        emit("The multiplicative blends walk x (1 + boost x RA) + paths x RA of the grid, the five best. Linear sums "
             "rank higher on cit-HepTh but fall below the walk alone on Cora and cit-HepPh, and blends with boost above 1 "
             "or paths 0.1 fall below it on Cora's 180 queries; the blend `related` shipped before its log-linear score was "
             "the best with boost 1 and paths 0 here (boost 1 informed by Cora, references of references x 4 chosen here). "
             "The log-linear score that ships now was fitted on these held-out citations by Benchmarks/quality/fit/fit_related.py, "
             "not by this grid:")
        emit()
        emit("| blend | recall@20 | MRR |")
        emit("|---|---|---|")
        ranked = sorted(blends, key=lambda m: -mean([r[1] for r in methods[m]]))
        for m in ranked[:5] + [m for m in ranked[5:] if "(1 + 1.0 RA) + 0.0 RA" in m]:
            emit(f"| {m[11:]} | {mean([r[1] for r in methods[m]]):.3f} | {mean([r[2] for r in methods[m]]):.3f} |")
        emit()

if os.path.exists(os.path.join(work, "crosscheck.txt")):
    emit("## Cross-check with networkx")
    emit()
    emit("```")
    emit(open(os.path.join(work, "crosscheck.txt")).read().rstrip())
    emit("```")
    emit()

with open(os.path.join(work, "readme-table.md"), "w") as f:
    f.write("| graph | queries | related | before (blend) | co-citation + coupling | Adamic-Adar | personalized PageRank | related / best |\n")
    f.write("|---|---|---|---|---|---|---|---|\n")
    f.write("\n".join(compact) + "\n")
text = "\n".join(lines) + "\n"
open(out + ".tmp", "w").write(text)
os.replace(out + ".tmp", out)
print(text)
below = [t[0] for t in targets if t[4] < 1.0]
if below:
    # A measured miss is reported, not hidden; QUALITY_STRICT=1 makes it fail the run.
    print("quality: MISS: related recall@20 is below the best baseline on " + ", ".join(below), file=sys.stderr)
    if os.environ.get("QUALITY_STRICT") == "1":
        sys.exit(1)
