extension CSRGraph {
    /// Orders the nodes so that every edge `u → v` has `u` before `v`, and among free nodes takes
    /// the lowest `level` first, then the largest `weight`, then the smallest id; cycles are kept
    /// together as in `topologicalOrder(priority:withinGroupPriority:)`.
    ///
    /// This is Kahn's algorithm on the condensation with a bucket queue: one bucket per distinct
    /// level (levels are few, such as publication years), each a binary heap on (weight, id), and
    /// a small heap of the non-empty levels. No global sort of the nodes is needed. A cyclic
    /// component enters the queue as one item with the key of its best member (lowest level, then
    /// largest weight, then smallest id) and its members come out together in that key's order.
    /// Self-loops are ignored.
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
    ///   - components: `condensationOrder()` or `stronglyConnectedComponents()` of this graph, when
    ///     the caller has them; found otherwise.
    /// - Returns: The order, each node's cyclic group, and the groups.
    /// - Complexity: O(V + E + V log b) time, b being the largest number of nodes free at once
    ///   within one level, plus O(L log L) for L distinct levels; O(V) extra space.
    ///
    /// Reference: A. B. Kahn, "Topological sorting of large networks", Communications of the ACM
    /// 5(11), 1962, <https://doi.org/10.1145/368996.369025>.
    public func topologicalOrder(levels: [Int], weights: [Double],
                                 components: StronglyConnectedComponents? = nil) -> TopologicalOrder {
        precondition(levels.count == nodeCount && weights.count == nodeCount, "levels and weights need one entry per node")
        precondition(weights.allSatisfy { $0 >= 0 && $0.isFinite }, "weights must be finite and non-negative")
        let scc = components ?? condensationOrder()
        precondition(scc.componentOf.count == nodeCount, "components must come from this graph")
        let level = Self.denseLevels(levels)
        let levelCount = (level.max().map { Int($0) } ?? -1) + 1
        let componentOf = scc.componentOf, componentStart = scc.offsets, members = scc.members
        // Heavier first, then smaller id: the bit pattern of a non-negative double grows with it.
        let weightKey = weights.map { -Int(truncatingIfNeeded: $0.bitPattern) }
        func before(_ a: UInt32, _ b: UInt32) -> Bool {
            let la = level[Int(a)], lb = level[Int(b)]
            if la != lb { return la < lb }
            let ka = weightKey[Int(a)], kb = weightKey[Int(b)]
            return ka != kb ? ka < kb : a < b
        }

        var waiting = [UInt32](repeating: 0, count: scc.componentCount)
        offsets.withUnsafeBufferPointer { rowStart in
            targets.withUnsafeBufferPointer { heads in
                componentOf.withUnsafeBufferPointer { componentOf in
                    waiting.withUnsafeMutableBufferPointer { waiting in
                        for u in 0..<nodeCount {
                            let cu = componentOf[u]
                            for e in Int(rowStart[u])..<Int(rowStart[u + 1]) {
                                let cv = componentOf[Int(heads[e])]
                                if cv != cu { waiting[Int(cv)] &+= 1 }
                            }
                        }
                    }
                }
            }
        }

        var buckets = [BinaryHeap<KeyedNode>](repeating: BinaryHeap(), count: levelCount)
        var levelQueue = BinaryHeap<Int>()
        // The best member represents its component in the queue.
        func enqueue(_ c: Int) {
            let first = Int(componentStart[c]), end = Int(componentStart[c + 1])
            var best = members[first]
            for i in (first + 1)..<max(end, first + 1) where before(members[i], best) { best = members[i] }
            let l = Int(level[Int(best)])
            if buckets[l].isEmpty { levelQueue.insert(l) }
            buckets[l].insert(KeyedNode(key: weightKey[Int(best)], node: best))
        }
        for c in 0..<scc.componentCount where waiting[c] == 0 { enqueue(c) }

        var order = [UInt32]()
        order.reserveCapacity(nodeCount)
        var groupOf = [Int32](repeating: -1, count: nodeCount)
        var cyclicGroups = [[UInt32]]()
        while let l = levelQueue.min {
            let top = buckets[l].popMin()!
            if buckets[l].isEmpty { _ = levelQueue.popMin() }
            let c = Int(componentOf[Int(top.node)])
            let start = order.count
            if componentStart[c + 1] &- componentStart[c] == 1 {
                order.append(top.node)
            } else {
                let group = scc.members(of: c).sorted(by: before)
                for v in group { groupOf[Int(v)] = Int32(cyclicGroups.count) }
                cyclicGroups.append(group)
                order.append(contentsOf: group)
            }
            for i in start..<order.count {
                let u = Int(order[i])
                for e in Int(offsets[u])..<Int(offsets[u + 1]) {
                    let cv = Int(componentOf[Int(targets[e])])
                    guard cv != c else { continue }
                    waiting[cv] &-= 1
                    if waiting[cv] == 0 { enqueue(cv) }
                }
            }
        }
        assert(order.count == nodeCount, "the condensation is acyclic, so Kahn's algorithm drains it")
        return TopologicalOrder(order: order, groupOf: groupOf, cyclicGroups: cyclicGroups)
    }

    /// `levels` renumbered `0, 1, ...` in the order of their distinct values: by offset when they
    /// span a small range, by a sort of the distinct values otherwise.
    ///
    /// - Complexity: O(V) for a range below 4V, else O(V log V).
    static func denseLevels(_ levels: [Int]) -> [UInt32] {
        guard let low = levels.min(), let high = levels.max() else { return [] }
        let (span, overflow) = high.subtractingReportingOverflow(low)
        if !overflow && span < 4 * levels.count + 64 {
            var used = [Bool](repeating: false, count: span + 1)
            for l in levels { used[l - low] = true }
            var rank = [UInt32](repeating: 0, count: span + 1)
            var next: UInt32 = 0
            for i in 0...span where used[i] { rank[i] = next; next += 1 }
            return levels.map { rank[$0 - low] }
        }
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
