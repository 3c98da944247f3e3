/// The queue of the priority Kahn loop in `CSRGraph.topologicalOrder(levels:weights:components:)`:
/// items come out lowest level first, then smallest (for a ``KeyedNode``: key, then node).
///
/// One bucket per level. Items that arrive before their level is first reached are only appended;
/// when the level becomes the lowest non-empty one they are sorted once into a run that is read
/// front to back. Items that arrive after that (freed while their level is being read) go to a
/// binary heap beside the run, and each pop takes the smaller of the run's head and the heap's
/// top. A binary heap of the non-empty levels picks the level. In a reading order most papers of
/// a year are free before the year is reached, so the heap beside the run stays small and one
/// sort replaces a heap pop per paper.
///
///     insert (5, level 1), (3, level 1), (9, level 0)
///     popMin → 9 (level 0); level 1's run is sorted: [3, 5]
///     insert (4, level 1)   (late: to the heap beside the run)
///     popMin → 3, 4, 5
///
/// - Complexity: `insert` O(1) amortized before its level is reached, O(log h) after, h being the
///   size of the heap beside the run; `popMin` O(log h + log L) for L non-empty levels, plus the
///   one sort of each run, O(r log r) for r items.
struct LevelQueue<Item: Comparable> {
    private var buckets: [Bucket]
    /// The levels whose bucket is non-empty, each once.
    private var levels = BinaryHeap<Int>()

    /// A queue for levels `0 ..< levelCount`.
    init(levelCount: Int) {
        buckets = [Bucket](repeating: Bucket(), count: levelCount)
    }

    var isEmpty: Bool { levels.isEmpty }

    mutating func insert(_ item: Item, level: Int) {
        if buckets[level].isEmpty { levels.insert(level) }
        buckets[level].insert(item)
    }

    /// Removes and returns the item of the lowest level with the smallest key, or `nil` when empty.
    mutating func popMin() -> Item? {
        guard let level = levels.min else { return nil }
        let item = buckets[level].popMin()
        if buckets[level].isEmpty { _ = levels.popMin() }
        return item
    }

    /// The items of one level: a run sorted when the level is first popped, and a heap of the
    /// items that arrived after that.
    private struct Bucket {
        var run: [Item] = []
        /// The first unread item of `run`.
        var next = 0
        var isSorted = false
        var late = BinaryHeap<Item>()

        var isEmpty: Bool { next == run.count && late.isEmpty }

        mutating func insert(_ item: Item) {
            if isSorted { late.insert(item) } else { run.append(item) }
        }

        /// - Precondition: the bucket is not empty.
        mutating func popMin() -> Item {
            if !isSorted {
                run.sort()
                isSorted = true
            }
            guard next < run.count, late.min.map({ run[next] < $0 }) ?? true else { return late.popMin()! }
            let item = run[next]
            next += 1
            if next == run.count {
                run = []
                next = 0
            }
            return item
        }
    }
}
