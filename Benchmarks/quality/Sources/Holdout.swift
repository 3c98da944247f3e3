import GraphAlgorithms
import PaperGraphModel
import TestSupport

/// A graph with some citations hidden: the queries, what each one hid, and the graph without them.
struct Holdout {
    let remaining: PaperGraph
    let queries: [Int]
    /// Per query: the hidden cited papers that are not adjacent to it in the remaining graph.
    let truth: [Set<UInt32>]

    /// Picks a seeded `fraction` of the papers with at least `minimumReferences` references
    /// (all of them when `fraction >= 1`; at most `maximumQueries`, the first of the seeded shuffle), hides a random `hidden` share of each one's references
    /// (at least one), all at once, and rebuilds the graph without them.
    init(_ graph: PaperGraph, fraction: Double, hidden: Double = 0.2, minimumReferences: Int = 5,
         eligible: ((Int) -> Bool)? = nil, maximumQueries: Int? = nil, seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        var pool = (0..<graph.papers.count).filter {
            graph.citations.outDegree(of: $0) >= minimumReferences && !graph.papers[$0].isExternal && (eligible?($0) ?? true)
        }
        pool.shuffle(using: &rng)
        let count = min(fraction >= 1 ? pool.count : Int((Double(pool.count) * fraction).rounded(.up)),
                        maximumQueries ?? Int.max)
        let queries = Array(pool.prefix(count)).sorted()
        var isHidden = Set<UInt64>()
        var hiddenOf: [[UInt32]] = []
        for x in queries {
            var refs = Array(graph.citations.neighbors(of: x))
            refs.shuffle(using: &rng)
            let h = max(1, Int((Double(refs.count) * hidden).rounded()))
            let chosen = Array(refs.prefix(h)).sorted()
            hiddenOf.append(chosen)
            for y in chosen { isHidden.insert(UInt64(x) << 32 | UInt64(y)) }
        }
        var sources = [UInt32](), destinations = [UInt32]()
        for (s, d) in graph.citations.edges where !isHidden.contains(UInt64(s) << 32 | UInt64(d)) {
            sources.append(s); destinations.append(d)
        }
        let citations = CSRGraph(nodeCount: graph.papers.count, sources: sources, destinations: destinations)
        let remaining = PaperGraph(papers: graph.papers, authors: graph.authors, topics: graph.topics, citations: citations,
                               prerequisites: graph.prerequisites, dependents: graph.dependents,
                               prerequisiteReasons: graph.prerequisiteReasons)
        self.remaining = remaining
        self.queries = queries
        truth = zip(queries, hiddenOf).map { x, hidden in
            Set(hidden.filter { !remaining.citedBy.neighbors(of: x).contains($0) })
        }
    }
}
