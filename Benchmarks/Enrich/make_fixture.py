#!/usr/bin/env python3
"""A synthetic library for the enrich benchmark: N papers of the user (80% with a DOI, 10% with an
arXiv id only, 10% with a title only) and the OpenAlex-shaped works the test server answers with.
Each paper cites 37 works: each reference, with probability 0.57, a work no other paper cites, else
one drawn with preferential attachment from a shared pool of 3·N works. For 250 papers that gives
about 9,250 references to 5,900 distinct works, 600 of them cited by two or more papers: the shape
of the real 253-paper list in issue 10 (9,412 references, 5,930 works, 612 shared). Everything is synthetic
and seeded: titles of three random pseudo-words ("Synthetic study of kavo ripel tusan"), so that no two
are within the title matcher's 90 % similarity, DOIs 10.5555/bench.NNNN (10.5555 is the DOI test prefix).

Usage: make_fixture.py N OUT_DIR
"""
import json
import os
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
rng = random.Random(1)
pool = 3 * n
weights = [1.0] * pool
fresh = 0
works, papers = [], []


def word():
    return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def wid(i):
    return "https://openalex.org/W8%09d" % i


for i in range(n):
    refs, own = set(), []
    for _ in range(37):
        if rng.random() < 0.57:
            own.append(wid(n + pool + fresh))
            fresh += 1
        else:
            refs.add(rng.choices(range(pool), weights=weights)[0])
    for r in refs:
        weights[r] += 1.0
    kind = "doi" if i % 10 < 8 else ("arxiv" if i % 10 == 8 else "title")
    title = "Synthetic study of " + " ".join(word() for _ in range(3))
    arxiv = "2101.%05d" % i
    doi = "10.5555/bench.%04d" % i if kind == "doi" else "10.48550/arxiv." + arxiv
    works.append({"id": wid(i), "doi": "https://doi.org/" + doi, "title": title, "display_name": title,
                  "publication_year": 2020, "authorships": [{"author": {"display_name": "Ada Example"}}],
                  "ids": {"openalex": wid(i)}, "referenced_works": [wid(n + r) for r in sorted(refs)] + own,
                  "referenced_works_count": len(refs) + len(own)})
    paper = {"id": "p%04d" % i, "title": title, "year": 2020, "authors": ["Ada Example"]}
    if kind == "doi":
        paper["ids"] = {"doi": doi}
    elif kind == "arxiv":
        paper["ids"] = {"arxiv": arxiv}
    papers.append(paper)
for r in range(pool):
    title = "Synthetic cited work %06d" % r
    works.append({"id": wid(n + r), "doi": "https://doi.org/10.5555/cited.%06d" % r, "title": title,
                  "display_name": title, "publication_year": 2015, "ids": {"openalex": wid(n + r)},
                  "referenced_works": [], "referenced_works_count": 0})
with open(os.path.join(out, "openalex.jsonl"), "w") as f:
    for w in works:
        f.write(json.dumps(w) + "\n")
with open(os.path.join(out, "list.json"), "w") as f:
    json.dump({"format": "papergraph", "version": 1, "papers": papers}, f)
