/// What the exact PageRank needs to run as one sequential pass: the nodes in a topological order
/// of their strongly connected components, and the in-edges relabelled into that order, each row
/// keeping its in-neighbours in the order the solve over the original ids sums them, so the
/// scores are the same bits as `pageRank(options:reversed:components:)` with `.exact`.
///
/// Position `i` is node `order[i]`; row `i` of the in-edges lists the positions of the nodes
/// with an edge into `order[i]`. On shuffled ids the solve over the original ids visits rows at
/// random places; here it reads the rows front to back. Built once (for a `.pgraph` file: when it
/// is written) and read many times.
///
///     2 ──▶ 0 ──▶ 1          order [2, 0, 1]: the positions of papers 0, 1, 2 are 1, 2, 0
///     └───────────▲          in-edge rows by position: [], [0], [1, 0] (1's citers 0 and 2, by id)
///
/// The arrays are ``CSRArray``s, so they can be sections of a mapped file read in place.
public struct PageRankSolveOrder: Sendable, Equatable {
    /// The nodes by position: components in topological order (every edge between two
    /// components goes from an earlier to a later one), members ascending inside each.
    public let order: CSRArray
    /// Component `c` holds positions `componentStarts[c] ..< componentStarts[c + 1]`; empty when
    /// every node is alone (any DAG).
    public let componentStarts: CSRArray
    /// Row starts of the relabelled in-edges, `order.count + 1` entries.
    public let inOffsets: CSRArray
    /// The positions of the in-neighbours, row by row, each row in ascending order of their ids.
    public let inSources: CSRArray

    /// The number of nodes.
    public var nodeCount: Int { order.count }

    /// The solve order of a graph, from its components and its reversed graph.
    ///
    /// - Parameters:
    ///   - components: Components numbered along the edges (`condensationOrder()`,
    ///     `condensationOrder(levels:)`, `stronglyConnectedComponents()`).
    ///   - reversed: The graph reversed (in-edges as rows, sorted).
    /// - Complexity: O(V + E) time, O(V + E) space for the result plus O(V) for the positions.
    public init(components: StronglyConnectedComponents, reversed: CSRGraph) {
        let n = reversed.nodeCount
        precondition(components.componentOf.count == n, "components must come from the same graph")
        var position = [UInt32](repeating: 0, count: n)
        for (i, v) in components.members.enumerated() { position[Int(v)] = UInt32(truncatingIfNeeded: i) }
        var offsets = [UInt32](repeating: 0, count: n + 1)
        var sources = [UInt32](repeating: 0, count: reversed.edgeCount)
        reversed.offsets.withUnsafeBufferPointer { rowStart in
            reversed.targets.withUnsafeBufferPointer { tails in
                var e = 0
                for (i, v) in components.members.enumerated() {
                    for t in Int(rowStart[Int(v)])..<Int(rowStart[Int(v) + 1]) {
                        sources[e] = position[Int(tails[t])]
                        e += 1
                    }
                    offsets[i + 1] = UInt32(truncatingIfNeeded: e)
                }
            }
        }
        self.init(order: CSRArray(components.members),
                  componentStarts: CSRArray(components.nontrivialComponents.isEmpty ? [] : components.offsets),
                  inOffsets: CSRArray(offsets), inSources: CSRArray(sources))
    }

    /// A solve order from prepared arrays, such as sections of a file read in place.
    ///
    /// - Precondition: `order` is a permutation of `0 ..< n`; `componentStarts` is empty or rises
    ///   strictly from 0 to n; `inOffsets` has n + 1 non-decreasing entries from 0 to
    ///   `inSources.count`; every source in row `i` is below the end of `i`'s component (at most
    ///   `i` when `componentStarts` is empty). Only the counts are checked here, in O(1); a reader
    ///   of untrusted bytes checks the rest first.
    public init(order: CSRArray, componentStarts: CSRArray, inOffsets: CSRArray, inSources: CSRArray) {
        precondition(inOffsets.count == order.count + 1, "inOffsets needs one entry per node and one more")
        precondition(componentStarts.isEmpty || componentStarts.count >= 2, "componentStarts is empty or bounds components")
        self.order = order
        self.componentStarts = componentStarts
        self.inOffsets = inOffsets
        self.inSources = inSources
    }

    /// The number of nodes in the largest component (what `.automatic` compares with half the
    /// nodes), or 0 for an empty graph.
    ///
    /// - Complexity: O(components).
    public var largestComponentSize: Int {
        guard !componentStarts.isEmpty else { return nodeCount > 0 ? 1 : 0 }
        return componentStarts.withUnsafeBufferPointer { starts in
            (1..<starts.count).reduce(0) { max($0, Int(starts[$1] &- starts[$1 - 1])) }
        }
    }

    /// Exact PageRank along this order: the scores, bit for bit, of
    /// `pageRank(options:reversed:components:)` with `method: .exact` on the graph it was made from.
    ///
    /// - Parameters:
    ///   - options: Damping and personalization (by node id); the method and the power method's
    ///     settings are not read.
    ///   - outOffsets: The graph's row starts (`nodeCount + 1` entries): the out-degrees.
    /// - Returns: Scores by node id; the iterations are 1 plus the Gauss–Seidel sweeps of the
    ///   cyclic components.
    /// - Complexity: O(V + E) plus O(s (Vc + Ec)) per cyclic component taking s sweeps; one pass
    ///   over the in-edges in storage order, O(V) extra space.
    public func exactPageRank(options: PageRankOptions = .init(), outOffsets: CSRArray) -> PageRankResult {
        let n = nodeCount
        precondition(outOffsets.count == n + 1, "outOffsets needs one entry per node and one more")
        guard n > 0 else { return PageRankResult(scores: [], iterations: 0, converged: true, method: .exact) }
        let problem = PageRankProblem(outOffsets: outOffsets, options: options, order: order)
        let solved = inOffsets.withUnsafeBufferPointer { rowStart in
            inSources.withUnsafeBufferPointer { tails in
                componentStarts.withUnsafeBufferPointer { starts in
                    problem.teleport.withUnsafeBufferPointer { teleport in
                        problem.inverseOutDegree.withUnsafeBufferPointer { inverse in
                            PageRankProblem.solve(.init(order: nil, componentStarts: starts.isEmpty ? nil : starts,
                                                        rowStart: rowStart, tails: tails, teleport: teleport, inverse: inverse),
                                                  damping: problem.damping)
                        }
                    }
                }
            }
        }
        // Back to ids before normalizing, so the sum runs in the order of the solve over ids.
        var scores = [Double](repeating: 0, count: n)
        order.withUnsafeBufferPointer { order in
            solved.y.withUnsafeBufferPointer { y in
                scores.withUnsafeMutableBufferPointer { scores in
                    for i in 0..<n { scores[Int(order[i])] = y[i] }
                }
            }
        }
        return PageRankResult(scores: PageRankProblem.normalized(scores), iterations: solved.iterations,
                              converged: solved.converged, method: .exact)
    }
}
