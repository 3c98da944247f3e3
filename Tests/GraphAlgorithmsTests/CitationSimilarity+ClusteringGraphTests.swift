import Testing
import GraphAlgorithms
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
        let options = CitationBlendOptions(citationWeight: 1, couplingWeight: 0.5, cocitationWeight: 0.25)
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
}
