#!/usr/bin/env python3
"""Cross-checks papergraph against networkx (the reference) on real graphs.

For each data set: PageRank must agree with networkx.pagerank (alpha 0.85, tol 1e-13) to 1e-6 per
paper; the reading order must respect every citation outside cyclic groups, and its cyclic groups
must be exactly networkx's strongly connected components larger than one; when `papergraph
clusters` exists, its modularity must be at least networkx's Louvain modularity (same resolution).

Usage: crosscheck_networkx.py PAPERGRAPH_BINARY [SHARED_DATA_DIR]
"""
import gzip
import json
import os
import subprocess
import sys
import time

import networkx as nx

BINARY = sys.argv[1]
SHARED = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "../../../shared/data")
ROOT = os.path.join(os.path.dirname(__file__), "../..")
failures = []


def papergraph(*args):
    started = time.time()
    out = subprocess.run([BINARY, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out), time.time() - started


def native_edges(path):
    doc = json.load(open(path, encoding="utf-8"))
    nodes = [p["id"] for p in doc["papers"]]
    edges = [(p["id"], c) for p in doc["papers"] for c in p.get("cites", [])]
    return nodes, edges


def edge_list(path, reverse=False):
    opener = gzip.open if path.endswith(".gz") else open
    edges = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith(("#", "%")) or not line.strip():
                continue
            a, b = line.split()[:2]
            edges.append((b, a) if reverse else (a, b))
    nodes = sorted({n for e in edges for n in e})
    return nodes, edges


def check(name, graph_args, nodes, edges):
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    g.add_edges_from((a, b) for a, b in edges if a != b)
    print(f"{name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")

    ours, seconds = papergraph("rank", *graph_args, "--top", "0", "--format", "json")
    started = time.time()
    reference = nx.pagerank(g, alpha=0.85, tol=1e-13, max_iter=1000)
    nx_seconds = time.time() - started
    scores = {p["id"]: p["score"] for p in ours["papers"]}
    worst = max(abs(scores[n] - reference[n]) for n in g.nodes)
    ok = len(scores) == g.number_of_nodes() and worst <= 1e-6
    print(f"  pagerank: max |ours - networkx| = {worst:.2e} ({ours['method']}, {seconds:.2f} s vs networkx {nx_seconds:.2f} s)"
          f" {'OK' if ok else 'FAIL'}")
    if not ok:
        failures.append(f"{name}: pagerank differs by {worst}")

    order, seconds = papergraph("order", *graph_args, "--format", "json")
    position = {e["id"]: e["position"] for e in order["order"]}
    group = {e["id"]: e["group"] for e in order["order"]}
    violations = sum(1 for a, b in g.edges
                     if not (group[a] is not None and group[a] == group[b]) and position[b] >= position[a])
    ours_groups = sorted(sorted(c) for c in order["cyclic_groups"])
    nx_groups = sorted(sorted(c) for c in nx.strongly_connected_components(g) if len(c) > 1)
    ok = violations == 0 and ours_groups == nx_groups and len(position) == g.number_of_nodes()
    sizes = sorted((len(c) for c in nx_groups), reverse=True)[:3]
    print(f"  order: {violations} edges out of order, {len(ours_groups)} cyclic groups (largest {sizes}),"
          f" same as networkx SCCs: {ours_groups == nx_groups}, {seconds:.2f} s {'OK' if ok else 'FAIL'}")
    if not ok:
        failures.append(f"{name}: reading order invalid ({violations} violations, groups equal: {ours_groups == nx_groups})")


def nmi(labels_a, labels_b):
    """Normalized mutual information (arithmetic mean normalization, as scikit-learn's default)."""
    from collections import Counter
    from math import log
    n = len(labels_a)
    ca, cb, cab = Counter(labels_a), Counter(labels_b), Counter(zip(labels_a, labels_b))
    mi = sum(c / n * log((c / n) / (ca[a] / n * cb[b] / n)) for (a, b), c in cab.items())
    ha = -sum(c / n * log(c / n) for c in ca.values())
    hb = -sum(c / n * log(c / n) for c in cb.values())
    return 0.0 if ha + hb == 0 else 2 * mi / (ha + hb)


def check_clusters_cora(cora, classes_path):
    ours, seconds = papergraph("clusters", cora, "--from", "edgelist", "--reverse", "--citations-only", "--format", "json")
    _, edges = edge_list(cora, reverse=True)
    g = nx.Graph()
    g.add_edges_from((a, b) for a, b in edges if a != b)
    best = max(nx.community.modularity(g, nx.community.louvain_communities(g, resolution=1, seed=s)) for s in range(5))
    ok = ours["modularity"] >= best
    print(f"cora clusters: modularity {ours['modularity']:.4f} vs networkx louvain best of 5 seeds {best:.4f}"
          f" ({len(ours['clusters'])} clusters, {seconds:.2f} s) {'OK' if ok else 'FAIL'}")
    if not ok:
        failures.append("cora: Leiden modularity below networkx Louvain")
    ours_q = nx.community.modularity(g, [set(c["papers"]) for c in ours["clusters"]])
    if abs(ours_q - ours["modularity"]) > 1e-9:
        failures.append(f"cora: reported modularity {ours['modularity']} != networkx's {ours_q} for the same partition")
    classes = json.load(open(classes_path))
    leaf = {}
    for key, ids in classes.items():
        if key.count("/") == 2 and key.startswith("Artificial_Intelligence/Machine_Learning/"):
            for i in ids:
                leaf[str(i)] = key.rsplit("/", 1)[1]
    cluster_of = {p: c["id"] for c in ours["clusters"] for p in c["papers"]}
    common = sorted(p for p in cluster_of if p in leaf)
    score = nmi([cluster_of[p] for p in common], [leaf[p] for p in common])
    print(f"cora clusters: NMI against Cora's 7 topic labels = {score:.3f} over {len(common)} papers")


def has_subcommand(name):
    out = subprocess.run([BINARY, "--help"], capture_output=True, text=True).stdout
    return f"  {name} " in out


check("ml-landmarks.json", [os.path.join(ROOT, "Graphs/ml-landmarks.json")],
      *native_edges(os.path.join(ROOT, "Graphs/ml-landmarks.json")))

if not os.path.isdir(SHARED):
    print(f"skipped Cora and cit-HepPh: {SHARED} not present")
else:
    cora = os.path.join(SHARED, "cora-linqs/cora.cites")
    check("cora-linqs (cited citing, reversed)", [cora, "--from", "edgelist", "--reverse"], *edge_list(cora, reverse=True))
    if has_subcommand("clusters"):
        check_clusters_cora(cora, os.path.join(SHARED, "cora-mccallum-hierarchical-json/classification_papers.json"))
    hepph = os.path.join(SHARED, "snap-cit-hepph/cit-HepPh.txt.gz")
    check("snap-cit-hepph", [hepph, "--from", "edgelist"], *edge_list(hepph))

if failures:
    print("\nFAILED:\n  " + "\n  ".join(failures))
    sys.exit(1)
print("\nnetworkx cross-checks passed")
