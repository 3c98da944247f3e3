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
}
