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

/// Keeps a hand-made buffer allocated while a borrowing ``CSRArray`` lives.
private final class BufferOwner: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<UInt32>

    init(_ values: [UInt32]) {
        buffer = .allocate(capacity: values.count)
        _ = buffer.initialize(from: values)
    }

    deinit { buffer.deallocate() }
}

@Suite("CSRArray")
struct CSRArrayTests {
    static func borrowed(_ values: [UInt32]) -> CSRArray {
        let owner = BufferOwner(values)
        return CSRArray(borrowing: UnsafeBufferPointer(owner.buffer), owner: owner)
    }

    @Test("borrowed storage reads and compares like an array")
    func borrowedLikeArray() {
        let values: [UInt32] = [4, 0, 7, 7, 1]
        let borrowed = Self.borrowed(values)
        #expect(borrowed.isBorrowed && !CSRArray(values).isBorrowed)
        #expect(borrowed == CSRArray(values) && borrowed == [4, 0, 7, 7, 1])
        #expect(borrowed != [4, 0, 7, 7] && borrowed != [4, 0, 7, 7, 2])
        #expect(Array(borrowed) == values && borrowed.count == 5 && borrowed[2] == 7)
        #expect(borrowed.withUnsafeBufferPointer { Array($0) } == values)
        #expect(Array(borrowed[1..<3]) == [0, 7])
    }

    @Test("a graph over borrowed storage gives the same results as over arrays", arguments: [1, 2] as [UInt64])
    func graphOverBorrowedStorage(seed: UInt64) {
        let g = RandomGraphs.directed(nodeCount: 60, edgeCount: 400, seed: seed)
        let view = CSRGraph(nodeCount: g.nodeCount, offsets: Self.borrowed(Array(g.offsets)),
                            targets: Self.borrowed(Array(g.targets)))
        #expect(view.offsets.isBorrowed && view == g)
        #expect(view.reversed() == g.reversed())
        #expect(view.stronglyConnectedComponents() == g.stronglyConnectedComponents())
        #expect(view.pageRank().scores == g.pageRank().scores)
        #expect(view.pageRank(options: PageRankOptions(method: .power)).scores
                == g.pageRank(options: PageRankOptions(method: .power)).scores)
        for v in 0..<g.nodeCount { #expect(Array(view.neighbors(of: v)) == Array(g.neighbors(of: v))) }
    }
}
