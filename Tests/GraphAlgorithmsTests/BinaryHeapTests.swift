import Testing
@testable import GraphAlgorithms
import TestSupport

@Suite("BinaryHeap")
struct BinaryHeapTests {
    @Test("pops in ascending order whether filled by insertion or heapified", arguments: [1, 2, 3] as [UInt64])
    func popsSorted(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let values = (0..<500).map { _ in Int.random(in: -50...50, using: &rng) }
        var inserted = BinaryHeap<Int>()
        for v in values { inserted.insert(v) }
        var heapified = BinaryHeap(values)
        #expect(inserted.count == values.count)
        #expect(inserted.min == values.min())
        var a = [Int](), b = [Int]()
        while let v = inserted.popMin() { a.append(v) }
        while let v = heapified.popMin() { b.append(v) }
        #expect(a == values.sorted())
        #expect(b == values.sorted())
        #expect(inserted.isEmpty && inserted.popMin() == nil)
    }

    @Test("orders keyed nodes by key, then by id")
    func keyedNodes() {
        var heap = BinaryHeap([KeyedNode(key: 2, node: 1), KeyedNode(key: 1, node: 9),
                               KeyedNode(key: 2, node: 0), KeyedNode(key: 1, node: 3)])
        var popped = [UInt32]()
        while let e = heap.popMin() { popped.append(e.node) }
        #expect(popped == [3, 9, 0, 1])
    }
}
