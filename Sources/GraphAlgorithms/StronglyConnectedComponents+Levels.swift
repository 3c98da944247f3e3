extension CSRGraph {
    /// `condensationOrder()` helped by levels that never rise along an edge, such as publication
    /// years on citations (citing → cited): the components are searched among the edges within
    /// one level only, and the levels, highest first, order the rest.
    ///
    /// Every cycle lies within one level, so the components of the edges within levels (see
    /// `sameLevelEdges(_:)`) are those of the graph; numbering them by level from the highest
    /// down, and by their own order inside a level, sends every edge forward. On shuffled ids this
    /// replaces Kahn's walk over all edges, whose every step is a cache miss, with one pass over
    /// the rows in order and a search over the few edges within a year. When some edge rises, all
    /// levels are equal, or ids already run one way along every edge, this is `condensationOrder()`.
    ///
    ///     2 ──▶ 0 ──▶ 1      levels [2000, 2000, 2010]: within 2000: 0 → 1; order 2, 0, 1
    ///
    /// The partition is the graph's strongly connected components; the numbering is a topological
    /// order of them, not necessarily the one of `condensationOrder()`. Every consumer of
    /// `condensationOrder()` accepts it, with the same results (the exact PageRank solves each
    /// component from final upstream values whatever the order).
    ///
    /// - Parameter levels: One level per node, never lower at an edge's tail than at its head.
    /// - Returns: Components with `componentOf[u] < componentOf[v]` for every edge `u → v`
    ///   between different components, members ascending inside each.
    /// - Complexity: O(V + E) time, O(V) extra space plus the edges within levels.
    public func condensationOrder(levels: [Int]) -> StronglyConnectedComponents {
        precondition(levels.count == nodeCount, "levels needs one entry per node")
        if let direction = uniformEdgeDirection() { return idOrder(direction) }
        let dense = Self.denseLevels(levels)
        let top = dense.max() ?? 0
        // One level (no years at all): every edge is within it, and a copy of them all would search the same graph.
        guard top > 0 else { return condensationOrder() }
        // Flipped so that "never rises" reads as "never falls".
        guard let within = sameLevelEdges(dense.map { top &- $0 }) else { return condensationOrder() }
        let inner = within.condensationOrder()
        // A counting sort of the inner components by level, highest first, stable in the inner order.
        let levelCount = Int(top) + 1
        func slot(_ c: Int) -> Int { Int(top &- dense[Int(inner.members[Int(inner.offsets[c])])]) }
        var start = [Int](repeating: 0, count: levelCount + 1)
        for c in 0..<inner.componentCount { start[slot(c) + 1] += 1 }
        for l in 0..<levelCount { start[l + 1] += start[l] }
        if inner.nontrivialComponents.isEmpty {
            var order = [UInt32](repeating: 0, count: nodeCount)
            for v in inner.members {
                let l = Int(top &- dense[Int(v)])
                order[start[l]] = v
                start[l] += 1
            }
            return StronglyConnectedComponents(topologicalOrder: order)
        }
        var number = [UInt32](repeating: 0, count: inner.componentCount)
        for c in 0..<inner.componentCount {
            let l = slot(c)
            number[c] = UInt32(truncatingIfNeeded: start[l])
            start[l] += 1
        }
        return StronglyConnectedComponents(componentOf: inner.componentOf.map { number[Int($0)] },
                                           componentCount: inner.componentCount)
    }
}
