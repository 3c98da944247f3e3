import Testing
import GraphAlgorithms
import TestSupport

@Suite("WeightedGraph")
struct WeightedGraphTests {
    @Test("stores each edge both ways and a self-loop once, like networkx")
    func documentedExample() {
        let g = WeightedGraph(nodeCount: 3, edges: [(1, 2, 2.5), (0, 1, 1.0)])
        #expect(g.offsets == [0, 1, 3, 4])
        #expect(g.neighbors == [1, 0, 2, 1])
        #expect(g.weights == [1.0, 1.0, 2.5, 2.5])
        #expect(g.totalWeight == 3.5)
        #expect(g.weightedDegrees == [1.0, 3.5, 2.5])

        let loop = WeightedGraph(nodeCount: 2, edges: [(1, 1, 4), (0, 1, 1)])
        #expect(loop.neighbors == [1, 0, 1])
        #expect(loop.weights == [1, 1, 4])
        #expect(loop.totalWeight == 5)           // G.size(weight="weight")
        #expect(loop.weightedDegree(of: 1) == 9) // 1 + 2 · 4
    }

    @Test("sums repeated edges in either orientation")
    func sumsDuplicates() {
        let g = WeightedGraph(nodeCount: 3, edges: [(0, 1, 1), (1, 0, 0.5), (2, 2, 4), (2, 2, 1), (0, 1, 0.25)])
        #expect(g.weight(between: 0, and: 1) == 1.75)
        #expect(g.weight(between: 1, and: 0) == 1.75)
        #expect(g.weight(between: 2, and: 2) == 5)
        #expect(g.weight(between: 0, and: 2) == 0)
        #expect(g.entryCount == 3)
        #expect(g.totalWeight == 6.75)
    }

    @Test("collapses reciprocal citations into one weight-1 edge")
    func undirectedView() {
        let d = CSRGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 1), (3, 3)])
        let g = WeightedGraph(undirected: d)
        #expect(g.offsets == [0, 1, 3, 4, 5])
        #expect(g.neighbors == [1, 0, 2, 1, 3])
        #expect(g.weights == [1, 1, 1, 1, 1])
        #expect(g.totalWeight == 3)
        #expect(g.weightedDegrees == [1, 2, 1, 2])
    }

    @Test("an empty graph has no weight")
    func empty() {
        let g = WeightedGraph(nodeCount: 3, edges: [])
        #expect(g.offsets == [0, 0, 0, 0])
        #expect(g.totalWeight == 0)
        #expect(WeightedGraph(nodeCount: 0, edges: []).nodeCount == 0)
    }

    @Test("is symmetric with sorted rows and degrees summing to twice the weight",
          arguments: [1, 2, 3] as [UInt64])
    func symmetricOnRandomGraphs(seed: UInt64) {
        let d = RandomGraphs.directed(nodeCount: 60, edgeCount: 400, seed: seed, allowSelfLoops: true)
        let g = WeightedGraph(undirected: d)
        var degreeSum = 0.0
        for v in 0..<g.nodeCount {
            let row = Array(g.neighbors(of: v))
            #expect(row == row.sorted() && Set(row).count == row.count)
            for u in row {
                #expect(g.weight(between: Int(u), and: v) == 1)
                let expected = d.hasEdge(from: v, to: Int(u)) || d.hasEdge(from: Int(u), to: v)
                #expect(expected)
            }
            degreeSum += g.weightedDegree(of: v)
        }
        #expect(degreeSum == 2 * g.totalWeight)
        for (s, t) in d.edges { #expect(g.weight(between: Int(s), and: Int(t)) == 1) }
    }

    @Test("the undirected view equals the edge list of its distinct unordered pairs, repeats and loops included",
          arguments: [4, 5, 6] as [UInt64])
    func undirectedMatchesDistinctPairs(seed: UInt64) {
        // Repeated edges, reciprocal pairs and self-loops, the rows built without deduplication.
        var random = SplitMix64(seed: seed)
        var sources = [UInt32](), destinations = [UInt32]()
        for _ in 0..<500 {
            let u = UInt32(random.next() % 40), v = UInt32(random.next() % 40)
            sources.append(u)
            destinations.append(v)
            if random.next() % 4 == 0 {
                sources.append(v)
                destinations.append(u)
            }
            if random.next() % 5 == 0 {
                sources.append(u)
                destinations.append(v)
            }
        }
        let directed = CSRGraph(nodeCount: 40, sources: sources, destinations: destinations, deduplicate: false)
        var pairs = Set<[UInt32]>()
        for (u, v) in zip(sources, destinations) { pairs.insert([min(u, v), max(u, v)]) }
        let expected = WeightedGraph(nodeCount: 40, edges: pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1], 1) })
        #expect(WeightedGraph(undirected: directed) == expected)
    }

    @Test("the undirected view stores no weight, and Leiden finds the same bits on it as on stored weights of 1",
          arguments: [7, 8, 9] as [UInt64])
    func unitWeightsMatchStoredOnes(seed: UInt64) {
        let d = RandomGraphs.directed(nodeCount: 300, edgeCount: 1_500, seed: seed, allowSelfLoops: true)
        let unit = WeightedGraph(undirected: d, reversed: d.reversed())
        #expect(unit.weights.isUnit && unit.weights.count == unit.entryCount)
        #expect(unit == WeightedGraph(undirected: d))
        let stored = WeightedGraph(nodeCount: unit.nodeCount, offsets: unit.offsets, neighbors: unit.neighbors,
                                   weights: [Double](repeating: 1, count: unit.entryCount))
        #expect(!stored.weights.isUnit && stored == unit)
        #expect(stored.weightedDegrees == unit.weightedDegrees && stored.totalWeight == unit.totalWeight)
        for options in [LeidenOptions(seed: seed), LeidenOptions(resolution: 2, seed: seed, randomness: 0)] {
            let a = unit.leidenCommunities(options: options), b = stored.leidenCommunities(options: options)
            #expect(a.communityOf == b.communityOf)
            #expect(a.modularity.bitPattern == b.modularity.bitPattern)
        }
    }
}
