"""Times peer libraries on one edge-list file: python peers.py LIBRARY EDGELIST.

Prints one line of key=value results (seconds, peak RSS in bytes), like papergraph-bench, or
`error=...` when the library is missing or fails. Each library runs in its own process so that
its peak memory is its own. Settings mirror papergraph's: damping 0.85, an absolute L1 stopping
bound of 1e-10 where the library lets us set one, and cycles condensed before topological order.

`python peers.py clusters EDGELIST [PARTITION.json ...]` compares clusterings: networkit's
ParallelLeiden (2 threads, its defaults) on the undirected citation graph (each citation an edge
of weight 1, reciprocal and repeated citations once, self-citations dropped), its compute time
and modularity, and the modularity of each PARTITION (`papergraph clusters --format json`
output for the same graph, papers named by their edge-list keys) scored by the same networkit
function on the same graph, so neither side's number is its own. Papers a partition leaves out
count as singletons (`PARTITION_missing` says how many). Up to 2*10^6 citations networkx's
`modularity` scores the partitions too, as a cross-check (`nx_` keys).
"""
import json
import resource
import sys
import time


def now():
    return time.perf_counter()


def peak_rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def separator_of(path):
    """Tab or space, whichever the first edge line uses."""
    with open(path) as f:
        first = next(line for line in f if not line.startswith("#"))
    return "\t" if "\t" in first else " "


def networkx_run(path, out):
    import networkx as nx
    t = now()
    g = nx.read_edgelist(path, create_using=nx.DiGraph, nodetype=int, comments="#")
    out["load_text_s"] = now() - t
    n = g.number_of_nodes()
    out["papers"], out["citations"] = n, g.number_of_edges()
    t = now()
    try:
        nx.pagerank(g, alpha=0.85, tol=1e-10 / n, max_iter=100)
        out["pagerank_s"] = now() - t
    except nx.PowerIterationFailedConvergence:
        out["pagerank_s"] = now() - t
        out["pagerank_note"] = "not-converged-in-100"
    out["pagerank_method"] = "power(scipy)"
    t = now()
    components = list(nx.strongly_connected_components(g))
    out["scc_s"] = now() - t
    t = now()
    list(nx.topological_sort(nx.condensation(g, scc=components)))
    out["reading_order_s"] = now() - t + out["scc_s"]


def igraph_run(path, out):
    import igraph as ig
    # Read_Ncol has no comment syntax: run.sh hands it a copy without the `#` lines (PATH.plain).
    t = now()
    g = ig.Graph.Read_Ncol(path + ".plain", names=True, directed=True, weights=False)
    out["load_text_s"] = now() - t
    out["papers"], out["citations"] = g.vcount(), g.ecount()
    t = now()
    g.pagerank(damping=0.85, directed=True)
    out["pagerank_s"] = now() - t
    out["pagerank_method"] = "prpack"
    t = now()
    clusters = g.connected_components(mode="strong")
    out["scc_s"] = now() - t
    t = now()
    clusters.cluster_graph().topological_sorting()
    out["reading_order_s"] = now() - t + out["scc_s"]


def networkit_run(path, out):
    import networkit as nk
    nk.engineering.setNumberOfThreads(2)
    t = now()
    separator = separator_of(path)
    reader = nk.graphio.EdgeListReader(separator, 0, commentPrefix="#", continuous=False, directed=True)
    g = reader.read(path)
    out["load_text_s"] = now() - t
    out["papers"], out["citations"] = g.numberOfNodes(), g.numberOfEdges()
    t = now()
    pr = nk.centrality.PageRank(g, damp=0.85, tol=1e-10)
    try:
        pr.norm = nk.centrality.Norm.L1_NORM
    except AttributeError:
        pass
    pr.maxIterations = 100
    pr.run()
    out["pagerank_s"] = now() - t
    out["pagerank_method"] = "power"
    out["pagerank_iterations"] = pr.numberOfIterations()
    t = now()
    nk.components.StronglyConnectedComponents(g).run()
    out["scc_s"] = now() - t
    try:
        t = now()
        nk.graphtools.topologicalSort(g)
        out["reading_order_s"] = now() - t
    except Exception:
        out["reading_order_note"] = "cyclic-graph-unsupported"


def read_partition(path, node_map, node_count):
    """Community per networkit node from `papergraph clusters --format json`; singletons for the rest."""
    with open(path) as f:
        document = json.load(f)
    groups = [cluster["papers"] for cluster in document["clusters"]] + [[key] for key in document["other"]]
    community = [-1] * node_count
    for label, keys in enumerate(groups):
        for key in keys:
            community[node_map[key]] = label
    missing = 0
    for v in range(node_count):
        if community[v] < 0:
            community[v] = len(groups) + missing
            missing += 1
    return community, missing


def clusters_run(path, out, partitions):
    import networkit as nk
    nk.engineering.setNumberOfThreads(2)
    separator = separator_of(path)
    reader = nk.graphio.EdgeListReader(separator, 0, commentPrefix="#", continuous=False, directed=False)
    g = reader.read(path)
    g.removeMultiEdges()
    g.removeSelfLoops()
    node_map = reader.getNodeMap()
    out["papers"], out["edges"] = g.numberOfNodes(), g.numberOfEdges()
    quality = nk.community.Modularity()
    t = now()
    leiden = nk.community.ParallelLeiden(g)
    leiden.run()
    out["leiden_s"] = now() - t
    found = leiden.getPartition()
    out["leiden_modularity"] = quality.getQuality(found, g)
    out["leiden_communities"] = found.numberOfSubsets()
    for index, partition_path in enumerate(partitions, start=1):
        community, missing = read_partition(partition_path, node_map, g.numberOfNodes())
        partition = nk.Partition(g.numberOfNodes())
        partition.setUpperBound(max(community, default=-1) + 1)
        for v, c in enumerate(community):
            partition[v] = c
        out[f"partition{index}_modularity"] = quality.getQuality(partition, g)
        out[f"partition{index}_communities"] = len(set(community))
        out[f"partition{index}_missing"] = missing
        if g.numberOfEdges() <= 2_000_000:
            import networkx as nx
            h = nx.Graph()
            h.add_nodes_from(range(g.numberOfNodes()))
            h.add_edges_from(g.iterEdges())
            groups = {}
            for v, c in enumerate(community):
                groups.setdefault(c, []).append(v)
            out[f"nx_partition{index}_modularity"] = nx.community.modularity(h, groups.values())


def main():
    library, path = sys.argv[1], sys.argv[2]
    out = {"library": library}
    try:
        if library == "clusters":
            clusters_run(path, out, sys.argv[3:])
        else:
            {"networkx": networkx_run, "igraph": igraph_run, "networkit": networkit_run}[library](path, out)
    except ImportError as error:
        out["error"] = "not-installed:" + str(error).replace(" ", "_")
    except Exception as error:  # report, do not crash the whole benchmark
        out["error"] = type(error).__name__
    out["peak_rss_bytes"] = peak_rss()
    print(" ".join(f"{k}={round(v, 6) if isinstance(v, float) else v}" for k, v in out.items()))


main()
