import Testing
@testable import GraphAlgorithms
import TestSupport

@Suite("LevelQueue")
struct LevelQueueTests {
    @Test("sorts a level's run when reached; items freed later merge from the heap beside it")
    func handChecked() {
        var queue = LevelQueue<KeyedNode>(levelCount: 2)
        queue.insert(KeyedNode(key: 5, node: 0), level: 1)
        queue.insert(KeyedNode(key: 3, node: 1), level: 1)
        queue.insert(KeyedNode(key: 9, node: 2), level: 0)
        #expect(queue.popMin()?.node == 2)
        #expect(queue.popMin()?.node == 1)
        queue.insert(KeyedNode(key: 4, node: 3), level: 1)
        queue.insert(KeyedNode(key: 5, node: 4), level: 1)
        // A lower level freed while level 1 is being read comes first.
        queue.insert(KeyedNode(key: 7, node: 5), level: 0)
        var popped: [UInt32] = []
        while let item = queue.popMin() { popped.append(item.node) }
        #expect(popped == [5, 3, 0, 4])
        #expect(queue.isEmpty)
    }

    @Test("pops what a binary heap on (level, key, node) pops, inserts and pops interleaved",
          arguments: [UInt64(71), 72, 73, 74])
    func matchesHeap(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let levelCount = Int.random(in: 1...6, using: &rng)
        var queue = LevelQueue<KeyedNode>(levelCount: levelCount)
        var reference = BinaryHeap<Item>()
        var node: UInt32 = 0
        var popped: [UInt32] = [], expected: [UInt32] = []
        for _ in 0..<2_000 {
            if Int.random(in: 0..<5, using: &rng) < 3 {
                let item = Item(level: Int.random(in: 0..<levelCount, using: &rng), key: Int.random(in: -4...4, using: &rng),
                                node: node)
                node += 1
                queue.insert(KeyedNode(key: item.key, node: item.node), level: item.level)
                reference.insert(item)
            } else {
                #expect(queue.popMin()?.node == reference.popMin()?.node)
            }
        }
        while let item = queue.popMin() { popped.append(item.node) }
        while let item = reference.popMin() { expected.append(item.node) }
        #expect(popped == expected)
    }

    private struct Item: Comparable {
        var level: Int, key: Int, node: UInt32
        static func < (a: Item, b: Item) -> Bool { (a.level, a.key, a.node) < (b.level, b.key, b.node) }
    }
}
