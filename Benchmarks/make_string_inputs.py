#!/usr/bin/env python3
"""Writes large string-keyed inputs for the streamed-import measurements (issue 16).

    make_string_inputs.py edges PAPERS REFS > edges.txt      # "https://openalex.org/W… https://openalex.org/W…" lines
    make_string_inputs.py csv PAPERS REFS > papers.csv       # id,title,year,authors,cites with quoted, multi-line titles

Paper i cites REFS earlier papers chosen uniformly (seeded), lines grouped by citing paper.
Pipe through `gzip -1` for the gzip inputs.
"""
import random
import sys

def main():
    kind, papers, refs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(16)
    out = sys.stdout
    base = 2_700_000_000
    if kind == "csv":
        out.write("id,title,year,authors,cites\n")
    buf = []
    for i in range(papers):
        citing = f"W{base + i}"
        cited = [f"W{base + rng.randrange(i)}" for _ in range(min(refs, i))]
        if kind == "edges":
            buf.extend(f"https://openalex.org/{citing} https://openalex.org/{c}\n" for c in cited)
        else:
            title = f"\"On the {i}th problem, revisited: \"\"a study\"\"{chr(10) + 'part two' if i % 10 == 0 else ''}\""
            buf.append(f"{citing},{title},{1990 + i % 35},Ada Lovelace; Alan Turing,{';'.join(cited)}\n")
        if len(buf) > 100_000:
            out.write("".join(buf))
            buf.clear()
    out.write("".join(buf))

main()
