/// What `reachable(from:options:)` does with a blocked node it meets.
public enum BlockedNodeHandling: Sendable, Equatable {
    /// Blocked nodes are not entered: they are not in the result and nothing is reached through
    /// them.
    case exclude
    /// Blocked nodes are reported as reached, but their out-edges are not followed.
    case includeWithoutExpanding
}

/// Settings for `CSRGraph.reachable(from:options:)`.
public struct ReachabilityOptions: Sendable, Equatable {
    /// One flag per node; `true` marks a node the search must not pass through. `nil` (the
    /// default) blocks nothing. Sources are always entered and expanded, blocked or not.
    public var blocked: [Bool]?
    /// What to do with blocked nodes. Default `.exclude`.
    public var blockedHandling: BlockedNodeHandling
    /// Whether the sources appear in `nodes`. Default `true`.
    public var includeSources: Bool
    /// The most edges from a source the search follows: nodes farther away are not reached, and
    /// nodes at exactly this distance are reached but not expanded. `nil` (the default) sets no
    /// limit; 0 reaches the sources alone.
    public var maxDepth: Int?

    /// - Precondition: `maxDepth`, when given, is 0 or more.
    public init(blocked: [Bool]? = nil, blockedHandling: BlockedNodeHandling = .exclude,
                includeSources: Bool = true, maxDepth: Int? = nil) {
        precondition((maxDepth ?? 0) >= 0, "maxDepth must be 0 or more")
        self.blocked = blocked
        self.blockedHandling = blockedHandling
        self.includeSources = includeSources
        self.maxDepth = maxDepth
    }
}

/// The nodes found by `CSRGraph.reachable(from:options:)`, with a breadth-first search tree.
public struct Reachability: Sendable, Equatable {
    /// The marker in `parent` for sources and for nodes that were not reached.
    public static let noParent = UInt32.max

    /// The reached nodes, ascending (without the sources unless `includeSources`).
    public let nodes: [UInt32]
    /// For every node, the fewest edges from any source, or -1 when not reached.
    public let distance: [Int32]
    /// For every reached non-source node, the node it was first reached from (breadth-first, sources
    /// in the order given, rows ascending); `noParent` for sources and unreached nodes.
    public let parent: [UInt32]

    /// Whether `node` was reached (sources count as reached).
    @inlinable public func contains(_ node: Int) -> Bool { distance[node] >= 0 }

    /// A shortest path from some source to `node` along the search tree, or empty when `node` was
    /// not reached.
    ///
    /// - Complexity: O(length of the path).
    public func path(to node: Int) -> [UInt32] {
        guard distance[node] >= 0 else { return [] }
        var path = [UInt32(node)]
        var v = node
        while parent[v] != Self.noParent {
            v = Int(parent[v])
            path.append(UInt32(v))
        }
        return path.reversed()
    }
}

extension CSRGraph {
    /// Finds every node reachable from `sources` along edges, optionally not passing through
    /// blocked nodes and not going farther than ``ReachabilityOptions/maxDepth`` edges.
    ///
    /// With citation edges (citing → cited), the nodes reachable from a paper are everything it
    /// builds on. Blocking the papers already read and excluding them gives the prerequisites still
    /// to read, skipping anything reachable only through read papers:
    ///
    ///     0 ──▶ 1 ──▶ 2          from [0], blocked = {1}:
    ///     │                        .exclude                  → nodes [0, 3, 4]
    ///     └───▶ 3 ──▶ 4            .includeWithoutExpanding  → nodes [0, 1, 3, 4]
    ///                            from [0], maxDepth = 1      → nodes [0, 1, 3]
    ///
    /// The search is breadth-first, so `distance` counts edges from the nearest source and
    /// `path(to:)` returns a shortest path; both are deterministic (sources in the order given,
    /// rows ascending).
    ///
    /// - Parameters:
    ///   - sources: Start nodes, each below `nodeCount`; repeats are ignored.
    ///   - options: The blocked-node mask, how to treat blocked nodes, whether to list sources, and
    ///     the depth limit.
    /// - Returns: The reached nodes with their distances and search-tree parents.
    /// - Complexity: O(V + E) time and O(V) extra space in the worst case; the search itself only
    ///   touches reached nodes and the edges of the expanded ones (those closer than `maxDepth`),
    ///   plus O(V) to set up and to list the result.
    ///
    /// Reference: E. F. Moore, "The shortest path through a maze", Proceedings of the International
    /// Symposium on the Theory of Switching, 1959 (breadth-first search).
    public func reachable(from sources: [UInt32], options: ReachabilityOptions = .init()) -> Reachability {
        Self.reachable(from: sources, along: [self], options: options)
    }

    /// Finds every node reachable from `sources` along the edges of any of `graphs`, which share
    /// one set of nodes: a search over the union of the edge sets, without building the union.
    ///
    /// Passing a graph and its reverse (``reversed()``) searches the graph as undirected; with
    /// `maxDepth` = d that gives the d-step neighbourhood of the sources:
    ///
    ///     0 ──▶ 1 ◀── 2 ──▶ 3     along [g, g.reversed()] from [0], maxDepth = 2 → nodes [0, 1, 2]
    ///
    /// Everything else is as ``reachable(from:options:)``; the first edge to reach a node (sources
    /// in the order given, then `graphs` in the order given, rows ascending) sets its parent.
    ///
    /// - Precondition: `graphs` is not empty and every graph has the same `nodeCount`.
    /// - Complexity: O(V + E) time and O(V) extra space for E edges in all `graphs`; the search
    ///   itself only touches reached nodes and the edges of the expanded ones, plus O(V) to set up
    ///   and to list the result.
    public static func reachable(from sources: [UInt32], along graphs: [CSRGraph],
                                 options: ReachabilityOptions = .init()) -> Reachability {
        precondition(!graphs.isEmpty, "reachable needs at least one graph")
        let n = graphs[0].nodeCount
        precondition(graphs.allSatisfy { $0.nodeCount == n }, "every graph must have the same nodes")
        if let blocked = options.blocked {
            precondition(blocked.count == n, "blocked needs one flag per node")
        }
        var distance = [Int32](repeating: -1, count: n)
        var parent = [UInt32](repeating: Reachability.noParent, count: n)
        var isSource = [Bool](repeating: false, count: n)
        var queue = [UInt32]()
        for s in sources {
            precondition(Int(s) < n, "source out of range")
            guard distance[Int(s)] < 0 else { continue }
            distance[Int(s)] = 0
            isSource[Int(s)] = true
            queue.append(s)
        }
        let blocked = options.blocked
        let enterBlocked = options.blockedHandling == .includeWithoutExpanding
        let expandBelow = Int32(clamping: options.maxDepth ?? Int(Int32.max))
        var head = 0
        while head < queue.count {
            let u = Int(queue[head])
            head += 1
            guard distance[u] < expandBelow else { continue }        // at the depth limit
            if !isSource[u], let blocked, blocked[u] { continue }   // entered, not expanded
            for graph in graphs {
                for v in graph.neighbors(of: u) where distance[Int(v)] < 0 {
                    if !enterBlocked, let blocked, blocked[Int(v)] { continue }
                    distance[Int(v)] = distance[u] + 1
                    parent[Int(v)] = UInt32(u)
                    queue.append(v)
                }
            }
        }
        var nodes = [UInt32]()
        nodes.reserveCapacity(queue.count)
        for v in 0..<n where distance[v] >= 0 && (options.includeSources || !isSource[v]) {
            nodes.append(UInt32(v))
        }
        return Reachability(nodes: nodes, distance: distance, parent: parent)
    }
}
