/// An undirected graph with `Double` edge weights in compressed sparse row (CSR) form.
///
/// Every undirected edge `{u, v}` with `u != v` is stored twice, once in the row of `u` and once in
/// the row of `v`, with the same weight. A self-loop `{v, v}` is stored **once** in the row of `v`.
/// This is networkx's convention for an undirected `Graph`: a self-loop of weight `w` counts `w`
/// towards `totalWeight` (the graph's size) and `2w` towards the weighted degree of `v`, which is
/// what modularity needs (a self-loop contributes `A[v][v] = 2w`).
///
///     0 ─1.0─ 1          offsets   = [0, 1, 3, 4]
///             │          neighbors = [1,  0, 2,  1]
///            2.5         weights   = [1.0, 1.0, 2.5, 2.5]
///             │          totalWeight = 3.5, weightedDegrees = [1.0, 3.5, 2.5]
///             2
///
/// Rows are sorted ascending by neighbour. The graph is immutable and `Sendable`.
public struct WeightedGraph: Sendable, Equatable {
    /// The number of nodes; ids are `0 ..< nodeCount`.
    public let nodeCount: Int
    /// Row starts: `offsets.count == nodeCount + 1`, `offsets[nodeCount] == neighbors.count`.
    public let offsets: [UInt32]
    /// Column indices, each row sorted ascending; no repeated neighbour within a row.
    public let neighbors: [UInt32]
    /// Edge weights, parallel to `neighbors`: stored, or 1 for every entry without storage (the
    /// undirected view of a directed graph).
    public let weights: EdgeWeights
    /// The sum of all edge weights, each undirected edge and each self-loop counted once
    /// (networkx `G.size(weight="weight")`; `m` in the modularity formula).
    public let totalWeight: Double
    /// Weighted degree per node, a self-loop counted twice (networkx `G.degree(weight="weight")`).
    /// The degrees sum to `2 * totalWeight`.
    public let weightedDegrees: [Double]

    /// The number of stored adjacency entries (twice the number of non-loop edges plus the loops).
    @inlinable public var entryCount: Int { neighbors.count }

    /// Creates a graph from prepared symmetric CSR arrays.
    ///
    /// - Precondition: `offsets` has `nodeCount + 1` non-decreasing entries from 0 to
    ///   `neighbors.count`; `weights.count == neighbors.count`; every neighbour is below `nodeCount`;
    ///   rows are sorted without repeats; and the arrays are symmetric (`v` in the row of `u` with
    ///   weight `w` exactly when `u` is in the row of `v` with weight `w`). Symmetry is not checked.
    public init(nodeCount: Int, offsets: [UInt32], neighbors: [UInt32], weights: [Double]) {
        self.init(nodeCount: nodeCount, offsets: offsets, neighbors: neighbors, weights: EdgeWeights(weights))
    }

    /// Creates a graph from prepared symmetric CSR arrays and their weights, stored or unit, with
    /// the preconditions of ``init(nodeCount:offsets:neighbors:weights:)-([UInt32],[UInt32],[Double])``.
    ///
    /// - Complexity: O(V + E).
    public init(nodeCount: Int, offsets: [UInt32], neighbors: [UInt32], weights: EdgeWeights) {
        precondition(offsets.count == nodeCount + 1, "offsets must have nodeCount + 1 entries")
        precondition(offsets.first == 0 && Int(offsets.last!) == neighbors.count, "offsets must span neighbors")
        precondition(weights.count == neighbors.count, "weights must pair up with neighbors")
        var degrees = [Double](repeating: 0, count: nodeCount)
        var total = 0.0
        weights.withStoredValues { stored in
            for v in 0..<nodeCount {
                var degree = 0.0
                for i in Int(offsets[v])..<Int(offsets[v + 1]) {
                    precondition(Int(neighbors[i]) < nodeCount, "neighbour out of range")
                    let w = stored?[i] ?? 1
                    if Int(neighbors[i]) == v {
                        degree += 2 * w
                        total += w
                    } else {
                        degree += w
                        if Int(neighbors[i]) > v { total += w }
                    }
                }
                degrees[v] = degree
            }
        }
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
        self.totalWeight = total
        self.weightedDegrees = degrees
    }

    /// Builds a graph from an undirected weighted edge list, summing the weights of repeated edges.
    ///
    /// `(u, v, w)` and `(v, u, w)` name the same edge, so listing both gives weight `2w`. (networkx's
    /// `add_weighted_edges_from` would keep only the last weight; here repeats add up, which is what
    /// blending several similarity signals into one graph needs.)
    ///
    ///     WeightedGraph(nodeCount: 3, edges: [(0, 1, 1), (1, 0, 0.5), (2, 2, 4)])
    ///     // edges {0,1} weight 1.5 and the self-loop {2,2} weight 4
    ///
    /// - Parameters:
    ///   - nodeCount: The number of nodes.
    ///   - sources: One endpoint per edge, each below `nodeCount`.
    ///   - destinations: The other endpoint per edge, each below `nodeCount`.
    ///   - weights: Edge weights, finite and non-negative.
    /// - Complexity: O(V + E log d) time, where V is `nodeCount`, E the number of listed edges and
    ///   d the largest degree; O(V + E) space: 12 bytes per adjacency entry beyond the inputs
    ///   (each entry placed straight into its row, then the rows sorted and merged).
    public init(nodeCount: Int, sources: [UInt32], destinations: [UInt32], weights: [Double]) {
        precondition(sources.count == destinations.count && sources.count == weights.count,
                     "sources, destinations and weights must pair up")
        self.init(nodeCount: nodeCount, listing: { edge in
            for i in sources.indices { edge(sources[i], destinations[i], weights[i]) }
        })
    }

    /// Builds a graph from `(u, v, weight)` triples, summing the weights of repeated edges.
    ///
    /// - Complexity: O(V + E log d), like ``init(nodeCount:sources:destinations:weights:)``.
    public init(nodeCount: Int, edges: [(UInt32, UInt32, Double)]) {
        self.init(nodeCount: nodeCount, listing: { edge in
            for (u, v, w) in edges { edge(u, v, w) }
        })
    }

    /// The undirected view of a directed graph: every edge `u → v` becomes the edge `{u, v}` of
    /// weight 1.
    ///
    /// Reciprocal edges `u → v` and `v → u` collapse into **one** edge of weight 1, and repeated
    /// edges are kept once, like networkx's `G.to_undirected()` on a `DiGraph` without a weight
    /// attribute (or building `nx.Graph()` from the same edge list). A self-loop `v → v` becomes a
    /// self-loop of weight 1.
    ///
    ///     0 ──▶ 1 ◀──▶ 2     becomes     0 ─1─ 1 ─1─ 2
    ///
    /// The weights are unit weights (``EdgeWeights/init(unit:)``): the graph stores 4 bytes per
    /// entry (its neighbour) and 4 per node for its offsets, plus 8 per node of weighted degree.
    ///
    /// - Parameters:
    ///   - directed: A directed graph, for example citations (citing → cited).
    ///   - reversed: `directed.reversed()` when the caller has it (a `.pgraph` file stores it);
    ///     built here otherwise.
    /// - Complexity: O(V + E).
    public init(undirected directed: CSRGraph, reversed: CSRGraph? = nil) {
        let n = directed.nodeCount
        let reversed = reversed ?? directed.reversed()
        precondition(reversed.nodeCount == n && reversed.edgeCount == directed.edgeCount, "reversed must reverse directed")
        precondition(2 * directed.edgeCount <= Int(UInt32.max), "too many edges for UInt32 offsets")
        // Each row is the union of the node's sorted out- and in-row, merged once: no edge list, no
        // sort and no stored weight, so the graph costs its own neighbours and offsets plus the
        // reversed rows (about 12 bytes an edge at the peak, against 72 through an edge list).
        var offsets = [UInt32](repeating: 0, count: n + 1)
        var neighbors = [UInt32]()
        neighbors.reserveCapacity(2 * directed.edgeCount)
        directed.offsets.withUnsafeBufferPointer { outStarts in
            directed.targets.withUnsafeBufferPointer { outTargets in
                reversed.offsets.withUnsafeBufferPointer { inStarts in
                    reversed.targets.withUnsafeBufferPointer { inTargets in
                        for v in 0..<n {
                            var i = Int(outStarts[v]), j = Int(inStarts[v])
                            let outEnd = Int(outStarts[v + 1]), inEnd = Int(inStarts[v + 1])
                            let rowStart = neighbors.count
                            while i < outEnd || j < inEnd {
                                let next: UInt32
                                if j == inEnd || (i < outEnd && outTargets[i] <= inTargets[j]) {
                                    next = outTargets[i]
                                    i += 1
                                } else {
                                    next = inTargets[j]
                                    j += 1
                                }
                                if neighbors.count == rowStart || neighbors[neighbors.count - 1] != next {
                                    neighbors.append(next)
                                }
                            }
                            offsets[v + 1] = UInt32(neighbors.count)
                        }
                    }
                }
            }
        }
        self.init(nodeCount: n, offsets: offsets, neighbors: neighbors, weights: EdgeWeights(unit: neighbors.count))
    }


    /// The neighbours of `node`, sorted ascending (a self-loop lists `node` itself).
    ///
    /// - Complexity: O(1).
    @inlinable public func neighbors(of node: Int) -> ArraySlice<UInt32> {
        neighbors[Int(offsets[node])..<Int(offsets[node + 1])]
    }

    /// The weights of the edges of `node`, parallel to `neighbors(of:)`.
    ///
    /// - Complexity: O(1).
    @inlinable public func weights(of node: Int) -> Slice<EdgeWeights> {
        weights[Int(offsets[node])..<Int(offsets[node + 1])]
    }

    /// The weighted degree of `node`, a self-loop counted twice.
    ///
    /// - Complexity: O(1).
    @inlinable public func weightedDegree(of node: Int) -> Double {
        weightedDegrees[node]
    }

    /// The weight of the edge `{u, v}`, or 0 when there is none.
    ///
    /// - Complexity: O(log d), where d is the degree of `u`.
    public func weight(between u: Int, and v: Int) -> Double {
        var low = Int(offsets[u]), high = Int(offsets[u + 1])
        let key = UInt32(v)
        while low < high {
            let mid = (low + high) / 2
            if neighbors[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < Int(offsets[u + 1]) && neighbors[low] == key ? weights[low] : 0
    }
}
