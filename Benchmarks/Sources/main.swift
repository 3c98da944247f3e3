#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GraphAlgorithms
import PaperGraphIO
import PaperGraphModel

// papergraph-bench: the timed phases behind Benchmarks/run.sh. Each phase runs in its own process
// so that its peak memory is its own; each prints one line of key=value results.
//
//   papergraph-bench csr FILE.pgraph     load citations (binary), PageRank exact + power, SCC, reading order
//   papergraph-bench text FILE.txt       load a text edge list into CSR
//   papergraph-bench model FILE.pgraph   load the whole PaperGraph, rankPapers, readingOrder
//   papergraph-bench topgraph FILE.txt   write FILE.txt.pgraph from a text edge list
//   papergraph-bench leiden FILE.pgraph  Leiden on the undirected citation graph (as clusters --citations-only),
//                                        LEIDEN_SEED, LEIDEN_ITERATIONS, LEIDEN_RANDOMNESS from the environment

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    print("usage: papergraph-bench csr|text|model FILE")
    exit(64)
}
let phase = arguments[1], path = arguments[2]
var report = Report()
report.add("phase", phase)

switch phase {
case "csr":
    let loaded: (citations: CSRGraph, citedBy: CSRGraph)
    let loadSeconds: Double
    do {
        (loaded, loadSeconds) = try Measure.time { try PGraphReader.readCitations(atPath: path) }
    } catch {
        print("error: \(error)")
        exit(1)
    }
    let (citations, citedBy) = loaded
    report.add("papers", citations.nodeCount)
    report.add("citations", citations.edgeCount)
    report.add("load_binary_s", loadSeconds)
    let (components, sccSeconds) = Measure.time { citations.stronglyConnectedComponents() }
    report.add("scc_s", sccSeconds)
    report.add("largest_scc", components.largestComponentSize)
    let (condensation, condensationSeconds) = Measure.time { citations.condensationOrder() }
    report.add("condensation_order_s", condensationSeconds)
    report.add("condensation_components", condensation.componentCount)
    let (exact, exactSeconds) = Measure.time {
        citations.pageRank(options: PageRankOptions(method: .exact), reversed: citedBy)
    }
    report.add("pagerank_exact_s", exactSeconds)
    report.add("pagerank_exact_sweeps", exact.iterations)
    let (automatic, automaticSeconds) = Measure.time { citations.pageRank(options: PageRankOptions(), reversed: citedBy) }
    report.add("pagerank_auto_method", automatic.method == .exact ? "exact" : "power")
    report.add("pagerank_auto_s", automaticSeconds)
    let (power, powerSeconds) = Measure.time {
        citations.pageRank(options: PageRankOptions(tolerance: 1e-10, method: .power), reversed: citedBy)
    }
    report.add("pagerank_power_s", powerSeconds)
    report.add("pagerank_power_iterations", power.iterations)
    report.add("pagerank_power_ms_per_iteration", 1000 * powerSeconds / Double(max(power.iterations, 1)))
    var difference = 0.0
    for v in 0..<exact.scores.count { difference += abs(exact.scores[v] - power.scores[v]) }
    report.add("exact_vs_power_l1", String(difference))
    // The core of PaperGraph.readingOrder: cited work first (reversed graph), free papers by level
    // (the year; one level here, since the CSR phase reads no years), then rank.
    let (_, orderSeconds) = Measure.time { () -> TopologicalOrder in
        citedBy.topologicalOrder(levels: [Int](repeating: 0, count: citedBy.nodeCount), weights: exact.scores)
    }
    report.add("reading_order_s", orderSeconds)
case "text":
    guard let (graph, seconds) = Optional(Measure.time { TextEdgeListLoader.load(path: path) }), let graph else {
        print("error: cannot read \(path)")
        exit(1)
    }
    report.add("loader", TextEdgeListLoader.name)
    report.add("papers", graph.nodeCount)
    report.add("citations", graph.edgeCount)
    report.add("load_text_s", seconds)
case "model":
    let graph: PaperGraph
    let seconds: Double
    do {
        (graph, seconds) = try Measure.time { try PGraphReader.readGraph(atPath: path) }
    } catch {
        print("error: \(error)")
        exit(1)
    }
    report.add("papers", graph.papers.count)
    report.add("citations", graph.citations.edgeCount)
    report.add("load_model_s", seconds)
    let (ranking, rankSeconds) = Measure.time { graph.rankPapers() }
    report.add("rank_papers_s", rankSeconds)
    let (_, orderSeconds) = Measure.time { graph.readingOrder(ranking: ranking) }
    report.add("model_reading_order_s", orderSeconds)
case "topgraph":
    // Converts a text edge list to .pgraph for the binary phases (papers keyed by dense id).
    guard let graph = TextEdgeListLoader.load(path: path) else {
        print("error: cannot read \(path)")
        exit(1)
    }
    let papers = (0..<graph.nodeCount).map { Paper(key: String($0), title: String($0)) }
    let none = CSRGraph(nodeCount: graph.nodeCount, offsets: [UInt32](repeating: 0, count: graph.nodeCount + 1), targets: [])
    let model = PaperGraph(papers: papers, authors: [], topics: [], citations: graph, prerequisites: none,
                           dependents: none, prerequisiteReasons: [])
    do {
        try PGraphWriter.write(model, toPath: path + ".pgraph")
    } catch {
        print("error: \(error)")
        exit(1)
    }
    report.add("wrote", path + ".pgraph")
case "leiden":
    let citations: CSRGraph
    do {
        citations = try PGraphReader.readCitations(atPath: path).citations
    } catch {
        print("error: \(error)")
        exit(1)
    }
    let environment = ProcessInfo.processInfo.environment
    var options = LeidenOptions()
    if let seed = environment["LEIDEN_SEED"].flatMap(UInt64.init) { options.seed = seed }
    if let iterations = environment["LEIDEN_ITERATIONS"].flatMap(Int.init) { options.maxIterations = iterations }
    if let randomness = environment["LEIDEN_RANDOMNESS"].flatMap(Double.init) { options.randomness = randomness }
    let (weighted, buildSeconds) = Measure.time { WeightedGraph(undirected: citations) }
    report.add("build_s", buildSeconds)
    let (result, leidenSeconds) = Measure.time { weighted.leidenCommunities(options: options) }
    report.add("leiden_s", leidenSeconds)
    report.add("seed", Int(options.seed))
    report.add("iterations", result.iterations)
    report.add("converged", result.converged ? 1 : 0)
    report.add("communities", result.communityCount)
    report.add("modularity", String(result.modularity))
default:
    print("unknown phase \(phase)")
    exit(64)
}
report.add("peak_rss_bytes", Measure.peakResidentBytes())
report.print()
