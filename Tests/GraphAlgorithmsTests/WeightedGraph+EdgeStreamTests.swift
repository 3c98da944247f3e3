import Testing
@testable import GraphAlgorithms
import TestSupport

@Suite("WeightedGraph built from an edge listing")
struct WeightedGraphEdgeStreamTests {
    /// Edges with repeats in both orientations, loops, and one hub whose row is long enough for
    /// the sorted (not insertion) path; weights that do not add associatively.
    private static func edges(seed: UInt64) -> [(UInt32, UInt32, Double)] {
        var rng = SeededGenerator(seed: seed)
        let weights = [0.1, 0.7, 1e-3, 0.3, 2.9, 1.0 / 3]
        var edges: [(UInt32, UInt32, Double)] = []
        for _ in 0..<600 {
            let hub = Bool.random(using: &rng)
            let u = hub ? 0 : UInt32.random(in: 0..<40, using: &rng)
            let v = UInt32.random(in: 0..<(hub ? 40 : 12), using: &rng)
            edges.append((u, v, weights.randomElement(using: &rng)!))
        }
        return edges
    }

    @Test("sums each pair's listed weights left to right, in listing order", arguments: [1, 2, 3] as [UInt64])
    func sumsInListingOrder(seed: UInt64) {
        let edges = Self.edges(seed: seed)
        // Independent reference: per unordered pair, the weights in listing order, folded left.
        var sums: [[Double?]] = Array(repeating: Array(repeating: nil, count: 40), count: 40)
        for (u, v, w) in edges {
            let a = Int(min(u, v)), b = Int(max(u, v))
            sums[a][b] = sums[a][b].map { $0 + w } ?? w
        }
        let g = WeightedGraph(nodeCount: 40, edges: edges)
        var entries = 0
        for a in 0..<40 {
            #expect(g.neighbors(of: a).elementsEqual(g.neighbors(of: a).sorted()))
            for b in a..<40 {
                let expected = sums[a][b] ?? 0
                #expect(g.weight(between: a, and: b).bitPattern == expected.bitPattern, "pair \(a) \(b)")
                #expect(g.weight(between: b, and: a).bitPattern == expected.bitPattern)
                if sums[a][b] != nil { entries += a == b ? 1 : 2 }
            }
        }
        #expect(g.entryCount == entries)
        #expect(g.neighbors(of: 0).count > 16)
    }

    @Test("the array initialisers and the listing give the same graph")
    func arraysMatchListing() {
        let edges = Self.edges(seed: 9)
        let listed = WeightedGraph(nodeCount: 40, listing: { edge in for (u, v, w) in edges { edge(u, v, w) } })
        let arrays = WeightedGraph(nodeCount: 40, sources: edges.map(\.0), destinations: edges.map(\.1),
                                   weights: edges.map(\.2))
        #expect(listed == arrays)
        #expect(listed == WeightedGraph(nodeCount: 40, edges: edges))
        let reversedOrder = WeightedGraph(nodeCount: 40, edges: edges.reversed())
        #expect(reversedOrder.neighbors == listed.neighbors)
    }

    @Test("an empty listing gives isolated nodes")
    func emptyListing() {
        let g = WeightedGraph(nodeCount: 3, listing: { _ in })
        #expect(g.offsets == [0, 0, 0, 0])
        #expect(g.totalWeight == 0)
    }
}
