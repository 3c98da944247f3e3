"""Prints `paper-id <TAB> class` for the 2,708 LINQS Cora papers, from the McCallum hierarchy
(the seven Artificial_Intelligence/Machine_Learning/* classes; see ../shared/data/cora-linqs/SOURCE.md)."""
import json
import sys

data = sys.argv[1]
classes = json.load(open(f"{data}/cora-mccallum-hierarchical-json/classification_papers.json"))
ids = set()
for line in open(f"{data}/cora-linqs/cora.cites"):
    parts = line.split()
    if len(parts) == 2:
        ids.update(parts)
prefix = "Artificial_Intelligence/Machine_Learning/"
label = {}
for name in sorted(classes):
    if name.startswith(prefix):
        for paper in classes[name]:
            if str(paper) in ids:
                label[str(paper)] = name[len(prefix):]
for paper in sorted(label, key=int):
    print(f"{paper}\t{label[paper]}")
