/// How `pageRank(options:)` computes the scores.
public enum PageRankMethod: Sendable, Equatable, CaseIterable {
    /// `.exact` unless the largest strongly connected component holds more than half of the
    /// nodes, then `.power`.
    case automatic
    /// Power iteration (Jacobi sweeps) until the L1 change drops below `tolerance`; parallel on
    /// graphs with more than 50,000 edges.
    case power
    /// A direct solve along the strongly connected components in topological order: one pass
    /// on a DAG, Gauss–Seidel inside each cycle, like igraph's PRPACK. Typically the fastest and
    /// most accurate choice for citation graphs, which are nearly acyclic.
    case exact
}

/// Settings for `CSRGraph.pageRank(options:)`.
///
/// `damping`, `maxIterations` and the treatment of dangling nodes match `networkx.pagerank`; the
/// `tolerance` is absolute rather than scaled by the node count.
public struct PageRankOptions: Sendable, Equatable {
    /// The probability of following an edge rather than teleporting. Default 0.85; must be in
    /// `0 ..< 1`.
    public var damping: Double
    /// The power method stops once `Σ |x - xPrevious| < tolerance`: an absolute L1 bound on the
    /// change of one sweep, whatever the node count. Since a sweep contracts the error by
    /// `damping` in L1, the scores are then within `tolerance / (1 - damping)` of the fixed point.
    /// Default 1e-10 (within about 7e-10 in L1). networkx instead stops at `N * tol`, so to mimic
    /// `networkx.pagerank(G, tol=t)` pass `tolerance: Double(nodeCount) * t`; its default
    /// `tol=1e-6` on a million nodes stops at an L1 change of 1. Ignored by `.exact`.
    public var tolerance: Double
    /// The most power-method sweeps. Default 100. When the second eigenvalue is close to
    /// `damping` (several closed groups of nodes), 100 sweeps reach only about 1e-7; raise it or
    /// use `.exact`. The exact method caps each component's Gauss–Seidel sweeps separately at
    /// `PageRankOptions.exactSweepLimit`.
    public var maxIterations: Int
    /// One non-negative weight per node for teleports and for the rank of dangling nodes (those
    /// with no out-edges), normalized internally; at least one must be positive. `nil` (the
    /// default) is uniform.
    public var personalization: [Double]?
    /// The solver. Default `.automatic`.
    public var method: PageRankMethod

    /// The cap on Gauss–Seidel sweeps per cyclic component in the exact method.
    public static let exactSweepLimit = 1_000
    /// The relative L1 change at which the exact method stops sweeping a cyclic component.
    public static let exactRelativeTolerance = 1e-14

    /// The damping factor every PageRank of the package starts from (Brin and Page's 0.85).
    public static let defaultDamping = 0.85

    public init(damping: Double = PageRankOptions.defaultDamping, tolerance: Double = 1e-10, maxIterations: Int = 100,
                personalization: [Double]? = nil, method: PageRankMethod = .automatic) {
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.personalization = personalization
        self.method = method
    }
}

/// The scores of `CSRGraph.pageRank(options:)`.
public struct PageRankResult: Sendable, Equatable {
    /// One score per node, non-negative and summing to 1 (empty for an empty graph).
    public let scores: [Double]
    /// Power method: the number of sweeps. Exact method: 1 for the sweep along the condensation
    /// plus the Gauss–Seidel sweeps spent on every cyclic component (so 1 on a DAG).
    public let iterations: Int
    /// Whether the stopping rule was met before the iteration cap. When `false`, `scores` are the
    /// last iterate, normalized.
    public let converged: Bool
    /// The method that ran: `.power` or `.exact`, never `.automatic`.
    public let method: PageRankMethod
}

extension CSRGraph {
    /// Ranks nodes by PageRank: a node is important when important nodes point to it.
    ///
    /// A random surfer follows a uniformly chosen out-edge with probability `damping` and
    /// otherwise jumps to a node drawn from the personalization vector `p`; from a node with no
    /// out-edges it always jumps by `p`. The scores are the stationary distribution:
    ///
    ///     x = damping * (Pᵀ x + (Σ dangling x) p) + (1 - damping) p
    ///
    /// where `P[u][v] = 1 / outDegree(u)` for every edge `u → v` (a self-loop is an ordinary
    /// out-edge). This is `networkx.pagerank(G, alpha=damping, personalization=p, dangling=None)`
    /// on the same edges with weight 1 (a repeated edge, kept with `deduplicate: false`, counts
    /// once per copy, like a networkx edge whose weight is the multiplicity). With citation edges
    /// (citing → cited), rank flows to cited papers.
    ///
    ///     0 ──▶ 1 ──▶ 2        scores ≈ [0.184417, 0.341171, 0.474412]
    ///                          (2 is dangling: its rank teleports uniformly)
    ///
    /// Two solvers give the same vector (to the tolerance): power iteration over the reversed
    /// graph, and an exact solve along the strongly connected components that takes one sweep on a
    /// DAG; see `PageRankMethod`. Both are deterministic, also when run in parallel.
    ///
    /// - Parameter options: Damping, stopping rule, personalization and method.
    /// - Returns: The scores, the work done, and whether it converged.
    /// - Complexity: Power: O(k (V + E)) time for k sweeps, O(V + E) extra space for the reversed
    ///   graph. Exact: O(V + E) plus O(s (Vc + Ec)) per cyclic component of Vc nodes and Ec edges
    ///   that takes s sweeps.
    ///
    /// Reference: S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search
    /// engine", Computer Networks and ISDN Systems 30, 1998.
    /// <https://doi.org/10.1016/S0169-7552(98)00110-X>
    public func pageRank(options: PageRankOptions = .init()) -> PageRankResult {
        pageRank(options: options, reversed: reversed())
    }

    /// PageRank with the reversed graph (and, for the exact solve, the components) given, for
    /// callers that keep both directions (such as a graph loaded from a file that stores both) or
    /// that need the components again: saves building them, O(V + E) time and space each.
    ///
    /// The exact solve runs along the components in their order; when ids run one way along every
    /// edge (`condensationOrder()` then numbers nodes by id) this is one pass in id order.
    ///
    /// - Parameters:
    ///   - options: Damping, stopping rule, personalization and method.
    ///   - reversed: `self.reversed()`, built beforehand.
    ///   - components: `condensationOrder()`, `condensationOrder(levels:)` or `stronglyConnectedComponents()`
    ///     of this graph (numbered along its edges), when the caller has them; found otherwise. Unused by
    ///     `.power`. Any topological numbering of the components gives the same scores, bit for bit.
    /// - Complexity: As `pageRank(options:)`, without the extra space for what is given.
    public func pageRank(options: PageRankOptions = .init(), reversed: CSRGraph,
                         components: StronglyConnectedComponents? = nil) -> PageRankResult {
        precondition(reversed.nodeCount == nodeCount && reversed.edgeCount == edgeCount,
                     "reversed must be this graph reversed")
        precondition(components.map { $0.componentOf.count == nodeCount } ?? true, "components must come from this graph")
        let problem = PageRankProblem(graph: self, options: options)
        guard nodeCount > 0 else {
            let method: PageRankMethod = options.method == .power ? .power : .exact
            return PageRankResult(scores: [], iterations: 0, converged: true, method: method)
        }
        if options.method == .power { return problem.solveByPowerIteration(reversed: reversed) }
        let components = components ?? condensationOrder()
        if options.method == .automatic && 2 * components.largestComponentSize > nodeCount {
            return problem.solveByPowerIteration(reversed: reversed)
        }
        return problem.solveExactly(components: components, reversed: reversed)
    }
}

/// The checked inputs shared by both PageRank solvers.
struct PageRankProblem {
    let nodeCount: Int
    let damping: Double
    let tolerance: Double
    let maxIterations: Int
    /// The normalized personalization vector `p`.
    let teleport: [Double]
    /// `1 / outDegree(u)`, or 0 for a dangling node.
    let inverseOutDegree: [Double]

    init(graph: CSRGraph, options: PageRankOptions) {
        self.init(outOffsets: graph.offsets, options: options, order: nil)
    }

    /// The problem with node `i` standing for `order[i]` (every node itself when `order` is `nil`):
    /// the teleport and inverse out-degree of `order[i]` at `i`, each the same value as by id.
    ///
    /// - Parameter outOffsets: The graph's row starts, by id.
    init(outOffsets: CSRArray, options: PageRankOptions, order: CSRArray?) {
        precondition(options.damping >= 0 && options.damping < 1, "damping must be in 0 ..< 1")
        precondition(options.tolerance >= 0, "tolerance must be non-negative")
        precondition(options.maxIterations >= 0, "maxIterations must be non-negative")
        let n = outOffsets.count - 1
        precondition(order.map { $0.count == n } ?? true, "order needs one entry per node")
        nodeCount = n
        damping = options.damping
        tolerance = options.tolerance
        maxIterations = options.maxIterations
        if let weights = options.personalization {
            precondition(weights.count == n, "personalization needs one weight per node")
            var total = 0.0
            for w in weights {
                precondition(w >= 0 && w.isFinite, "personalization weights must be finite and non-negative")
                total += w
            }
            precondition(n == 0 || total > 0, "personalization needs a positive weight")
            teleport = order.map { $0.map { weights[Int($0)] / total } } ?? weights.map { $0 / total }
        } else {
            teleport = [Double](repeating: 1 / Double(n), count: n)
        }
        var inverse = [Double](repeating: 0, count: n)
        outOffsets.withUnsafeBufferPointer { rowStart in
            inverse.withUnsafeMutableBufferPointer { inverse in
                @inline(__always) func degree(_ u: Int) -> UInt32 { rowStart[u + 1] &- rowStart[u] }
                guard let order else {
                    for u in 0..<n where degree(u) > 0 { inverse[u] = 1 / Double(degree(u)) }
                    return
                }
                order.withUnsafeBufferPointer { order in
                    for i in 0..<n {
                        let d = degree(Int(order[i]))
                        if d > 0 { inverse[i] = 1 / Double(d) }
                    }
                }
            }
        }
        inverseOutDegree = inverse
    }

    /// Divides by the sum so the scores add up to 1, as networkx does after its last sweep.
    /// In place when `x` is not shared: no second vector of V doubles to allocate and fault in.
    static func normalized(_ x: consuming [Double]) -> [Double] {
        var x = x
        var total = 0.0
        for value in x { total += value }
        guard total > 0 else { return x }
        x.withUnsafeMutableBufferPointer { x in
            for i in x.indices { x[i] /= total }
        }
        return x
    }
}
