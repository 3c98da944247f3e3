#!/usr/bin/env python3
"""Writes Tests/Fixtures/enrich-e2e/openalex.jsonl: OpenAlex-shaped works for the 161 landmark ML
papers of ../shared/data/ml-landmark-papers-citations (titles, years, authors and arXiv ids from
papers.csv; referenced_works from citations.csv, the papers' own reference sections), served by
papergraph-testserver in the end-to-end step .ci/enrich-e2e.sh.

Facts only. DOIs are the arXiv DOIs 10.48550/arXiv.<id> (DataCite's scheme for every arXiv paper);
a paper papers.csv gives no arXiv id takes the one the seed reading list links for the same title
(../shared/seeds, Markdown links to arxiv.org); papers with neither get no DOI. The W-ids (W9100000001…, in the order of papers.csv) are
fixture-local, not OpenAlex's real ids.

Usage: python3 Tests/Scripts/make_enrich_e2e_fixtures.py [SHARED_DATA_DIR]
"""
import csv
import glob
import json
import os
import re
import sys

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../shared/data")
folder = os.path.join(data, "ml-landmark-papers-citations")
out = os.path.join(os.path.dirname(__file__), "../Fixtures/enrich-e2e/openalex.jsonl")

papers = list(csv.DictReader(open(os.path.join(folder, "papers.csv"), encoding="utf-8")))


def normalized(title):
    return " ".join(re.sub(r"[^a-z0-9]+", " ", title.lower()).split())


linked = {}
for seed in sorted(glob.glob(os.path.join(data, "..", "seeds", "*"))):
    text = open(seed, encoding="utf-8", errors="replace").read()
    for title, arxiv in re.findall(r"\[([^\]]+)\]\(https?://arxiv\.org/(?:abs|pdf)/([0-9]{4}\.[0-9]{4,5})", text):
        linked.setdefault(normalized(title), arxiv)
for p in papers:
    if not p["arxiv_id"]:
        p["arxiv_id"] = linked.get(normalized(p["title"]), "")
wid = {p["id"]: "W91%08d" % (i + 1) for i, p in enumerate(papers)}
cites = {}
for row in csv.DictReader(open(os.path.join(folder, "citations.csv"), encoding="utf-8")):
    cites.setdefault(row["citing_id"], []).append(row["cited_id"])


def authors(text):
    names = []
    for name in text.replace("{\\L}", "Ł").split(" and "):
        name = name.strip().strip("{}")
        if "," in name:
            family, given = [part.strip() for part in name.split(",", 1)]
            name = given + " " + family
        if name:
            names.append(name)
    return names


with open(out, "w", encoding="utf-8") as f:
    for p in papers:
        doi = "https://doi.org/10.48550/arxiv." + p["arxiv_id"].lower() if p["arxiv_id"] else None
        refs = ["https://openalex.org/" + wid[c] for c in cites.get(p["id"], []) if c in wid]
        work = {
            "id": "https://openalex.org/" + wid[p["id"]],
            "doi": doi,
            "title": p["title"],
            "display_name": p["title"],
            "publication_year": int(p["year"]) if p["year"] else None,
            "authorships": [{"author": {"display_name": a}} for a in authors(p["authors"])],
            "ids": {"openalex": "https://openalex.org/" + wid[p["id"]], **({"doi": doi} if doi else {})},
            "referenced_works": refs,
            "referenced_works_count": len(refs),
        }
        f.write(json.dumps(work, ensure_ascii=False) + "\n")
print("wrote %s: %d works, %d references" % (out, len(papers), sum(len(v) for v in cites.values())))
