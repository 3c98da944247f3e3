import Testing
@testable import GraphAlgorithms
import TestSupport

@Suite("Blended citation graph")
struct CitationBlendTests {
    @Test("blends the documented example")
    func documentedExample() {
        let citations = CSRGraph(nodeCount: 4, edges: [(2, 0), (2, 1), (3, 0), (3, 1)])
        let g = WeightedGraph(blending: citations)
        #expect(g.weight(between: 0, and: 2) == 1)
        #expect(g.weight(between: 1, and: 3) == 1)
        #expect(g.weight(between: 2, and: 3) == 0.5)  // 0.5 · 2/√(2·2)
        #expect(g.weight(between: 0, and: 1) == 0.5)  // 0.5 · 2/√(2·2)
        #expect(g.entryCount == 12)
    }

    @Test("counts mutual citations once, drops self-citations and adds extra edges")
    func citationsAndExtras() {
        let citations = CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 0), (2, 2)])
        let g = WeightedGraph(blending: citations, options: CitationBlendOptions(couplingWeight: 0, cocitationWeight: 0),
                              extraEdges: [(1, 2, 0.25), (2, 1, 0.25)])
        #expect(g.weight(between: 0, and: 1) == 1)
        #expect(g.weight(between: 2, and: 2) == 0)
        #expect(g.weight(between: 1, and: 2) == 0.5)
    }

    @Test("equals the sum of the single-source kernels", arguments: [1, 2] as [UInt64])
    func matchesKernels(seed: UInt64) {
        let citations = RandomGraphs.directed(nodeCount: 70, edgeCount: 400, seed: seed)
        let options = CitationBlendOptions(citationWeight: 1, couplingWeight: 0.5, cocitationWeight: 0.25, maxSimilarNeighbors: .max)
        let g = WeightedGraph(blending: citations, options: options)
        var similarity = CitationSimilarity(citations: citations)
        for x in 0..<citations.nodeCount {
            var expected = [Double](repeating: 0, count: citations.nodeCount)
            for s in similarity.scores(from: x) {
                expected[Int(s.node)] = 0.5 * s.saltonCoupling + 0.25 * s.saltonCocitation
            }
            for y in 0..<citations.nodeCount where y != x {
                let direct = citations.hasEdge(from: x, to: y) || citations.hasEdge(from: y, to: x)
                #expect(abs(g.weight(between: x, and: y) - (expected[y] + (direct ? 1 : 0))) < 1e-12)
            }
        }
    }

    @Test("skips hub references and hub citers when forming pairs")
    func hubCutOffs() {
        // Node 0 is cited by 1, 2, 3; node 4 cites 0, 5, 6.
        let citations = CSRGraph(nodeCount: 7, edges: [(1, 0), (2, 0), (3, 0), (4, 0), (4, 5), (4, 6)])
        let options = CitationBlendOptions(citationWeight: 0, maxCitersPerReference: 3, maxReferencesPerCiter: 2)
        let g = WeightedGraph(blending: citations, options: options)
        #expect(g.weight(between: 1, and: 2) == 0)  // shared reference 0 has 4 > 3 citers
        #expect(g.weight(between: 5, and: 6) == 0)  // co-cited only by 4, which has 3 > 2 references
        #expect(g.totalWeight == 0)
        let uncapped = WeightedGraph(blending: citations, options: CitationBlendOptions(citationWeight: 0))
        #expect(uncapped.weight(between: 1, and: 2) == 0.5)          // 0.5 · 1/√(1·1)
        #expect(uncapped.weight(between: 5, and: 6) == 0.5)          // 0.5 · 1/√(1·1)
    }

    @Test("keeps each node's heaviest similarity pairs toward later nodes, ties to the smaller id; citations always")
    func similarNeighborCap() {
        // 0 cites 5, 6, 7. 1 cites 5, 6, 7; 2 cites 5, 6; 3 cites 5; 4 cites 5 and 0.
        // Coupling of 0 with 1: 3/√(3·3) = 1; with 2: 2/√(3·2) ≈ 0.816; with 3: 1/√3 ≈ 0.577; with 4: 1/√(3·2) ≈ 0.408.
        let citations = CSRGraph(nodeCount: 8, edges: [(0, 5), (0, 6), (0, 7), (1, 5), (1, 6), (1, 7), (2, 5), (2, 6),
                                                       (3, 5), (4, 5), (4, 0)])
        let capped = CitationBlendOptions(citationWeight: 1, couplingWeight: 1, cocitationWeight: 0, maxSimilarNeighbors: 2)
        let g = WeightedGraph(blending: citations, options: capped)
        #expect(abs(g.weight(between: 0, and: 1) - 1) < 1e-12)
        #expect(abs(g.weight(between: 0, and: 2) - 2 / 6.0.squareRoot()) < 1e-12)
        #expect(g.weight(between: 0, and: 3) == 0)                         // third heaviest of 0: dropped
        #expect(g.weight(between: 0, and: 4) == 1)                         // the citation 4 → 0 stays, coupling dropped
        #expect(abs(g.weight(between: 3, and: 4) - 1 / 2.0.squareRoot()) < 1e-12)  // 3's pairs: only 4 is later
        let uncapped = WeightedGraph(blending: citations, options: CitationBlendOptions(citationWeight: 1, couplingWeight: 1,
                                                                                       cocitationWeight: 0, maxSimilarNeighbors: .max))
        #expect(abs(uncapped.weight(between: 0, and: 3) - 1 / 3.0.squareRoot()) < 1e-12)
        #expect(abs(uncapped.weight(between: 0, and: 4) - (1 + 1 / 6.0.squareRoot())) < 1e-12)
        // Ties: 5, 6, 7 are co-cited equally by 0 and 1; with a cap of 1, 5 keeps its pair with 6 (the smaller id).
        let tied = WeightedGraph(blending: CSRGraph(nodeCount: 8, edges: [(0, 5), (0, 6), (0, 7), (1, 5), (1, 6), (1, 7)]),
                                 options: CitationBlendOptions(citationWeight: 0, couplingWeight: 0, cocitationWeight: 1,
                                                               maxSimilarNeighbors: 1))
        #expect(tied.weight(between: 5, and: 6) == 1 && tied.weight(between: 5, and: 7) == 0 && tied.weight(between: 6, and: 7) == 1)
    }

    @Test("keepStrongest keeps exactly the k first of the sorted order, ties to the smaller node", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func keepStrongestMatchesSorting(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let n = Int.random(in: 0...40, using: &rng)
            // Few distinct weights, so ties are common; nodes distinct.
            var pairs = (0..<n).map { (weight: Double(Int.random(in: 0...4, using: &rng)) / 4, node: UInt32($0)) }.shuffled(using: &rng)
            let k = Int.random(in: 0...45, using: &rng)
            let expected = pairs.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.node < $1.node }.prefix(k).map(\.node)
            WeightedGraph.keepStrongest(&pairs, k)
            #expect(pairs.map(\.node).sorted() == expected.sorted())
        }
    }
}

@Suite("Blended citation graph, given the citers")
struct CitationBlendCitersTests {
    @Test("passing the reversed graph gives the same graph as building it", arguments: [4, 5] as [UInt64])
    func citersGiven(seed: UInt64) {
        let citations = RandomGraphs.directed(nodeCount: 80, edgeCount: 500, seed: seed, allowSelfLoops: true)
        let options = CitationBlendOptions(maxSimilarNeighbors: 3)
        let extra: [(UInt32, UInt32, Double)] = [(0, 1, 0.125), (1, 0, 0.25), (7, 7, 0.5)]
        let built = WeightedGraph(blending: citations, options: options, extraEdges: extra)
        let given = WeightedGraph(blending: citations, citers: citations.reversed(), options: options, extraEdges: extra)
        #expect(built == given)
        #expect(built.weight(between: 7, and: 7) == 0.5)
    }
}
