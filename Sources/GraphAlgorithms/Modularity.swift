extension WeightedGraph {
    /// The Newman–Girvan modularity of a partition, with a resolution parameter.
    ///
    ///     Q = Σ_c [ L_c / m  −  γ · (K_c / 2m)² ]
    ///
    /// where `m` is `totalWeight`, `L_c` the total weight of edges with both ends in community `c`
    /// (each edge and each self-loop once) and `K_c` the sum of the weighted degrees in `c` (a
    /// self-loop counted twice). This is exactly
    /// `networkx.community.modularity(G, communities, weight="weight", resolution=γ)` on an
    /// undirected graph, up to floating-point summation order.
    ///
    /// Two triangles joined by one edge, split into the two triangles (m = 7, each side has
    /// L = 3 and K = 7):
    ///
    ///     0 ─ 1         4 ─ 5
    ///      ╲  │         │  ╱        Q = 2 · (3/7 − (7/14)²) = 5/14 ≈ 0.357
    ///        2 ──────── 3
    ///
    /// A graph without edges has modularity 0 here (networkx divides by zero).
    ///
    /// - Parameters:
    ///   - communityOf: The community id of every node; ids need not be contiguous but must be
    ///     below `nodeCount` (a partition has at most `nodeCount` parts).
    ///   - resolution: γ ≥ 0; above 1 favours smaller communities, below 1 larger ones.
    /// - Returns: The modularity, in [−1/2, 1) for γ = 1.
    /// - Complexity: O(V + E) time, O(V) extra space, where V is `nodeCount` and E the edge count.
    /// - SeeAlso: M. E. J. Newman and M. Girvan, "Finding and evaluating community structure in
    ///   networks", Phys. Rev. E 69, 026113 (2004), https://doi.org/10.1103/PhysRevE.69.026113
    public func modularity(communityOf: [UInt32], resolution: Double = 1.0) -> Double {
        precondition(communityOf.count == nodeCount, "communityOf must have one entry per node")
        precondition(resolution >= 0 && resolution.isFinite, "resolution must be finite and non-negative")
        guard totalWeight > 0 else { return 0 }
        var internalWeight = [Double](repeating: 0, count: nodeCount)
        var degreeSum = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            let c = Int(communityOf[v])
            precondition(c < nodeCount, "community ids must be below nodeCount")
            degreeSum[c] += weightedDegrees[v]
            for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                let u = Int(neighbors[i])
                // Count each internal edge once: from its smaller end, or once for a self-loop.
                if u >= v && Int(communityOf[u]) == c { internalWeight[c] += weights[i] }
            }
        }
        let m = totalWeight
        let norm = 1 / (4 * m * m)
        var q = 0.0
        for c in 0..<nodeCount where degreeSum[c] > 0 || internalWeight[c] > 0 {
            q += internalWeight[c] / m - resolution * degreeSum[c] * degreeSum[c] * norm
        }
        return q
    }
}
