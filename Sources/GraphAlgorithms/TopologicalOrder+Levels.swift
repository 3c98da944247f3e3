extension CSRGraph {
    /// Orders the nodes so that every edge `u → v` has `u` before `v`, and among free nodes takes
    /// the lowest `level` first, then the largest `weight`, then the smallest id; cycles are kept
    /// together as in `topologicalOrder(priority:withinGroupPriority:)`.
    ///
    /// This is Kahn's algorithm on the condensation with a bucket queue (``LevelQueue``): one
    /// bucket per distinct level (levels are few, such as publication years), sorted by (weight,
    /// id) once when the level is reached, with a heap beside it for nodes freed later, and a
    /// small heap of the non-empty levels. No global sort of the nodes is needed. A cyclic
    /// component enters the queue as one item with the key of its best member (lowest level, then
    /// largest weight, then smallest id) and its members come out together in that key's order.
    /// Self-loops are ignored.
    ///
    /// When no edge runs to a lower level (papers cite older work), every level is emitted before
    /// the next one starts, so an edge between two levels cannot change the order: the loop then
    /// follows only the edges within one level (see `sameLevelEdges(_:)`), which are few, and
    /// touches no waiting count for the others.
    ///
    /// With `level` = publication year and `weight` = PageRank on the reversed citation graph,
    /// this is a reading order that reads like a history: older work first, then more important.
    ///
    ///     0 ──▶ 2 ◀── 1     levels [2020, 2018, 2019], weights [0.1, 0.5, 0.4]
    ///                        order = [1, 0, 2]   (1 is older than 0; 2 waits for both)
    ///
    /// - Parameters:
    ///   - levels: One key per node; the lowest free level goes first. Any integers: they are
    ///     compressed to the distinct values.
    ///   - weights: One finite, non-negative weight per node; larger first within a level.
    ///   - components: `condensationOrder()`, `condensationOrder(levels:)` or
    ///     `stronglyConnectedComponents()` of this graph or of its reverse (only the partition is
    ///     used), when the caller has them; found otherwise.
    /// - Returns: The order, each node's cyclic group, and the groups.
    /// - Complexity: O(V + E + V log b) time, b being the largest number of nodes free at once
    ///   within one level, plus O(L log L) for L distinct levels; O(V + E) extra space (O(V) plus
    ///   the edges within levels when no edge runs to a lower level).
    ///
    /// Reference: A. B. Kahn, "Topological sorting of large networks", Communications of the ACM
    /// 5(11), 1962, <https://doi.org/10.1145/368996.369025>.
    public func topologicalOrder(levels: [Int], weights: [Double],
                                 components: StronglyConnectedComponents? = nil) -> TopologicalOrder {
        precondition(levels.count == nodeCount && weights.count == nodeCount, "levels and weights need one entry per node")
        precondition(weights.allSatisfy { $0 >= 0 && $0.isFinite }, "weights must be finite and non-negative")
        let scc = components ?? condensationOrder()
        precondition(scc.componentOf.count == nodeCount, "components must come from this graph")
        let n = nodeCount
        let dense = Self.denseLevels(levels)
        let levelCount = (dense.max().map { Int($0) } ?? -1) + 1
        // Level and weight side by side, so taking a node's key reads one place. Heavier first,
        // then smaller id: the bit pattern of a non-negative double grows with it.
        let key = (0..<n).map { LevelKey(level: dense[$0], weight: -Int(truncatingIfNeeded: weights[$0].bitPattern)) }
        func before(_ a: UInt32, _ b: UInt32) -> Bool {
            let ka = key[Int(a)], kb = key[Int(b)]
            if ka.level != kb.level { return ka.level < kb.level }
            return ka.weight != kb.weight ? ka.weight < kb.weight : a < b
        }
        // A cyclic component is represented by its smallest member, which holds its count of
        // waiting in-edges; every other node represents itself, so an acyclic graph (the usual
        // case) needs no lookup of components at all.
        var representative: [UInt32] = []
        if !scc.nontrivialComponents.isEmpty {
            representative = (0..<n).map { UInt32(truncatingIfNeeded: $0) }
            for c in scc.nontrivialComponents {
                let group = scc.members(of: Int(c))
                for v in group { representative[Int(v)] = group.first! }
            }
        }
        let cyclic = !representative.isEmpty
        // The edges Kahn's loop follows: all, or only those within a level when that is enough.
        let edges = sameLevelEdges(dense) ?? self

        var waiting = [UInt32](repeating: 0, count: n)
        edges.offsets.withUnsafeBufferPointer { rowStart in
            edges.targets.withUnsafeBufferPointer { heads in
                representative.withUnsafeBufferPointer { representative in
                    waiting.withUnsafeMutableBufferPointer { waiting in
                        for u in 0..<n {
                            let ru = cyclic ? Int(representative[u]) : u
                            for e in Int(rowStart[u])..<Int(rowStart[u + 1]) {
                                let rv = cyclic ? Int(representative[Int(heads[e])]) : Int(heads[e])
                                if rv != ru { waiting[rv] &+= 1 }
                            }
                        }
                    }
                }
            }
        }

        var queue = LevelQueue<FreeNode>(levelCount: levelCount)
        // The best member represents its component in the queue.
        func enqueue(_ r: Int) {
            var best = UInt32(truncatingIfNeeded: r)
            if cyclic {
                for v in scc.members(of: Int(scc.componentOf[r])).dropFirst() where before(v, best) { best = v }
            }
            let k = key[Int(best)]
            let hasEdges = edges.offsets[Int(best)] != edges.offsets[Int(best) + 1]
            queue.insert(FreeNode(key: k.weight, node: best, hasEdges: hasEdges), level: Int(k.level))
        }
        for v in 0..<n where waiting[v] == 0 && (!cyclic || representative[v] == v) { enqueue(v) }

        var order = [UInt32]()
        order.reserveCapacity(n)
        var groupOf = [Int32](repeating: -1, count: n)
        var cyclicGroups = [[UInt32]]()
        while let top = queue.popMin() {
            let start = order.count
            let r = cyclic ? Int(representative[Int(top.node)]) : Int(top.node)
            let c = cyclic ? Int(scc.componentOf[r]) : 0
            if !cyclic || scc.size(of: c) == 1 {
                order.append(top.node)
                guard top.hasEdges else { continue }
            } else {
                let group = scc.members(of: c).sorted(by: before)
                for v in group { groupOf[Int(v)] = Int32(cyclicGroups.count) }
                cyclicGroups.append(group)
                order.append(contentsOf: group)
            }
            edges.offsets.withUnsafeBufferPointer { rowStart in
                edges.targets.withUnsafeBufferPointer { heads in
                    for i in start..<order.count {
                        let u = Int(order[i])
                        for e in Int(rowStart[u])..<Int(rowStart[u + 1]) {
                            let rv = cyclic ? Int(representative[Int(heads[e])]) : Int(heads[e])
                            guard rv != r else { continue }
                            waiting[rv] &-= 1
                            if waiting[rv] == 0 { enqueue(rv) }
                        }
                    }
                }
            }
        }
        assert(order.count == nodeCount, "the condensation is acyclic, so Kahn's algorithm drains it")
        return TopologicalOrder(order: order, groupOf: groupOf, cyclicGroups: cyclicGroups)
    }

    /// `levels` renumbered `0, 1, ...` in the order of their distinct values. Values that lie in a
    /// window of 2V + 64 above the smallest or below the largest (years, and `Int.max` for an
    /// unknown year, as the reading order passes them) are ranked by a table indexed by offset;
    /// only when some value lies between the two windows are the distinct values sorted.
    ///
    /// - Complexity: O(V) time and space when the values lie in the two windows, else O(V log V).
    static func denseLevels(_ levels: [Int]) -> [UInt32] {
        guard let low = levels.min(), let high = levels.max() else { return [] }
        let window = 2 * levels.count + 64
        let (span, overflow) = high.subtractingReportingOverflow(low)
        let single = !overflow && span < 2 * window
        // A value's slot in a table of 2 * window: its offset above `low`, or for the upper window
        // its place counted back from the table's end; ascending values keep ascending slots.
        func slot(_ l: Int) -> Int? {
            let (above, aboveOverflow) = l.subtractingReportingOverflow(low)
            if single || (!aboveOverflow && above < window) { return above }
            let (below, belowOverflow) = high.subtractingReportingOverflow(l)
            return !belowOverflow && below < window ? 2 * window - 1 - below : nil
        }
        var used = [Bool](repeating: false, count: 2 * window)
        for l in levels {
            guard let s = slot(l) else { return sortedLevels(levels) }
            used[s] = true
        }
        var rank = [UInt32](repeating: 0, count: 2 * window)
        var next: UInt32 = 0
        for i in used.indices where used[i] { rank[i] = next; next += 1 }
        return levels.map { rank[slot($0)!] }
    }

    /// `levels` renumbered by a sort of their distinct values: the fallback of `denseLevels`.
    ///
    /// - Complexity: O(V log V).
    private static func sortedLevels(_ levels: [Int]) -> [UInt32] {
        let distinct = Array(Set(levels)).sorted()
        return levels.map { l in
            var lowIndex = 0, highIndex = distinct.count
            while lowIndex < highIndex {
                let mid = (lowIndex + highIndex) / 2
                if distinct[mid] < l { lowIndex = mid + 1 } else { highIndex = mid }
            }
            return UInt32(lowIndex)
        }
    }
}

/// A free node in the queue, ordered by weight key, then id. Whether its row has edges to follow
/// is read when it is freed (for most nodes in a pass over the rows in order), so that taking a
/// node without any, the usual case when only edges within a level are followed, reads no row.
private struct FreeNode: Comparable {
    var key: Int
    var node: UInt32
    var hasEdges: Bool

    static func < (a: FreeNode, b: FreeNode) -> Bool {
        a.key != b.key ? a.key < b.key : a.node < b.node
    }
}

/// A node's level and weight key, read together.
private struct LevelKey {
    var level: UInt32
    var weight: Int
}
