/// Weights for blending citation signals into one undirected graph for clustering.
public struct CitationBlendOptions: Sendable, Equatable {
    /// Weight of a direct citation in either direction (counted once for mutual citations).
    /// Default 1.0.
    public var citationWeight: Double
    /// Weight of the Salton-normalised bibliographic coupling. Default 0.5.
    public var couplingWeight: Double
    /// Weight of the Salton-normalised co-citation. Default 0.5.
    public var cocitationWeight: Double
    /// References cited by more than this many nodes are skipped when forming coupling pairs, like
    /// stop-words: a classic cited by everyone says little about any two citers and would add
    /// quadratically many pairs. Default 200: on 10^6 generated papers the references with 201 to
    /// 1,000 citers formed 2.3 · 10^8 of the 2.8 · 10^8 coupling pairs, and skipping them kept or
    /// raised the partition's modularity on the citation graph (10^5 and 10^6 generated papers,
    /// cit-HepTh, Cora; `Benchmarks/RESULTS.md`).
    public var maxCitersPerReference: Int
    /// Nodes citing more than this many references (surveys, bibliographies) are skipped when
    /// forming co-citation pairs, for the same reason. Default 1000.
    public var maxReferencesPerCiter: Int
    /// The most coupling and co-citation edges formed from each node toward later nodes, its
    /// strongest (ties to the smaller id); direct citations always count. Caps the blended graph
    /// at O(V · maxSimilarNeighbors + E) edges, which bounds the clustering's time and memory on
    /// large graphs, where hubs make most pairs weak. Default 30.
    public var maxSimilarNeighbors: Int

    public init(citationWeight: Double = 1.0, couplingWeight: Double = 0.5, cocitationWeight: Double = 0.5,
                maxCitersPerReference: Int = 200, maxReferencesPerCiter: Int = 1000, maxSimilarNeighbors: Int = 30) {
        self.citationWeight = citationWeight
        self.couplingWeight = couplingWeight
        self.cocitationWeight = cocitationWeight
        self.maxCitersPerReference = maxCitersPerReference
        self.maxReferencesPerCiter = maxReferencesPerCiter
        self.maxSimilarNeighbors = maxSimilarNeighbors
    }
}

extension WeightedGraph {
    /// Builds the undirected graph to cluster a citation graph on: direct citations plus
    /// bibliographic coupling plus co-citation, plus any extra weighted edges.
    ///
    /// The weight of the edge `{x, y}`, `x ≠ y`, is
    ///
    ///     citationWeight   · [x cites y or y cites x]
    ///   + couplingWeight   · saltonCoupling(x, y)
    ///   + cocitationWeight · saltonCocitation(x, y)
    ///   + the sum of the extra edges between x and y
    ///
    /// with the Salton cosines of `CitationSimilarityScore`. Pairs with weight 0 get no edge.
    /// Self-citations are dropped (a node's tie to itself says nothing about its community);
    /// extra edges are kept as given, self-loops included.
    ///
    ///     2 ──▶ 0 ◀── 3        edges: {0,2} {0,3} {1,2} {1,3} weight 1.0 (citations),
    ///     2 ──▶ 1 ◀── 3        {2,3} weight 0.5 · 2/√(2·2) = 0.5 (coupling),
    ///                          {0,1} weight 0.5 (co-citation)
    ///
    /// The Salton denominators use full reference and citer counts, so skipping hub references
    /// (`maxCitersPerReference`) or hub citers (`maxReferencesPerCiter`) only lowers pairs that
    /// shared such hubs. Of the pairs `{x, y}` with `y > x`, only the `maxSimilarNeighbors`
    /// heaviest coupling + co-citation weights are kept (ties to the smaller `y`).
    ///
    /// - Parameters:
    ///   - citations: The citation graph, edges citing → cited, without repeated edges.
    ///   - citers: `citations.reversed()` when the caller has it; built here otherwise.
    ///   - options: Blend weights and hub cut-offs.
    ///   - extraEdges: Further `(u, v, weight)` edges supplied by the caller (for example shared
    ///     topics or authors), added to the blend; weights finite and non-negative.
    /// - Complexity: O(V + E·K + P log M) time, where K is the larger hub cut-off (each kept reference
    ///   with c citers forms at most c² ≤ K·c pairs), P the pairs formed and M `maxSimilarNeighbors`;
    ///   O(E + V·M) space for the edges kept: the similar pairs (12 bytes each) while the graph's
    ///   rows (12 bytes an entry) are filled, no edge list.
    public init(blending citations: CSRGraph, citers: CSRGraph? = nil, options: CitationBlendOptions = CitationBlendOptions(),
                extraEdges: [(UInt32, UInt32, Double)] = []) {
        let n = citations.nodeCount
        let citers = citers ?? citations.reversed()
        precondition(citers.nodeCount == n && citers.edgeCount == citations.edgeCount, "citers must reverse citations")
        // The similar pairs of each x, toward later nodes, as rows: 12 bytes a pair, the source implied.
        var similarStarts = [UInt32](repeating: 0, count: n + 1)
        var similarNodes = [UInt32](), similarWeights = [Double]()
        let (bound, overflow) = n.multipliedReportingOverflow(by: max(0, options.maxSimilarNeighbors))
        if !overflow && bound <= Int(UInt32.max) {
            // Reserved once rather than regrown: pages never written cost no memory.
            similarNodes.reserveCapacity(bound)
            similarWeights.reserveCapacity(bound)
        }
        var couplingCounts = [Int32](repeating: 0, count: n)
        var cocitationCounts = [Int32](repeating: 0, count: n)
        var touched = [UInt32]()
        var similar: [(weight: Double, node: UInt32)] = []
        let useCoupling = options.couplingWeight > 0, useCocitation = options.cocitationWeight > 0
        for x in 0..<n {
            // Each unordered pair once, from its smaller end.
            if useCoupling {
                for r in citations.neighbors(of: x) where citers.outDegree(of: Int(r)) <= options.maxCitersPerReference {
                    for y in citers.neighbors(of: Int(r), above: x) {
                        if couplingCounts[Int(y)] == 0 && cocitationCounts[Int(y)] == 0 { touched.append(y) }
                        couplingCounts[Int(y)] += 1
                    }
                }
            }
            if useCocitation {
                for c in citers.neighbors(of: x) where citations.outDegree(of: Int(c)) <= options.maxReferencesPerCiter {
                    for y in citations.neighbors(of: Int(c), above: x) {
                        if couplingCounts[Int(y)] == 0 && cocitationCounts[Int(y)] == 0 { touched.append(y) }
                        cocitationCounts[Int(y)] += 1
                    }
                }
            }
            let referenceCount = Double(citations.outDegree(of: x)), citerCount = Double(citers.outDegree(of: x))
            for y in touched {
                let i = Int(y)
                var w = 0.0
                if couplingCounts[i] > 0 {
                    w += options.couplingWeight * Double(couplingCounts[i])
                        / (referenceCount * Double(citations.outDegree(of: i))).squareRoot()
                }
                if cocitationCounts[i] > 0 {
                    w += options.cocitationWeight * Double(cocitationCounts[i])
                        / (citerCount * Double(citers.outDegree(of: i))).squareRoot()
                }
                if w > 0 { similar.append((w, y)) }
                couplingCounts[i] = 0
                cocitationCounts[i] = 0
            }
            if similar.count > options.maxSimilarNeighbors {
                Self.keepStrongest(&similar, options.maxSimilarNeighbors)
            }
            // Sorted by node, so a citation finds its pair's similarity by binary search (a row's
            // order does not change the graph: each pair appears in it once).
            similar.sort { $0.node < $1.node }
            for (w, y) in similar {
                similarNodes.append(y)
                similarWeights.append(w)
            }
            precondition(similarNodes.count <= Int(UInt32.max), "too many similar pairs for UInt32 offsets")
            similarStarts[x + 1] = UInt32(similarNodes.count)
            similar.removeAll(keepingCapacity: true)
            touched.removeAll(keepingCapacity: true)
        }
        couplingCounts = []
        cocitationCounts = []
        // Listed as citations, then similar pairs, then extra edges, each in order of their first
        // node: the order repeats are summed in. A similar pair that is also a citation is folded
        // into the citation's entry as `citationWeight + similarity`, the sum the rows would make
        // of the two entries, so its rows hold one entry where they would hold two.
        let citationWeight = options.citationWeight
        func similarity(_ a: Int, _ b: UInt32) -> Double? {
            var low = Int(similarStarts[a]), high = Int(similarStarts[a + 1])
            while low < high {
                let mid = (low + high) / 2
                if similarNodes[mid] < b { low = mid + 1 } else { high = mid }
            }
            return low < Int(similarStarts[a + 1]) && similarNodes[low] == b ? similarWeights[low] : nil
        }
        self.init(nodeCount: n, listing: { edge in
            for x in 0..<n where citationWeight > 0 {
                for y in citations.neighbors(of: x) where Int(y) != x {
                    // Count a mutual citation once: from the smaller end.
                    guard Int(y) > x || !citations.hasEdge(from: Int(y), to: x) else { continue }
                    let shared = Int(y) > x ? similarity(x, y) : similarity(Int(y), UInt32(x))
                    edge(UInt32(x), y, shared.map { citationWeight + $0 } ?? citationWeight)
                }
            }
            for x in 0..<n {
                for k in Int(similarStarts[x])..<Int(similarStarts[x + 1]) {
                    let y = similarNodes[k]
                    if citationWeight > 0 && (citations.hasEdge(from: x, to: Int(y)) || citers.hasEdge(from: x, to: Int(y))) {
                        continue
                    }
                    edge(UInt32(x), y, similarWeights[k])
                }
            }
            for (u, v, w) in extraEdges { edge(u, v, w) }
        })
    }

    /// Keeps the `k` strongest pairs of `pairs` (heavier first, ties to the smaller node), in no
    /// particular order: a quickselect with a median-of-three pivot, so the set kept is the same
    /// whatever the input order.
    ///
    /// - Complexity: O(n) expected for n pairs, O(n²) at worst; no allocation.
    static func keepStrongest(_ pairs: inout [(weight: Double, node: UInt32)], _ k: Int) {
        func stronger(_ a: (weight: Double, node: UInt32), _ b: (weight: Double, node: UInt32)) -> Bool {
            a.weight != b.weight ? a.weight > b.weight : a.node < b.node
        }
        let k = max(0, k)
        guard pairs.count > k else { return }
        var low = 0, high = pairs.count - 1
        while low < high {
            let mid = low + (high - low) / 2
            if stronger(pairs[mid], pairs[low]) { pairs.swapAt(mid, low) }
            if stronger(pairs[high], pairs[low]) { pairs.swapAt(high, low) }
            if stronger(pairs[mid], pairs[high]) { pairs.swapAt(mid, high) }
            let pivot = pairs[high]
            var store = low
            for i in low..<high where stronger(pairs[i], pivot) {
                pairs.swapAt(i, store)
                store += 1
            }
            pairs.swapAt(store, high)
            if store == k { break }
            if store < k { low = store + 1 } else { high = store - 1 }
        }
        pairs.removeLast(pairs.count - k)
    }
}
