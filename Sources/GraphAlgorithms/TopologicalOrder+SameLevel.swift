extension CSRGraph {
    /// The edges `u → v` with `levels[u] == levels[v]` (self-loops included), or `nil` when some
    /// edge runs to a lower level.
    ///
    /// When every edge keeps or raises the level, a Kahn order that takes the lowest free level
    /// first emits each level whole before the next (a node of a lower level left over would have
    /// a free ancestor of a level no higher), so the edges between levels are always satisfied
    /// and the order within a level depends on the edges inside it alone: Kahn's algorithm on
    /// these edges gives the same order as on all of them, with far fewer waiting counts to touch.
    ///
    ///     0 ──▶ 1 ──▶ 2      levels [1, 1, 2]: kept 0 → 1; with levels [1, 2, 1]: nil (1 → 2 falls)
    ///
    /// - Parameter levels: One level per node.
    /// - Complexity: O(V + E) time, one pass over the rows in order; O(V) space plus the kept edges.
    func sameLevelEdges(_ levels: [UInt32]) -> CSRGraph? {
        precondition(levels.count == nodeCount, "levels needs one entry per node")
        var rowEnds = [UInt32](repeating: 0, count: nodeCount + 1)
        var kept: [UInt32] = []
        let rising = offsets.withUnsafeBufferPointer { rowStart in
            targets.withUnsafeBufferPointer { heads in
                levels.withUnsafeBufferPointer { level in
                    for u in 0..<nodeCount {
                        let lu = level[u]
                        for e in Int(rowStart[u])..<Int(rowStart[u + 1]) {
                            let v = heads[e], lv = level[Int(v)]
                            if lv < lu { return false }
                            if lv == lu { kept.append(v) }
                        }
                        rowEnds[u + 1] = UInt32(truncatingIfNeeded: kept.count)
                    }
                    return true
                }
            }
        }
        return rising ? CSRGraph(nodeCount: nodeCount, offsets: rowEnds, targets: kept) : nil
    }
}
