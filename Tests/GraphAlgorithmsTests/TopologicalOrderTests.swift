import Testing
import GraphAlgorithms
import TestSupport

@Suite("Topological order")
struct TopologicalOrderTests {
    @Test("matches the documented example")
    func documentedExample() {
        //  3 ──▶ 0 ──▶ 1 ◀─▶ 2     4
        let g = CSRGraph(nodeCount: 5, edges: [(3, 0), (0, 1), (1, 2), (2, 1)])
        let t = g.topologicalOrder(priority: [5, 1, 2, 9, 3])
        #expect(t.order == [4, 3, 0, 1, 2])
        #expect(t.groupOf == [-1, 0, 0, -1, -1])
        #expect(t.cyclicGroups == [[1, 2]])
        #expect(!t.isAcyclic)
        #expect(t.position == [2, 3, 4, 1, 0])
    }

    @Test("takes the smallest priority among free nodes, then the smallest id")
    func priorities() {
        //  0 ──▶ 2    1 ──▶ 3
        let g = CSRGraph(nodeCount: 4, edges: [(0, 2), (1, 3)])
        #expect(g.topologicalOrder(priority: [10, 0, 0, 10]).order == [1, 0, 2, 3])
        #expect(g.topologicalOrder(priority: [0, 10, 0, 0]).order == [0, 2, 1, 3])
        #expect(g.topologicalOrder(priority: [0, 0, 0, 0]).order == [0, 1, 2, 3])
        #expect(g.topologicalOrder().order == [0, 1, 2, 3])
    }

    @Test("keys a cycle by its smallest member priority and sorts it by the second key")
    func cycleKeys() {
        //  0 ◀─▶ 1      2 (isolated)
        let g = CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 0)])
        let t = g.topologicalOrder(priority: [8, 1, 5], withinGroupPriority: [0, 7, 0])
        #expect(t.order == [0, 1, 2])
        let u = g.topologicalOrder(priority: [8, 1, 5], withinGroupPriority: [9, 7, 0])
        #expect(u.order == [1, 0, 2])
        #expect(u.cyclicGroups == [[1, 0]])
        let w = g.topologicalOrder(priority: [8, 6, 5])
        #expect(w.order == [2, 1, 0])
    }

    @Test("ignores self-loops")
    func selfLoops() {
        let g = CSRGraph(nodeCount: 2, edges: [(1, 1), (1, 0)])
        let t = g.topologicalOrder()
        #expect(t.order == [1, 0])
        #expect(t.isAcyclic)
    }

    @Test("respects every edge outside cyclic groups and is deterministic",
          arguments: [(1, false), (2, false), (3, true)] as [(UInt64, Bool)])
    func invariants(seed: UInt64, acyclic: Bool) {
        let g = acyclic
            ? RandomGraphs.acyclic(nodeCount: 400, edgeCount: 1_500, seed: seed)
            : RandomGraphs.directed(nodeCount: 400, edgeCount: 460, seed: seed, allowSelfLoops: true)
        var rng = SeededGenerator(seed: seed &+ 100)
        let priority = (0..<g.nodeCount).map { _ in Int.random(in: 0..<50, using: &rng) }
        let t = g.topologicalOrder(priority: priority)
        #expect(GraphPredicates.isTopologicalOrder(t.order, of: g, groups: t.groupOf))
        #expect(t.isAcyclic == acyclic)
        // Groups are consecutive in `order`, appear in order, and match the SCCs.
        let scc = g.stronglyConnectedComponents()
        #expect(t.cyclicGroups.count == scc.nontrivialComponents.count)
        let position = t.position
        for (i, group) in t.cyclicGroups.enumerated() {
            let start = position[Int(group[0])]
            #expect(Array(t.order[start..<start + group.count]) == group)
            #expect(group.allSatisfy { t.groupOf[Int($0)] == Int32(i) })
            #expect(Set(group.map { scc.componentOf[Int($0)] }).count == 1)
            if i > 0 { #expect(position[Int(t.cyclicGroups[i - 1][0])] < start) }
        }
        #expect(g.topologicalOrder(priority: priority) == t)
    }

    @Test("is greedy: each emitted node had the smallest key among the free ones", arguments: [5, 6] as [UInt64])
    func greedy(seed: UInt64) {
        let g = RandomGraphs.acyclic(nodeCount: 120, edgeCount: 200, seed: seed)
        var rng = SeededGenerator(seed: seed)
        let priority = (0..<g.nodeCount).map { _ in Int.random(in: 0..<1_000, using: &rng) }
        let order = g.topologicalOrder(priority: priority).order
        var waiting = [Int](repeating: 0, count: g.nodeCount)
        for (_, v) in g.edges { waiting[Int(v)] += 1 }
        var done = [Bool](repeating: false, count: g.nodeCount)
        for v in order {
            let free = (0..<g.nodeCount).filter { !done[$0] && waiting[$0] == 0 }
            let best = free.min { (priority[$0], $0) < (priority[$1], $1) }
            #expect(best == Int(v))
            done[Int(v)] = true
            for w in g.neighbors(of: Int(v)) { waiting[Int(w)] -= 1 }
        }
    }

    @Test("orders a 200k-node chain and keeps a 200k-node cycle as one group")
    func bigInputs() {
        let n = 200_000
        let chain = SimpleGraphs.path(nodeCount: n).topologicalOrder(priority: [Int](repeating: 0, count: n))
        #expect(chain.order.first == 0 && chain.order.last == UInt32(n - 1))
        #expect(chain.isAcyclic)
        let cycle = SimpleGraphs.path(nodeCount: n, closed: true)
            .topologicalOrder(priority: (0..<n).map { -$0 })
        #expect(cycle.cyclicGroups.count == 1)
        #expect(cycle.order.first == UInt32(n - 1) && cycle.order.last == 0)
    }
}
