import Testing
@testable import GraphAlgorithms
import TestSupport

@Suite("PageRank along a stored solve order")
struct PageRankSolveOrderTests {
    @Test("relabels the in-edges into the order, each row in the order of the citers' ids")
    func handDrawn() {
        // 2 → 0, 2 → 1, 0 → 1: 2 is cited by nobody, 1 by both others.
        let graph = CSRGraph(nodeCount: 3, edges: [(2, 0), (2, 1), (0, 1)])
        let solve = PageRankSolveOrder(components: graph.condensationOrder(), reversed: graph.reversed())
        #expect(Array(solve.order) == [2, 0, 1])
        #expect(solve.componentStarts.isEmpty)
        #expect(Array(solve.inOffsets) == [0, 0, 1, 3])
        // Paper 1's citers are 0 and 2 (by id), at positions 1 and 0.
        #expect(Array(solve.inSources) == [0, 1, 0])
        #expect(solve.largestComponentSize == 1)
    }

    @Test("a cycle keeps its component starts and sweeps its members in id order")
    func cycle() {
        // 0 → 1 → 2 → 1, 2 → 3: the component {1, 2} between 0 and 3.
        let graph = CSRGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 1), (2, 3)])
        let components = graph.condensationOrder()
        let solve = PageRankSolveOrder(components: components, reversed: graph.reversed())
        #expect(Array(solve.order) == [0, 1, 2, 3])
        #expect(Array(solve.componentStarts) == [0, 1, 3, 4])
        #expect(Array(solve.inSources) == [0, 2, 1, 2])
        #expect(solve.largestComponentSize == 2)
        let options = PageRankOptions(method: .exact)
        #expect(solve.exactPageRank(options: options, outOffsets: graph.offsets)
                == graph.pageRank(options: options, reversed: graph.reversed(), components: components))
    }

    @Test("gives the same bits as the solve over ids: shuffled DAGs, cycles, self-loops, personalization",
          arguments: [UInt64(1), 2, 3, 4])
    func sameBits(seed: UInt64) {
        let acyclic = RandomGraphs.acyclic(nodeCount: 500, edgeCount: 2_500, seed: seed)
        let cyclic = RandomGraphs.directed(nodeCount: 400, edgeCount: 480, seed: seed, allowSelfLoops: true)
        var random = SeededGenerator(seed: seed)
        for graph in [acyclic, acyclic.reversed(), cyclic] {
            let reversed = graph.reversed()
            let weights = (0..<graph.nodeCount).map { _ in Double.random(in: 0...1, using: &random) }
            for components in [graph.condensationOrder(), graph.stronglyConnectedComponents()] {
                let solve = PageRankSolveOrder(components: components, reversed: reversed)
                for options in [PageRankOptions(method: .exact), PageRankOptions(damping: 0.5, personalization: weights, method: .exact)] {
                    let reference = graph.pageRank(options: options, reversed: reversed, components: components)
                    let stored = solve.exactPageRank(options: options, outOffsets: graph.offsets)
                    #expect(stored == reference)
                    #expect(stored.scores.map(\.bitPattern) == reference.scores.map(\.bitPattern))
                }
            }
        }
    }

    @Test("an empty graph gives no scores")
    func empty() {
        let graph = CSRGraph(nodeCount: 0, edges: [])
        let solve = PageRankSolveOrder(components: graph.condensationOrder(), reversed: graph)
        #expect(solve.largestComponentSize == 0)
        #expect(solve.exactPageRank(outOffsets: graph.offsets) == graph.pageRank(options: .init(method: .exact)))
    }
}
