/// A binary min-heap in a flat array: the smallest element comes out first.
///
/// Equal elements come out in an unspecified order, so callers that need determinism give
/// elements a total order (for example priority, then node id; see `KeyedNode`).
///
///     var heap = BinaryHeap<Int>()
///     heap.insert(3); heap.insert(1); heap.insert(2)
///     heap.popMin()   // 1
///
/// - Complexity: `insert` and `popMin` are O(log n); `min` and `count` are O(1).
struct BinaryHeap<Element: Comparable> {
    private(set) var storage: [Element] = []

    init() {}

    /// Creates a heap holding `elements`, heapified bottom-up in O(n).
    init(_ elements: [Element]) {
        storage = elements
        var i = storage.count / 2
        while i > 0 {
            i -= 1
            siftDown(from: i)
        }
    }

    var count: Int { storage.count }
    var isEmpty: Bool { storage.isEmpty }
    var min: Element? { storage.first }

    mutating func reserveCapacity(_ n: Int) { storage.reserveCapacity(n) }

    mutating func insert(_ element: Element) {
        storage.append(element)
        var child = storage.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard storage[child] < storage[parent] else { break }
            storage.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the smallest element, or `nil` when the heap is empty.
    mutating func popMin() -> Element? {
        guard let last = storage.popLast() else { return nil }
        guard !storage.isEmpty else { return last }
        let top = storage[0]
        storage[0] = last
        siftDown(from: 0)
        return top
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        let n = storage.count
        while true {
            let left = 2 * parent + 1
            guard left < n else { return }
            var smallest = left
            if left + 1 < n && storage[left + 1] < storage[left] { smallest = left + 1 }
            guard storage[smallest] < storage[parent] else { return }
            storage.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

/// A node with an integer key, ordered by key and then by node id, so heaps of them pop in one
/// deterministic order.
struct KeyedNode: Comparable {
    var key: Int
    var node: UInt32

    static func < (a: KeyedNode, b: KeyedNode) -> Bool {
        a.key != b.key ? a.key < b.key : a.node < b.node
    }
}
