import Testing
import GraphAlgorithms
import TestSupport

@Suite("Strongly connected components")
struct StronglyConnectedComponentsTests {
    @Test("finds a cycle between a source and a sink, numbered in topological order")
    func handDrawn() {
        //  0 ──▶ 1 ──▶ 2 ──▶ 3
        //        ▲     │
        //        └─────┘
        let g = CSRGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 1), (2, 3)])
        let scc = g.stronglyConnectedComponents()
        #expect(scc.componentOf == [0, 1, 1, 2])
        #expect(scc.componentCount == 3)
        #expect(Array(scc.members(of: 1)) == [1, 2])
        #expect(scc.nontrivialComponents == [1])
        #expect(scc.largestComponentSize == 2)
        let condensed = scc.condensation(of: g)
        #expect(condensed.nodeCount == 3)
        #expect(condensed.edges.map { [$0.source, $0.destination] } == [[0, 1], [1, 2]])
    }

    @Test("does not count a self-loop as a nontrivial component")
    func selfLoop() {
        let g = CSRGraph(nodeCount: 3, edges: [(0, 0), (0, 1), (2, 1)])
        let scc = g.stronglyConnectedComponents()
        #expect(scc.componentCount == 3)
        #expect(scc.nontrivialComponents.isEmpty)
        #expect(scc.condensation(of: g).edgeCount == 2)
    }

    @Test("handles the empty graph and isolated nodes")
    func emptyAndIsolated() {
        #expect(CSRGraph(nodeCount: 0, edges: []).stronglyConnectedComponents().componentCount == 0)
        let scc = CSRGraph(nodeCount: 3, edges: []).stronglyConnectedComponents()
        #expect(scc.componentCount == 3)
        #expect(Set(scc.componentOf) == [0, 1, 2])
        #expect(scc.largestComponentSize == 1)
    }

    @Test("partitions every node once and sends every edge forward",
          arguments: [(1, false), (2, false), (3, true), (4, true)] as [(UInt64, Bool)])
    func partitionInvariants(seed: UInt64, selfLoops: Bool) {
        let g = RandomGraphs.directed(nodeCount: 300, edgeCount: 420, seed: seed, allowSelfLoops: selfLoops)
        let scc = g.stronglyConnectedComponents()
        #expect(GraphPredicates.isPermutation(scc.members, nodeCount: g.nodeCount))
        for c in 0..<scc.componentCount {
            let group = Array(scc.members(of: c))
            #expect(!group.isEmpty)
            #expect(group == group.sorted())
            #expect(group.allSatisfy { scc.componentOf[Int($0)] == c })
        }
        for (u, v) in g.edges {
            #expect(scc.componentOf[Int(u)] <= scc.componentOf[Int(v)])
        }
        // Mutual reachability inside components is checked by the next test.
        let condensed = scc.condensation(of: g)
        #expect(condensed.edges.allSatisfy { $0.source < $0.destination })
        #expect(g.stronglyConnectedComponents() == scc)
    }

    @Test("agrees with a reachability check on small random graphs", arguments: [7, 8, 9] as [UInt64])
    func agreesWithReachability(seed: UInt64) {
        let g = RandomGraphs.directed(nodeCount: 40, edgeCount: 60, seed: seed)
        let scc = g.stronglyConnectedComponents()
        var reaches = [[Bool]]()
        for s in 0..<g.nodeCount {
            var seen = [Bool](repeating: false, count: g.nodeCount)
            var stack = [s]
            seen[s] = true
            while let v = stack.popLast() {
                for w in g.neighbors(of: v) where !seen[Int(w)] { seen[Int(w)] = true; stack.append(Int(w)) }
            }
            reaches.append(seen)
        }
        for a in 0..<g.nodeCount {
            for b in 0..<g.nodeCount {
                let same = scc.componentOf[a] == scc.componentOf[b]
                #expect(same == (reaches[a][b] && reaches[b][a]))
            }
        }
    }

    @Test("walks a 200k-node chain and a 200k-node cycle without recursion")
    func bigInputs() {
        let n = 200_000
        let chain = SimpleGraphs.path(nodeCount: n).stronglyConnectedComponents()
        #expect(chain.componentCount == n)
        #expect(chain.componentOf.first == 0 && chain.componentOf.last == UInt32(n - 1))
        let cycle = SimpleGraphs.path(nodeCount: n, closed: true).stronglyConnectedComponents()
        #expect(cycle.componentCount == 1)
        #expect(cycle.nontrivialComponents == [0])
        #expect(cycle.largestComponentSize == n)
    }

    @Test("the condensation order peels the acyclic part and finds the same components as Tarjan",
          arguments: [(11, false), (13, true), (14, true)] as [(UInt64, Bool)])
    func condensationOrderMatchesTarjan(seed: UInt64, selfLoops: Bool) {
        // Sparse enough for a long acyclic fringe, dense enough for some cycles downstream of it.
        let g = RandomGraphs.directed(nodeCount: 300, edgeCount: 360, seed: seed, allowSelfLoops: selfLoops)
        let tarjan = g.stronglyConnectedComponents()
        let fast = g.condensationOrder()
        #expect(!tarjan.nontrivialComponents.isEmpty)
        Self.expectSameComponents(fast, tarjan, of: g)
    }

    @Test("with levels that never rise along an edge: the same components, searched within levels",
          arguments: [(21, false), (22, true), (23, true)] as [(UInt64, Bool)])
    func condensationOrderWithLevels(seed: UInt64, selfLoops: Bool) {
        let g = RandomGraphs.directed(nodeCount: 300, edgeCount: 360, seed: seed, allowSelfLoops: selfLoops)
        let tarjan = g.stronglyConnectedComponents()
        #expect(!tarjan.nontrivialComponents.isEmpty)
        // Years falling along the edges (citing → cited), ten components to a year.
        let years = tarjan.componentOf.map { 2025 - Int($0) / 10 }
        let fast = g.condensationOrder(levels: years)
        Self.expectSameComponents(fast, tarjan, of: g)
        // The exact PageRank gives the same bits along either order.
        let reversed = g.reversed()
        #expect(g.pageRank(options: .init(method: .exact), reversed: reversed, components: fast)
                == g.pageRank(options: .init(method: .exact), reversed: reversed))
        // A rising edge: the plain condensation order.
        var rising = years
        rising[Int(g.edges.first { $0.source != $0.destination && years[Int($0.source)] == years[Int($0.destination)] }!.destination)] += 1
        #expect(g.condensationOrder(levels: rising) == g.condensationOrder())
        // One level for every node (no years): the plain condensation order, with no copy of the edges.
        #expect(g.condensationOrder(levels: [Int](repeating: .max, count: g.nodeCount)) == g.condensationOrder())
        // Acyclic with ids out of order (no uniform direction): every node alone, edges forward.
        let dag = RandomGraphs.acyclic(nodeCount: 200, edgeCount: 500, seed: seed)
        let shuffle = (0..<UInt32(200)).map { ($0 &* 73) % 200 }
        let shuffled = CSRGraph(nodeCount: 200, edges: dag.edges.map { (shuffle[Int($0.source)], shuffle[Int($0.destination)]) })
        var dagYears = [Int](repeating: 0, count: 200)
        for v in 0..<200 { dagYears[Int(shuffle[v])] = 1990 + v / 25 }
        let order = shuffled.condensationOrder(levels: dagYears)
        #expect(order.componentCount == 200 && order.nontrivialComponents.isEmpty)
        #expect(GraphPredicates.isTopologicalOrder(order.members, of: shuffled))
    }

    /// `fast` partitions the nodes as `tarjan` does, members ascending, every edge forward.
    static func expectSameComponents(_ fast: StronglyConnectedComponents, _ tarjan: StronglyConnectedComponents,
                                     of g: CSRGraph) {
        #expect(fast.componentCount == tarjan.componentCount)
        #expect(GraphPredicates.isPermutation(fast.members, nodeCount: g.nodeCount))
        // The same partition: two nodes share a component in one exactly when they do in the other.
        var tarjanOfFast = [UInt32?](repeating: nil, count: fast.componentCount)
        for v in 0..<g.nodeCount {
            let c = Int(fast.componentOf[v])
            if tarjanOfFast[c] == nil { tarjanOfFast[c] = tarjan.componentOf[v] }
            #expect(tarjanOfFast[c] == tarjan.componentOf[v])
        }
        for c in 0..<fast.componentCount {
            let group = Array(fast.members(of: c))
            #expect(group == group.sorted() && group.allSatisfy { fast.componentOf[Int($0)] == c })
        }
        for (u, v) in g.edges { #expect(fast.componentOf[Int(u)] <= fast.componentOf[Int(v)]) }
        #expect(fast.nontrivialComponents.count == tarjan.nontrivialComponents.count)
    }

    @Test("the condensation order of a DAG is a topological order, of a cycle one component")
    func condensationOrderShapes() {
        let dag = CSRGraph(nodeCount: 5, edges: [(4, 2), (2, 0), (3, 0), (4, 1), (1, 1)])
        let order = dag.condensationOrder()
        #expect(order.componentCount == 5 && order.nontrivialComponents.isEmpty)
        // Sources 3 and 4 first (ascending), then breadth-first: 4's heads 1, 2, then 0.
        #expect(order.members == [3, 4, 1, 2, 0])
        #expect(GraphPredicates.isTopologicalOrder(order.members, of: dag))
        let cycle = SimpleGraphs.path(nodeCount: 1_000, closed: true).condensationOrder()
        #expect(cycle.componentCount == 1 && cycle.nontrivialComponents == [0])
        #expect(CSRGraph(nodeCount: 0, edges: []).condensationOrder().componentCount == 0)
    }
}
