#!/usr/bin/env python3
"""Convert the shared ml-landmark-papers-citations data set into Graphs/ml-landmarks.json.

Usage (from the repository root):
    python3 Graphs/tools/convert_landmarks.py [DATA_DIR] [--bib-dir DIR] [--out FILE]

DATA_DIR defaults to ../shared/data/ml-landmark-papers-citations (relative to the repository root),
--bib-dir to the sibling folder bibtex-ml, --out to Graphs/ml-landmarks.json.

What it does (deterministic; re-running gives a byte-identical file):
  * every row of papers.csv becomes a paper with the data set's id, title, year (int), arXiv id,
    status "unread" and kind "paper"; categories (";"-separated) become topics;
  * authors: the BibTeX-style field is split on " and ", "Last, First" becomes "First Last",
    LaTeX escapes become Unicode, braces are dropped, and a bare initial gets its period ("E" -> "E.");
  * classic-* rows carry only surnames ("Kingma, Ba") or "X et al."; their full author lists are taken
    from ../bibtex-ml/*.bib when exactly one title there matches (normalized) and the list is complete
    (no "and others"); otherwise authors are left out;
  * a few rows of papers.csv lack a title/year/authors; FILLS below supplies them from the data set's own
    reference sections (each fill is checked against the named file) or, for one title, from the name the
    data set's related_annotations.csv uses;
  * every row of citations.csv (citing_id cites cited_id) becomes an entry of the citing paper's "cites".
"""
import argparse
import csv
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from papergraph_facts import norm_title, parse_bib, split_authors  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO_ROOT / ".." / "shared" / "data" / "ml-landmark-papers-citations"

# Readable names for the data set's category slugs (topic id = slug).
TOPIC_NAMES = {
    "architecture": "Architecture",
    "attention-analysis": "Attention Analysis",
    "attention-efficiency": "Attention Efficiency",
    "benchmarking": "Benchmarking",
    "context-extension": "Context Extension",
    "graph-neural-networks": "Graph Neural Networks",
    "in-context-learning": "In-Context Learning",
    "learning-theory": "Learning Theory",
    "long-context-evaluation": "Long-Context Evaluation",
    "mechanistic-interpretability": "Mechanistic Interpretability",
    "model-release": "Model Release",
    "position-bias": "Position Bias",
    "position-encoding": "Position Encoding",
    "probing-and-analysis": "Probing and Analysis",
    "pruning-and-sparsity": "Pruning and Sparsity",
    "quantization": "Quantization",
    "reasoning-evaluation": "Reasoning Evaluation",
    "scaling-laws": "Scaling Laws",
    "state-space-models": "State Space Models",
    "streaming-inference": "Streaming Inference",
}

# Missing fields in papers.csv, filled from facts inside the same data set.
# "check" names a reference_sections file whose text must contain the title (and author surnames).
FILLS = {
    "2022-12-nope-transformers-learn-positions": {
        "title": "Transformer Language Models without Positional Encodings Still Learn Positional Information",
        "year": 2022,
        "authors": ["Adi Haviv", "Ori Ram", "Ofir Press", "Peter Izsak", "Omer Levy"],
        "check": "reference_sections/2023-12-positional-encoding-length-generalization.txt",
    },
    "2022-04-s4-structured-state-spaces": {
        "authors": ["Albert Gu", "Karan Goel", "Christopher Ré"],
        "check": "reference_sections/2022-12-flashattention.txt",
    },
    "2024-08-infinitebench-long-context-evaluation": {
        "title": "∞Bench: Extending Long Context Evaluation Beyond 100K Tokens",
        "check": "reference_sections/2024-10-ruler-context-size.txt",
    },
    "2025-03-longiclbench-long-in-context-learning": {
        "title": "Long-context LLMs Struggle with Long In-context Learning",
        "check": "reference_sections/2025-03-survey-transformer-context-extension.txt",
    },
    "2025-05-100-longbench-long-context-benchmarks": {
        # No reference section in the data set cites it; this is the name related_annotations.csv uses.
        "title": "100-LongBench",
        "check": "related_annotations.csv",
    },
}


def with_initial_periods(name):
    """'Geoffrey E Hinton' -> 'Geoffrey E. Hinton' (bare single-letter initials only)."""
    return " ".join(t + "." if re.fullmatch(r"[A-Z]", t) else t for t in name.split(" "))


def load_bib_authors(bib_dir):
    """Map normalized title -> list of complete author lists found in the .bib files (sorted file order)."""
    found = {}
    for path in sorted(Path(bib_dir).glob("*.bib")):
        for _etype, _key, fields in parse_bib(path.read_text(encoding="utf-8")):
            if "title" in fields and "author" in fields:
                names, complete = split_authors(fields["author"])
                if complete and names:
                    found.setdefault(norm_title(fields["title"]), []).append(names)
    return found


def pick_bib_authors(candidates):
    """Choose among matching bib author lists: they must agree on length; prefer the fullest name forms."""
    if not candidates or len({len(c) for c in candidates}) != 1:
        return None
    return max(candidates, key=lambda names: sum(len(n) for n in names))


def check_fill(data_dir, paper_id, fill):
    text = norm_title((Path(data_dir) / fill["check"]).read_text(encoding="utf-8"))
    probes = [fill["title"]] if "title" in fill else []
    probes += [a.split(" ")[-1] for a in fill.get("authors", [])]
    for probe in probes:
        if norm_title(probe) not in text:
            raise SystemExit(f"fill for {paper_id}: {probe!r} not found in {fill['check']}")


def convert(data_dir, bib_dir):
    data_dir = Path(data_dir)
    bib_authors = load_bib_authors(bib_dir)
    with open(data_dir / "papers.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(data_dir / "citations.csv", newline="", encoding="utf-8") as f:
        citations = [(r["citing_id"], r["cited_id"]) for r in csv.DictReader(f)]

    ids = {r["id"] for r in rows}
    cites = {}
    for citing, cited in citations:
        if citing not in ids or cited not in ids:
            raise SystemExit(f"citation {citing} -> {cited} names an unknown paper")
        cites.setdefault(citing, set()).add(cited)

    topic_ids = set()
    papers = []
    for r in rows:
        fill = FILLS.get(r["id"], {})
        if fill:
            check_fill(data_dir, r["id"], fill)
        title = r["title"].strip() or fill.get("title")
        if not title:
            raise SystemExit(f"{r['id']}: no title")
        paper = {"id": r["id"], "title": title}
        year = r["year"].strip()
        if year or "year" in fill:
            paper["year"] = int(year) if year else fill["year"]
        if r["id"].startswith("classic-"):
            authors = pick_bib_authors(bib_authors.get(norm_title(title), []))
        elif r["authors"].strip():
            authors, _complete = split_authors(r["authors"])
        else:
            authors = fill.get("authors")
        if authors:
            paper["authors"] = [with_initial_periods(a) for a in authors]
        topics = [c.strip() for c in r["categories"].split(";") if c.strip()]
        if topics:
            paper["topics"] = topics
            topic_ids.update(topics)
        paper["status"] = "unread"
        paper["kind"] = "paper"
        if r["arxiv_id"].strip():
            paper["ids"] = {"arxiv": r["arxiv_id"].strip()}
        if r["id"] in cites:
            paper["cites"] = sorted(cites[r["id"]])
        papers.append(paper)

    topics = []
    for tid in sorted(topic_ids):
        topics.append({"id": tid, "name": TOPIC_NAMES.get(tid, tid.replace("-", " ").title())})
    papers.sort(key=lambda p: p["id"])
    return {"format": "papergraph", "version": 1, "topics": topics, "papers": papers}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_dir", nargs="?", default=str(DEFAULT_DATA))
    ap.add_argument("--bib-dir", default=None, help="folder with .bib files (default: DATA_DIR/../bibtex-ml)")
    ap.add_argument("--out", default=str(REPO_ROOT / "Graphs" / "ml-landmarks.json"))
    args = ap.parse_args()
    bib_dir = args.bib_dir or os.path.join(args.data_dir, "..", "bibtex-ml")
    graph = convert(args.data_dir, bib_dir)
    text = json.dumps(graph, ensure_ascii=False, indent=2) + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    n_cites = sum(len(p.get("cites", [])) for p in graph["papers"])
    print(f"wrote {args.out}: {len(graph['papers'])} papers, {len(graph['topics'])} topics, {n_cites} citations")


if __name__ == "__main__":
    main()
