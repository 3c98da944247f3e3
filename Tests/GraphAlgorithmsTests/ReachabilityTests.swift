import Testing
import GraphAlgorithms
import TestSupport

@Suite("Reachability")
struct ReachabilityTests {
    //  0 ──▶ 1 ──▶ 2
    //  │
    //  └───▶ 3 ──▶ 4
    static let example = CSRGraph(nodeCount: 5, edges: [(0, 1), (1, 2), (0, 3), (3, 4)])
    static let readPapers = [false, true, false, false, false]

    @Test("follows every edge when nothing is blocked")
    func unblocked() {
        let r = Self.example.reachable(from: [0])
        #expect(r.nodes == [0, 1, 2, 3, 4])
        #expect(r.distance == [0, 1, 2, 1, 2])
        #expect(r.path(to: 2) == [0, 1, 2])
        #expect(r.path(to: 0) == [0])
        #expect(Self.example.reachable(from: [3]).nodes == [3, 4])
    }

    @Test("skips blocked nodes and what lies only behind them")
    func excludeBlocked() {
        let r = Self.example.reachable(from: [0], options: .init(blocked: Self.readPapers))
        #expect(r.nodes == [0, 3, 4])
        #expect(!r.contains(1) && !r.contains(2))
        #expect(r.path(to: 2).isEmpty)
        #expect(r.parent[1] == Reachability.noParent)
    }

    @Test("reports blocked nodes without expanding them when asked")
    func reportBlocked() {
        let options = ReachabilityOptions(blocked: Self.readPapers, blockedHandling: .includeWithoutExpanding)
        let r = Self.example.reachable(from: [0], options: options)
        #expect(r.nodes == [0, 1, 3, 4])
        #expect(r.path(to: 1) == [0, 1])
    }

    @Test("still reaches a node through another route when one route is blocked")
    func otherRoute() {
        //  0 ──▶ 1 ──▶ 2
        //  └─────────▶ 2
        let g = CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (0, 2)])
        let r = g.reachable(from: [0], options: .init(blocked: [false, true, false], includeSources: false))
        #expect(r.nodes == [2])
    }

    @Test("always expands sources, even blocked ones, and ignores repeated sources")
    func sources() {
        let blocked = [true, true, false, false, false]
        let r = Self.example.reachable(from: [1, 0, 1], options: .init(blocked: blocked))
        #expect(r.nodes == [0, 1, 2, 3, 4])
        #expect(r.parent[2] == 1)
        #expect(r.parent[0] == Reachability.noParent && r.parent[1] == Reachability.noParent)
        #expect(Self.example.reachable(from: []).nodes.isEmpty)
    }

    @Test("stops at the depth limit: nodes at the limit are reached, nothing beyond", arguments: [
        (0, [0] as [UInt32], [0, -1, -1, -1, -1] as [Int32]),
        (1, [0, 1, 3], [0, 1, -1, 1, -1]),
        (2, [0, 1, 2, 3, 4], [0, 1, 2, 1, 2]),
        (9, [0, 1, 2, 3, 4], [0, 1, 2, 1, 2]),
    ])
    func depthLimit(depth: Int, nodes: [UInt32], distance: [Int32]) {
        let r = Self.example.reachable(from: [0], options: .init(maxDepth: depth))
        #expect(r.nodes == nodes)
        #expect(r.distance == distance)
    }

    @Test("the depth limit counts from the nearest source and combines with blocking")
    func depthLimitWithSourcesAndBlocking() {
        //  0 ──▶ 1 ──▶ 2 ──▶ 3 ──▶ 4 ──▶ 5
        let chain = CSRGraph(nodeCount: 6, edges: [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)])
        #expect(chain.reachable(from: [0, 3], options: .init(maxDepth: 1)).nodes == [0, 1, 3, 4])
        let blocked = [false, false, true, false, false, false]
        let options = ReachabilityOptions(blocked: blocked, blockedHandling: .includeWithoutExpanding, maxDepth: 3)
        #expect(chain.reachable(from: [0], options: options).nodes == [0, 1, 2])
        #expect(chain.reachable(from: [0], options: .init(includeSources: false, maxDepth: 2)).nodes == [1, 2])
    }

    @Test("searches several edge sets at once: a graph and its reverse give the undirected neighbourhood")
    func alongSeveralGraphs() {
        //  0 ──▶ 1 ◀── 2 ──▶ 3      and a second edge set 4 ──▶ 0
        let g = CSRGraph(nodeCount: 5, edges: [(0, 1), (2, 1), (2, 3)])
        let extra = CSRGraph(nodeCount: 5, edges: [(4, 0)])
        let undirected = [g, g.reversed(), extra, extra.reversed()]
        let one = CSRGraph.reachable(from: [0], along: undirected, options: .init(maxDepth: 1))
        #expect(one.nodes == [0, 1, 4])
        let two = CSRGraph.reachable(from: [0], along: undirected, options: .init(maxDepth: 2))
        #expect(two.nodes == [0, 1, 2, 4])
        #expect(two.distance == [0, 1, 2, -1, 1])
        #expect(two.path(to: 2) == [0, 1, 2])
        #expect(CSRGraph.reachable(from: [0], along: undirected).nodes == [0, 1, 2, 3, 4])
        #expect(CSRGraph.reachable(from: [0], along: [g]) == g.reachable(from: [0]))
    }

    @Test("finds exactly the nodes a plain search finds, at breadth-first distances",
          arguments: [1, 2, 3] as [UInt64])
    func agreesWithSearch(seed: UInt64) {
        let g = RandomGraphs.directed(nodeCount: 300, edgeCount: 450, seed: seed)
        var rng = SeededGenerator(seed: seed)
        let blocked = (0..<g.nodeCount).map { _ in Int.random(in: 0..<5, using: &rng) == 0 }
        let sources: [UInt32] = [0, 17, 42]
        let r = g.reachable(from: sources, options: .init(blocked: blocked))
        // Reference: repeated relaxation, no queue order involved.
        var expected = [Int32](repeating: -1, count: g.nodeCount)
        for s in sources { expected[Int(s)] = 0 }
        var changed = true
        while changed {
            changed = false
            for (u, v) in g.edges where expected[Int(u)] >= 0 && !blocked[Int(v)] {
                let isSource = sources.contains(u)
                guard isSource || !blocked[Int(u)] else { continue }
                if expected[Int(v)] < 0 || expected[Int(u)] + 1 < expected[Int(v)] {
                    expected[Int(v)] = expected[Int(u)] + 1
                    changed = true
                }
            }
        }
        #expect(r.distance == expected)
        let limited = g.reachable(from: sources, options: .init(blocked: blocked, maxDepth: 2))
        #expect(limited.distance == expected.map { $0 <= 2 ? $0 : -1 })
        #expect(r.nodes == (0..<g.nodeCount).filter { expected[$0] >= 0 }.map { UInt32($0) })
        for v in r.nodes {
            let path = r.path(to: Int(v))
            #expect(path.count == Int(expected[Int(v)]) + 1)
            for (a, b) in zip(path, path.dropFirst()) { #expect(g.hasEdge(from: Int(a), to: Int(b))) }
        }
    }
}
