#!/usr/bin/env python3
"""Checks exported samples with the tools they are meant for.

Usage: check_exports.py FOLDER

FOLDER holds files written by the Swift tests when PAPERGRAPH_EXPORT_SAMPLES is set (see
make_export_samples.sh), each with NAME.expect.json giving the expected node and edge counts and
some titles by node id. For every sample:

  *.json      networkx.node_link_graph(data, directed=True, multigraph=False)
  *.graphml   networkx.read_graphml
  *.gexf      networkx.read_gexf
  *.dot       dot -Tsvg must succeed; every expected title must be in a tooltip of the SVG
  *-nodes.csv with *-edges.csv: Python's csv module (RFC 4180), Neo4j and GraphFrames headers
  *.mmd       only counted (no Mermaid renderer here)

Exits 1 if any check fails, 2 on bad usage.
"""
import csv
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

failures = []


def fail(sample, message):
    failures.append(f"{sample.name}: {message}")


def expectation(sample):
    path = sample.with_name(sample.name + ".expect.json")
    if not path.exists():
        fail(sample, f"missing {path.name}")
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def check_graph(sample, graph, expected, title_of):
    if not graph.is_directed() or graph.is_multigraph():
        fail(sample, f"expected a simple directed graph, got {type(graph).__name__}")
    if graph.number_of_nodes() != expected["nodes"]:
        fail(sample, f"{graph.number_of_nodes()} nodes, expected {expected['nodes']}")
    if graph.number_of_edges() != expected["edges"]:
        fail(sample, f"{graph.number_of_edges()} edges, expected {expected['edges']}")
    for node, title in expected["titles"].items():
        if node not in graph:
            fail(sample, f"node {node!r} missing")
        elif title_of(graph.nodes[node]) != title:
            fail(sample, f"node {node!r} has title {title_of(graph.nodes[node])!r}, expected {title!r}")
    kinds = {data.get("kind") for _, _, data in graph.edges(data=True)}
    if not kinds <= {"cites", "prerequisite", "authored", "tagged"}:
        fail(sample, f"unexpected edge kinds {sorted(map(str, kinds))}")


def check_json(sample, expected):
    data = json.loads(sample.read_text(encoding="utf-8"))
    key = "links" if "links" in data else "edges"
    graph = nx.node_link_graph(data, directed=True, multigraph=False, edges=key)
    check_graph(sample, graph, expected, lambda d: d.get("title"))
    for node, attributes in graph.nodes(data=True):
        if attributes.get("kind") not in ("paper", "topic", "author"):
            fail(sample, f"node {node!r} has kind {attributes.get('kind')!r}")


def check_graphml(sample, expected):
    graph = nx.read_graphml(sample)
    check_graph(sample, graph, expected, lambda d: d.get("title"))
    years = [d["year"] for _, d in graph.nodes(data=True) if "year" in d]
    if any(not isinstance(y, int) for y in years):
        fail(sample, "year is not read as an integer")


def check_gexf(sample, expected):
    graph = nx.read_gexf(sample)
    check_graph(sample, graph, expected, lambda d: d.get("title"))
    for node, d in graph.nodes(data=True):
        if d.get("kind") == "paper" and d.get("label") != d.get("title"):
            fail(sample, f"node {node!r}: GEXF label {d.get('label')!r} differs from title {d.get('title')!r}")


def check_dot(sample, expected):
    run = subprocess.run(["dot", "-Tsvg", str(sample)], capture_output=True)
    stderr = run.stderr.decode("utf-8", "replace").strip()
    if run.returncode != 0:
        fail(sample, f"dot -Tsvg exited {run.returncode}: {stderr}")
        return
    if stderr:
        fail(sample, f"dot -Tsvg warned: {stderr}")
    svg = ET.fromstring(run.stdout)
    # Graphviz writes runs of spaces as a space followed by no-break spaces.
    tooltips = [(e.get("{http://www.w3.org/1999/xlink}title") or "").replace("\u00a0", " ")
                for e in svg.iter("{http://www.w3.org/2000/svg}a")]
    nodes = [g for g in svg.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node"]
    # Year-axis nodes (`year…`) and the legend's sample nodes (`legend…`) are not papers.
    papers = [g for g in nodes
              if not (g.findtext("{http://www.w3.org/2000/svg}title") or "").startswith(("year", "legend"))]
    if len(papers) != expected["nodes"]:
        fail(sample, f"{len(papers)} nodes in the SVG, expected {expected['nodes']}")
    for node, title in expected["titles"].items():
        if not any(t.startswith(title + "\n") for t in tooltips):
            fail(sample, f"no tooltip starts with the title of {node!r}: {title!r}")


def check_csv(sample, expected):
    edges_path = sample.with_name(sample.name.replace("-nodes.csv", "-edges.csv"))
    with sample.open(newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with edges_path.open(newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    if len(nodes) != expected["nodes"]:
        fail(sample, f"{len(nodes)} node rows, expected {expected['nodes']}")
    if len(edges) != expected["edges"]:
        fail(sample, f"{len(edges)} edge rows, expected {expected['edges']}")
    for needed in (":ID", "id", ":LABEL"):
        if nodes and needed not in nodes[0]:
            fail(sample, f"node header lacks {needed}")
    for needed in (":START_ID", ":END_ID", ":TYPE", "src", "dst"):
        if edges and needed not in edges[0]:
            fail(edges_path, f"edge header lacks {needed}")
    ids = {row["id"] for row in nodes}
    if any(row[":ID"] != row["id"] for row in nodes):
        fail(sample, ":ID and id differ")
    for row in edges:
        if row["src"] not in ids or row["dst"] not in ids or row[":START_ID"] != row["src"]:
            fail(edges_path, f"edge {row['src']!r} -> {row['dst']!r} does not join two nodes")
    titles = {row["id"]: row.get("title") for row in nodes}
    for node, title in expected["titles"].items():
        if titles.get(node) != title:
            fail(sample, f"node {node!r} has title {titles.get(node)!r}, expected {title!r}")


def main():
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(sys.argv[1])
    checks = {".json": check_json, ".graphml": check_graphml, ".gexf": check_gexf, ".dot": check_dot}
    counts = {}
    for sample in sorted(folder.iterdir()):
        if sample.name.endswith(".expect.json") or sample.name.endswith("-edges.csv"):
            continue
        kind = "csv" if sample.name.endswith("-nodes.csv") else sample.suffix
        check = check_csv if kind == "csv" else checks.get(kind)
        counts[kind] = counts.get(kind, 0) + 1
        if check is None:
            continue
        expected = expectation(sample)
        if expected is None:
            continue
        try:
            check(sample, expected)
        except Exception as error:  # a loader that raises is a failed check, reported with the file
            fail(sample, f"{type(error).__name__}: {error}")
    summary = ", ".join(f"{n} {k.lstrip('.')}" for k, n in sorted(counts.items()))
    if failures:
        print("\n".join(failures), file=sys.stderr)
        print(f"FAILED: {len(failures)} problem(s) in {summary}", file=sys.stderr)
        return 1
    if not counts:
        print("no samples found", file=sys.stderr)
        return 1
    print(f"OK: {summary} (networkx {nx.__version__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
