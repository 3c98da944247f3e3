#!/usr/bin/env python3
"""Validate PaperGraph native JSON files (version 1) and print their counts.

Usage (from the repository root):
    python3 Graphs/tools/graph_stats.py [--markdown] Graphs/ml-landmarks.json Graphs/ml-foundations.json

Checks: format/version, allowed keys and value types, unique paper and topic ids, every topic reference,
topic parent, `cites` and `prerequisites` id exists, no self-citation / self-prerequisite, no duplicate
edge, papers sorted by id, and that the file is exactly what json.dumps(indent=2, ensure_ascii=False) writes.

Counts (what the README lists and the unit tests assert):
  papers; authors = distinct author strings (exact match); topics; citations = sum of `cites` lengths;
  prerequisites = sum of `prerequisites` lengths; read / reading / unread (missing status = unread);
  isolated = papers with no citation or prerequisite edge in either direction.
"""
import json
import sys
from pathlib import Path

PAPER_KEYS = ["id", "title", "year", "authors", "topics", "status", "kind", "venue", "ids", "cites",
              "prerequisites", "summary", "notes"]
STATUSES = {"read", "reading", "unread"}
KINDS = {"paper", "book", "essay", "blog-post", "course", "video", "thesis", "report", "other"}
ID_KEYS = {"arxiv", "doi", "url"}


def fail(path, msg):
    raise SystemExit(f"{path}: error: {msg}")


def validate(path):
    raw = Path(path).read_text(encoding="utf-8")
    g = json.loads(raw)
    if json.dumps(g, ensure_ascii=False, indent=2) + "\n" != raw:
        fail(path, "not in canonical form (2-space indent, UTF-8, trailing newline)")
    if g.get("format") != "papergraph" or g.get("version") != 1:
        fail(path, "format must be 'papergraph', version 1")
    if set(g) - {"format", "version", "topics", "papers"}:
        fail(path, f"unknown top-level keys {sorted(set(g) - {'format', 'version', 'topics', 'papers'})}")
    topics = g.get("topics", [])
    topic_ids = [t["id"] for t in topics]
    if len(topic_ids) != len(set(topic_ids)):
        fail(path, "duplicate topic id")
    for t in topics:
        if set(t) - {"id", "name", "parent"} or not isinstance(t.get("name", ""), str):
            fail(path, f"bad topic {t}")
        if "parent" in t and (t["parent"] not in topic_ids or t["parent"] == t["id"]):
            fail(path, f"topic {t['id']}: bad parent {t['parent']}")
    papers = g["papers"]
    ids = [p["id"] for p in papers]
    if len(ids) != len(set(ids)):
        fail(path, "duplicate paper id")
    if ids != sorted(ids):
        fail(path, "papers not sorted by id")
    known = set(ids)
    for p in papers:
        pid = p["id"]
        keys = list(p)
        if [k for k in PAPER_KEYS if k in p] != keys:
            fail(path, f"{pid}: unknown keys or keys out of order: {keys}")
        if not isinstance(p.get("title"), str) or not p["title"].strip():
            fail(path, f"{pid}: missing title")
        if "year" in p and not isinstance(p["year"], int):
            fail(path, f"{pid}: year must be an integer")
        if "authors" in p and (not p["authors"] or not all(isinstance(a, str) and a.strip() for a in p["authors"])):
            fail(path, f"{pid}: bad authors")
        if any(c in a for a in p.get("authors", []) for c in "\\{}"):
            fail(path, f"{pid}: LaTeX left in authors")
        for t in p.get("topics", []):
            if t not in topic_ids:
                fail(path, f"{pid}: unknown topic {t}")
        if p.get("status", "unread") not in STATUSES:
            fail(path, f"{pid}: bad status")
        if p.get("kind", "paper") not in KINDS:
            fail(path, f"{pid}: bad kind")
        if set(p.get("ids", {})) - ID_KEYS:
            fail(path, f"{pid}: unknown ids keys")
        cites = p.get("cites", [])
        if len(cites) != len(set(cites)):
            fail(path, f"{pid}: duplicate cites")
        for c in cites:
            if c not in known:
                fail(path, f"{pid}: cites unknown id {c}")
            if c == pid:
                fail(path, f"{pid}: cites itself")
        pre = [q if isinstance(q, str) else q["id"] for q in p.get("prerequisites", [])]
        if len(pre) != len(set(pre)):
            fail(path, f"{pid}: duplicate prerequisites")
        for q in pre:
            if q not in known or q == pid:
                fail(path, f"{pid}: bad prerequisite {q}")
    return g


def counts(g):
    papers = g["papers"]
    touched = set()
    n_cites = n_pre = 0
    for p in papers:
        for c in p.get("cites", []):
            touched.update((p["id"], c))
            n_cites += 1
        for q in p.get("prerequisites", []):
            touched.update((p["id"], q if isinstance(q, str) else q["id"]))
            n_pre += 1
    status = [p.get("status", "unread") for p in papers]
    return {
        "papers": len(papers),
        "authors": len({a for p in papers for a in p.get("authors", [])}),
        "topics": len(g.get("topics", [])),
        "citations": n_cites,
        "prerequisites": n_pre,
        "read": status.count("read"),
        "reading": status.count("reading"),
        "unread": status.count("unread"),
        "isolated": sum(1 for p in papers if p["id"] not in touched),
    }


def main():
    args = sys.argv[1:]
    markdown = "--markdown" in args
    paths = [a for a in args if a != "--markdown"]
    if not paths:
        raise SystemExit(__doc__)
    results = [(Path(p).name, counts(validate(p))) for p in paths]
    keys = list(results[0][1])
    if markdown:
        print("| file | " + " | ".join(keys) + " |")
        print("|---|" + "---:|" * len(keys))
        for name, c in results:
            print(f"| {name} | " + " | ".join(f"{c[k]:,}" for k in keys) + " |")
    else:
        for name, c in results:
            print(f"{name}: OK " + " ".join(f"{k}={v}" for k, v in c.items()))


if __name__ == "__main__":
    main()
