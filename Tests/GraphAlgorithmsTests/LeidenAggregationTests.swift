import Testing
@testable import GraphAlgorithms

@Suite("Leiden aggregation")
struct LeidenAggregationTests {
    /// 0 ─1─ 1 ─2─ 2 ─3─ 3 ─4─ 4, plus {0, 4} of weight 0.5 and a self-loop of weight 5 on 1.
    /// Refined {0, 1} and {2, 3, 4}: the edges between them are {1, 2} and {0, 4}, 2.5 in all; the
    /// node weights are the summed degrees, 1.5 + 13 and 5 + 7 + 4.5.
    @Test("sums the edges between two refined communities and drops the inner ones")
    func weightedPair() {
        let g = WeightedGraph(nodeCount: 5, edges: [(0, 1, 1), (1, 2, 2), (2, 3, 3), (3, 4, 4), (0, 4, 0.5), (1, 1, 5)])
        let (level, nodeOf) = LeidenLevel(g).aggregated(by: [0, 0, 2, 2, 2])
        #expect(nodeOf == [0, 0, 1, 1, 1])
        #expect(level.offsets == [0, 1, 2])
        #expect(level.neighbors == [1, 0])
        #expect(Array(level.weights) == [2.5, 2.5])
        #expect(!level.weights.isNarrow)
        #expect(level.nodeWeights == [14.5, 16.5])
    }

    /// A star: centre 0, leaves 1…4 with weights 1…4. Refined ids [3, 1, 1, 0, 0] number the new
    /// nodes by first appearance: {0} → 0, {1, 2} → 1, {3, 4} → 2. The centre's row lists 1 (1 + 2)
    /// then 2 (3 + 4) in order of first appearance among its entries.
    @Test("numbers new nodes by first appearance and keeps row order by first entry")
    func star() {
        let g = WeightedGraph(nodeCount: 5, edges: [(0, 1, 1), (0, 2, 2), (0, 3, 3), (0, 4, 4)])
        let (level, nodeOf) = LeidenLevel(g).aggregated(by: [3, 1, 1, 0, 0])
        #expect(nodeOf == [0, 1, 1, 2, 2])
        #expect(level.offsets == [0, 2, 3, 4])
        #expect(level.neighbors == [1, 2, 0, 0])
        #expect(Array(level.weights) == [3, 7, 3, 7])
        #expect(level.nodeWeights == [10, 3, 7])
    }

    /// The undirected view of 0→1, 1→2, 2→3, 3→0, 0→2 (unit weights): refined {0, 1} and {2, 3}
    /// are joined by {1, 2}, {3, 0} and {0, 2}, weight 3, stored as an exact `Float`.
    @Test("stores an unweighted graph's aggregated weights as exact Floats")
    func unitWeightsNarrow() {
        let directed = CSRGraph(nodeCount: 4, sources: [0, 1, 2, 3, 0], destinations: [1, 2, 3, 0, 2])
        let g = WeightedGraph(undirected: directed)
        #expect(g.weights.isUnit)
        let (level, nodeOf) = LeidenLevel(g).aggregated(by: [1, 1, 3, 3])
        #expect(nodeOf == [0, 0, 1, 1])
        #expect(level.neighbors == [1, 0])
        #expect(level.weights.isNarrow)
        #expect(Array(level.weights) == [3, 3])
        #expect(level.nodeWeights == [5, 5])
        // Aggregating the aggregate again reads the Float weights.
        let (top, topOf) = level.aggregated(by: [0, 0])
        #expect(topOf == [0, 0])
        #expect(top.offsets == [0, 0])
        #expect(top.nodeWeights == [10])
    }
}
