import Testing
import GraphAlgorithms
import TestSupport

@Suite("Weak components")
struct WeakComponentsTests {
    @Test("matches the documented example")
    func documentedExample() {
        //  0 ──▶ 1 ◀── 2      3 ──▶ 4      5
        let g = CSRGraph(nodeCount: 6, edges: [(0, 1), (2, 1), (3, 4)])
        let w = g.weakComponents()
        #expect(w.componentOf == [0, 0, 0, 1, 1, 2])
        #expect(w.sizes == [3, 2, 1])
        #expect(w.componentCount == 3)
        #expect(w.largestComponent == 0)
    }

    @Test("numbers components by their smallest node and breaks size ties by id")
    func numbering() {
        let g = CSRGraph(nodeCount: 4, edges: [(3, 1), (2, 0)])
        let w = g.weakComponents()
        #expect(w.componentOf == [0, 1, 0, 1])
        #expect(w.largestComponent == 0)
        #expect(CSRGraph(nodeCount: 0, edges: []).weakComponents().largestComponent == nil)
    }

    @Test("agrees with a search over both directions", arguments: [1, 2, 3] as [UInt64])
    func agreesWithSearch(seed: UInt64) {
        let g = RandomGraphs.directed(nodeCount: 500, edgeCount: 400, seed: seed, allowSelfLoops: true)
        let r = g.reversed()
        let w = g.weakComponents()
        var label = [Int](repeating: -1, count: g.nodeCount)
        var count = 0
        for s in 0..<g.nodeCount where label[s] < 0 {
            label[s] = count
            var stack = [s]
            while let v = stack.popLast() {
                for u in Array(g.neighbors(of: v)) + Array(r.neighbors(of: v)) where label[Int(u)] < 0 {
                    label[Int(u)] = count
                    stack.append(Int(u))
                }
            }
            count += 1
        }
        #expect(w.componentOf.map { Int($0) } == label)
        #expect(w.sizes.reduce(0, +) == g.nodeCount)
    }

    @Test("joins a 200k-node chain into one component")
    func bigChain() {
        let w = SimpleGraphs.path(nodeCount: 200_000).weakComponents()
        #expect(w.componentCount == 1)
        #expect(w.sizes == [200_000])
    }
}
