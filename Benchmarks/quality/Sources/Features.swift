import Foundation
import GraphAlgorithms
import PaperGraphModel

/// The per-candidate signals of one query, every kernel run once: the raw material of every
/// method compared (each method is a function of these features).
enum Feature: Int, CaseIterable {
    case cocitationCount, saltonCocitation, saltonCoupling, adamicAdarReferences, adamicAdarCiters
    case authors, topics, personalizedPageRank
    case commonNeighbors, adamicAdar, resourceAllocation, jaccard
    case raSharedReferences, raSharedCiters, raReferencesOfReferences, raCitersOfCiters
    case katz
    /// Resource allocation over x → z ← w → y, and the number of papers citing the candidate.
    case raReferencesOfCoupled, citers
    /// 1 for each direction of a direct citation between the query and the candidate.
    case adjacent
    /// 1 when both the query and the candidate have a year, and then year(query) − year(candidate)
    /// (positive: the candidate is older).
    case hasYears, yearGap
}

/// Kernel timings (seconds) of one query.
struct KernelTimes {
    var citation = 0.0, neighborhood = 0.0, walk = 0.0, members = 0.0, katz = 0.0
}

/// Computes every feature of every candidate of a query on one graph, reusing dense scratch space.
struct FeatureExtractor {
    let graph: PaperGraph
    var similarity: CitationSimilarity
    var neighborhood: NeighborhoodSimilarity
    var walk: LocalPersonalizedPageRank
    var values: [Double]
    var touched: [UInt32] = []
    var isTouched: [Bool]
    var walkCounts2: [Double]
    var walkCounts3: [Double]
    let withKatz: Bool
    /// The graph taken as undirected (for Katz).
    let undirected: CSRGraph
    static let katzBeta = 0.05
    /// The walk's push threshold: `related`'s default, or QUALITY_EPSILON from the environment (to
    /// see what a finer walk changes; not part of the documented run).
    static let walkEpsilon = ProcessInfo.processInfo.environment["QUALITY_EPSILON"].flatMap(Double.init) ?? 1e-5

    init(graph: PaperGraph, withKatz: Bool = true) {
        self.graph = graph
        similarity = CitationSimilarity(references: graph.citations, citers: graph.citedBy)
        neighborhood = NeighborhoodSimilarity(outgoing: graph.citations, incoming: graph.citedBy)
        walk = LocalPersonalizedPageRank(graph: graph.citations, reversed: graph.citedBy)
        values = [Double](repeating: 0, count: graph.papers.count * Feature.allCases.count)
        isTouched = [Bool](repeating: false, count: graph.papers.count)
        walkCounts2 = [Double](repeating: 0, count: graph.papers.count)
        walkCounts3 = walkCounts2
        self.withKatz = withKatz
        var sources = [UInt32](), destinations = [UInt32]()
        for (s, d) in graph.citations.edges where s != d {
            sources.append(s); destinations.append(d)
            sources.append(d); destinations.append(s)
        }
        undirected = CSRGraph(nodeCount: graph.papers.count, sources: sources, destinations: destinations)
    }

    @inline(__always) func value(_ y: UInt32, _ f: Feature) -> Double { values[Int(y) * Feature.allCases.count + f.rawValue] }

    private mutating func set(_ y: UInt32, _ f: Feature, _ v: Double) {
        if !isTouched[Int(y)] { isTouched[Int(y)] = true; touched.append(y) }
        values[Int(y) * Feature.allCases.count + f.rawValue] = v
    }

    /// Clears the previous query and fills the features of `x`'s candidates (never `x` itself).
    mutating func extract(_ x: Int) -> KernelTimes {
        let width = Feature.allCases.count
        for y in touched {
            isTouched[Int(y)] = false
            for k in 0..<width { values[Int(y) * width + k] = 0 }
        }
        touched.removeAll(keepingCapacity: true)
        var times = KernelTimes()
        var t = now()
        for o in similarity.scores(from: x) {
            set(o.node, .cocitationCount, Double(o.cocitation))
            set(o.node, .saltonCocitation, o.saltonCocitation)
            set(o.node, .saltonCoupling, o.saltonCoupling)
            set(o.node, .adamicAdarReferences, o.adamicAdarReferences)
            set(o.node, .adamicAdarCiters, o.adamicAdarCiters)
        }
        times.citation = now() - t
        t = now()
        for o in neighborhood.scores(from: x, referencesOfCoupled: true) {
            set(o.node, .commonNeighbors, Double(o.commonNeighbors))
            set(o.node, .adamicAdar, o.adamicAdar)
            set(o.node, .resourceAllocation, o.resourceAllocation)
            set(o.node, .jaccard, o.jaccard)
            set(o.node, .raSharedReferences, o.sharedReferences)
            set(o.node, .raSharedCiters, o.sharedCiters)
            set(o.node, .raReferencesOfReferences, o.referencesOfReferences)
            set(o.node, .raCitersOfCiters, o.citersOfCiters)
            set(o.node, .raReferencesOfCoupled, o.referencesOfCoupled)
            set(o.node, .citers, Double(graph.citedBy.outDegree(of: Int(o.node))))
        }
        times.neighborhood = now() - t
        t = now()
        for (y, s) in walk.scores(from: x, epsilon: FeatureExtractor.walkEpsilon) where Int(y) != x {
            set(y, .personalizedPageRank, s)
            set(y, .citers, Double(graph.citedBy.outDegree(of: Int(y))))
        }
        for y in graph.citations.neighbors(of: x) where Int(y) != x { set(y, .adjacent, value(y, .adjacent) + 1) }
        for y in graph.citedBy.neighbors(of: x) where Int(y) != x { set(y, .adjacent, value(y, .adjacent) + 1) }
        times.walk = now() - t
        t = now()
        members(x, graph.paperAuthors, graph.authorship, .authors)
        members(x, graph.tagging, graph.topicPapers, .topics)
        times.members = now() - t
        if withKatz {
            t = now()
            katz(x)
            times.katz = now() - t
        }
        if let year = graph.papers[x].year {
            for y in touched {
                guard let other = graph.papers[Int(y)].year else { continue }
                set(y, .hasYears, 1)
                set(y, .yearGap, Double(year - other))
            }
        }
        return times
    }

    /// Jaccard index of shared authors (or topics), as `related` computes it.
    private mutating func members(_ x: Int, _ relation: CSRRelation, _ inverse: CSRRelation, _ f: Feature) {
        let mine = relation.columns(of: x)
        guard !mine.isEmpty else { return }
        var shared: [Int: Int] = [:]
        for m in mine { for y in inverse.columns(of: Int(m)) where Int(y) != x { shared[Int(y), default: 0] += 1 } }
        for (y, common) in shared {
            set(UInt32(y), f, Double(common) / Double(mine.count + relation.columns(of: y).count - common))
        }
    }

    /// Truncated Katz over the undirected graph: β²·walks₂(x, y) + β³·walks₃(x, y) (candidates
    /// adjacent to x are removed by the caller, so length-1 walks do not matter).
    private mutating func katz(_ x: Int) {
        let u = undirected
        var second: [UInt32] = [], reached: [UInt32] = []
        for a in u.neighbors(of: x) {
            for b in u.neighbors(of: Int(a)) {
                if walkCounts2[Int(b)] == 0 { second.append(b) }
                walkCounts2[Int(b)] += 1
            }
        }
        for b in second {
            let c = walkCounts2[Int(b)]
            for y in u.neighbors(of: Int(b)) {
                if walkCounts3[Int(y)] == 0 { reached.append(y) }
                walkCounts3[Int(y)] += c
            }
        }
        let beta = FeatureExtractor.katzBeta
        for y in second where Int(y) != x { set(y, .katz, beta * beta * walkCounts2[Int(y)]) }
        for y in reached where Int(y) != x {
            set(y, .katz, value(y, .katz) + beta * beta * beta * walkCounts3[Int(y)])
        }
        for y in second { walkCounts2[Int(y)] = 0 }
        for y in reached { walkCounts3[Int(y)] = 0 }
    }
}
