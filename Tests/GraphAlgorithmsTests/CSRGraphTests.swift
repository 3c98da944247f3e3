import Testing
import GraphAlgorithms
import TestSupport

@Suite("CSRGraph")
struct CSRGraphTests {
    @Test("builds sorted rows from unsorted edges and drops duplicates")
    func buildsSortedRows() {
        let g = CSRGraph(nodeCount: 4, edges: [(2, 0), (0, 3), (0, 1), (0, 3), (3, 2)])
        #expect(g.offsets == [0, 2, 2, 3, 4])
        #expect(g.targets == [1, 3, 0, 2])
        #expect(g.edgeCount == 4)
        #expect(g.outDegree(of: 0) == 2)
        #expect(Array(g.neighbors(of: 1)).isEmpty)
        #expect(g.hasEdge(from: 0, to: 3))
        #expect(!g.hasEdge(from: 3, to: 0))
    }

    @Test("the tail of a row above a node: members or not, below, inside and past the row")
    func neighborsAbove() {
        let g = CSRGraph(nodeCount: 8, edges: [(0, 2), (0, 4), (0, 5), (0, 7)])
        #expect(Array(g.neighbors(of: 0, above: -1)) == [2, 4, 5, 7])
        #expect(Array(g.neighbors(of: 0, above: 1)) == [2, 4, 5, 7])
        #expect(Array(g.neighbors(of: 0, above: 2)) == [4, 5, 7])
        #expect(Array(g.neighbors(of: 0, above: 3)) == [4, 5, 7])
        #expect(Array(g.neighbors(of: 0, above: 5)) == [7])
        #expect(Array(g.neighbors(of: 0, above: 7)).isEmpty)
        #expect(Array(g.neighbors(of: 1, above: 0)).isEmpty)
    }

    @Test("keeps duplicates when asked")
    func keepsDuplicates() {
        let g = CSRGraph(nodeCount: 2, edges: [(0, 1), (0, 1)], deduplicate: false)
        #expect(g.targets == [1, 1])
    }

    @Test("reverse mirrors every edge", arguments: [1, 2, 3] as [UInt64])
    func reverseMirrors(seed: UInt64) {
        let g = RandomGraphs.directed(nodeCount: 50, edgeCount: 300, seed: seed)
        let r = g.reversed()
        #expect(r.edgeCount == g.edgeCount)
        for (s, d) in g.edges { #expect(r.hasEdge(from: Int(d), to: Int(s))) }
        #expect(r.reversed() == g)
        for v in 0..<r.nodeCount {
            let row = Array(r.neighbors(of: v))
            #expect(row == row.sorted())
        }
    }
}
