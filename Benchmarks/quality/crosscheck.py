"""Cross-checks papergraph-quality's baselines with networkx on the held-out graphs it dumped
(ml-landmarks and Cora): for the first 25 queries of each, the top 20 of Adamic-Adar, resource
allocation and Jaccard must carry the same scores as networkx's own top 20 (ties may order
differently), truncated Katz must match numpy matrix powers, and personalized PageRank (local push)
must overlap networkx.pagerank's top 20. Prints one line per check; exits 1 on a mismatch."""
import os
import sys

import networkx as nx
import numpy as np

work = sys.argv[1]
failed = False
for dataset in ["ml-landmarks", "cora"]:
    edges = [line.rstrip("\n").split("\t") for line in open(os.path.join(work, f"{dataset}.remaining.tsv")) if line.strip()]
    G = nx.Graph()
    G.add_edges_from((a, b) for a, b in edges if a != b)
    tops = {}
    for line in open(os.path.join(work, f"{dataset}.top20.tsv")):
        fields = line.rstrip("\n").split("\t")
        if len(fields) >= 2:
            tops[(fields[0], fields[1])] = fields[2:]
    queries = sorted({q for q, _ in tops})
    nodes = list(G.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    A = nx.to_scipy_sparse_array(G, nodelist=nodes, format="csr").astype(float)
    A2 = (A @ A).toarray()
    A3 = A2 @ A.toarray()
    for method, function in [("Adamic-Adar (undirected)", nx.adamic_adar_index),
                             ("resource allocation (undirected)", nx.resource_allocation_index),
                             ("Jaccard (undirected)", nx.jaccard_coefficient),
                             ("Katz, truncated at 3, beta 0.05 (undirected)", None),
                             ("personalized PageRank (local push; = related's walk signal)", "ppr")]:
        worst, overlaps, checked = 0.0, [], 0
        for q in queries:
            ours = tops.get((q, method))
            if ours is None or q not in G:
                continue
            excluded = set(G[q]) | {q}
            candidates = [v for v in nodes if v not in excluded]
            if function == "ppr":
                pr = nx.pagerank(G, alpha=0.85, personalization={q: 1}, tol=1e-12, max_iter=1000)
                theirs = sorted((v for v in candidates if pr[v] > 0), key=lambda v: -pr[v])[:20]
                if ours:
                    overlaps.append(len(set(ours) & set(theirs)) / max(len(ours), 1))
                checked += 1
                continue
            if function is None:
                b = 0.05
                row = b * b * A2[index[q]] + b ** 3 * A3[index[q]]
                score = {v: row[index[v]] for v in candidates}
            else:
                score = {v: s for _, v, s in function(G, [(q, v) for v in candidates])}
            theirs = sorted((s for s in score.values() if s > 0), reverse=True)[:len(ours)]
            mine = [score.get(v, 0.0) for v in ours]
            if len(theirs) != len(mine):
                worst = float("inf")
            else:
                worst = max([worst] + [abs(a - c) / max(abs(c), 1e-12) for a, c in zip(mine, theirs)])
            checked += 1
        if function == "ppr":
            mean = sum(overlaps) / max(len(overlaps), 1)
            ok = mean >= 0.8
            print(f"{dataset}\t{method}\t{checked} queries\tmean top-20 overlap with networkx.pagerank {mean:.3f}\t{'ok' if ok else 'MISMATCH'}")
        else:
            ok = worst < 1e-9
            print(f"{dataset}\t{method}\t{checked} queries\tmax relative score difference {worst:.2e}\t{'ok' if ok else 'MISMATCH'}")
        failed |= not ok
sys.exit(1 if failed else 0)
