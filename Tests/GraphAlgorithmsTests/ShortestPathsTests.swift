import Testing
import GraphAlgorithms
import TestSupport

@Suite("Shortest paths")
struct ShortestPathsTests {
    @Test("matches the documented example, ignoring directions")
    func documentedExample() {
        //  0 ──▶ 1 ◀── 3
        //  └───▶ 2 ──▶ 3
        let g = CSRGraph(nodeCount: 4, edges: [(0, 1), (3, 1), (0, 2), (2, 3)])
        let all = g.shortestUndirectedPaths(from: 0, to: 3, limit: 10)
        #expect(all.paths == [[0, 1, 3], [0, 2, 3]])
        #expect(all.length == 2)
        #expect(!all.isTruncated)
        let one = g.shortestUndirectedPaths(from: 0, to: 3)
        #expect(one.paths == [[0, 1, 3]])
        #expect(one.isTruncated)
        #expect(g.shortestUndirectedPaths(from: 3, to: 0, limit: 10).paths == [[3, 1, 0], [3, 2, 0]])
    }

    @Test("handles unreachable goals, the start itself and a zero limit")
    func edgeCases() {
        let g = CSRGraph(nodeCount: 4, edges: [(0, 1), (2, 3)])
        let none = g.shortestUndirectedPaths(from: 0, to: 3, limit: 5)
        #expect(none.paths.isEmpty && none.length == nil && !none.isTruncated)
        let itself = g.shortestUndirectedPaths(from: 2, to: 2, limit: 5)
        #expect(itself.paths == [[2]] && itself.length == 0)
        let zero = g.shortestUndirectedPaths(from: 0, to: 1, limit: 0, reversed: g.reversed())
        #expect(zero.paths.isEmpty && zero.length == 1 && zero.isTruncated)
        let mutual = CSRGraph(nodeCount: 2, edges: [(0, 1), (1, 0)])
        #expect(mutual.shortestUndirectedPaths(from: 0, to: 1, limit: 5).paths == [[0, 1]])
    }

    @Test("stops after the limit on a graph with 2^40 shortest paths")
    func exponentialCount() {
        // A chain of 40 diamonds: hub 3k reaches hub 3k+3 through 3k+1 or 3k+2.
        var edges = [(UInt32, UInt32)]()
        for k in 0..<40 {
            let hub = UInt32(3 * k)
            edges += [(hub, hub + 1), (hub, hub + 2), (hub + 1, hub + 3), (hub + 2, hub + 3)]
        }
        let g = CSRGraph(nodeCount: 121, edges: edges)
        let result = g.shortestUndirectedPaths(from: 0, to: 120, limit: 3)
        #expect(result.length == 80)
        #expect(result.isTruncated)
        #expect(result.paths.count == 3)
        // Lexicographic order: the last diamonds switch first.
        #expect(result.paths[0][78...] == [117, 118, 120])
        #expect(result.paths[1][78...] == [117, 119, 120])
        #expect(result.paths[2][76...] == [114, 116, 117, 118, 120])
    }

    @Test("lists the same paths as brute force, in lexicographic order", arguments: [1, 2, 3, 4] as [UInt64])
    func bruteForce(seed: UInt64) {
        let g = RandomGraphs.directed(nodeCount: 30, edgeCount: 45, seed: seed)
        let r = g.reversed()
        for (start, goal) in [(0, 29), (3, 17), (5, 5), (11, 22)] {
            let expected = Self.allShortestPaths(g, from: start, to: goal)
            let found = g.shortestUndirectedPaths(from: start, to: goal, limit: 1_000, reversed: r)
            #expect(found.paths == expected)
            #expect(found.length == expected.first.map { $0.count - 1 })
            let two = g.shortestUndirectedPaths(from: start, to: goal, limit: 2, reversed: r)
            #expect(two.paths == Array(expected.prefix(2)))
            #expect(two.isTruncated == (expected.count > 2))
        }
    }

    /// Every simple path of minimal length by exhaustive search, sorted.
    static func allShortestPaths(_ g: CSRGraph, from start: Int, to goal: Int) -> [[UInt32]] {
        let r = g.reversed()
        func adjacent(_ v: Int) -> [Int] {
            Array(Set((Array(g.neighbors(of: v)) + Array(r.neighbors(of: v))).map { Int($0) })).sorted()
        }
        var best = [[UInt32]]()
        var frontier = [[start]]
        while !frontier.isEmpty && best.isEmpty {
            var next = [[Int]]()
            for path in frontier {
                if path.last == goal { best.append(path.map { UInt32($0) }); continue }
                for v in adjacent(path.last!) where !path.contains(v) { next.append(path + [v]) }
            }
            frontier = best.isEmpty ? next : []
        }
        return best.sorted { $0.lexicographicallyPrecedes($1) }
    }
}
