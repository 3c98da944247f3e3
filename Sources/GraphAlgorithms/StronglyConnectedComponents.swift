/// The strongly connected components of a directed graph, numbered in topological order.
///
/// Two nodes share a component when each can reach the other. Components are numbered so that
/// every edge `u → v` between different components goes forward: `componentOf[u] <
/// componentOf[v]`. Component 0 is therefore a source of the condensation (in a citation graph:
/// a group of papers nobody in the graph cites), and the last component is a sink.
///
///     0 ──▶ 1 ──▶ 2 ──▶ 3        components: {0}, {1, 2}, {3}
///           ▲     │              componentOf = [0, 1, 1, 2]
///           └─────┘              nontrivialComponents = [1]
///
/// A component is *nontrivial* when it holds more than one node. A single node with a self-loop is
/// cyclic too, but it is not listed as nontrivial; callers that care report self-loops separately
/// (they are the edges `v → v` of the graph).
public struct StronglyConnectedComponents: Sendable, Equatable {
    /// The component of every node, in `0 ..< componentCount`.
    public let componentOf: [UInt32]
    /// Row starts into `members`: component `c` holds `members[offsets[c] ..< offsets[c + 1]]`.
    public let offsets: [UInt32]
    /// The nodes of every component, grouped by component and ascending inside a component.
    public let members: [UInt32]
    /// The components with more than one node, ascending.
    public let nontrivialComponents: [UInt32]

    /// The number of components.
    @inlinable public var componentCount: Int { offsets.count - 1 }

    /// The number of nodes in the largest component, or 0 for an empty graph.
    ///
    /// - Complexity: O(1) plus the number of nontrivial components.
    public var largestComponentSize: Int {
        var largest = componentCount > 0 ? 1 : 0
        for c in nontrivialComponents { largest = max(largest, size(of: Int(c))) }
        return largest
    }

    /// The nodes of `component`, ascending.
    ///
    /// - Complexity: O(1).
    @inlinable public func members(of component: Int) -> ArraySlice<UInt32> {
        members[Int(offsets[component])..<Int(offsets[component + 1])]
    }

    /// The number of nodes in `component`.
    ///
    /// - Complexity: O(1).
    @inlinable public func size(of component: Int) -> Int {
        Int(offsets[component + 1] &- offsets[component])
    }

    /// The condensation of `graph`: one node per component and an edge `c → d` whenever some edge
    /// of `graph` goes from component `c` to a different component `d`.
    ///
    /// The result is acyclic, has no self-loops or repeated edges, and every edge goes from a lower
    /// to a higher id, so `0 ..< componentCount` is already a topological order.
    ///
    /// - Parameter graph: The graph these components were computed from.
    /// - Returns: A graph with `componentCount` nodes.
    /// - Complexity: O(V + E) time and space.
    public func condensation(of graph: CSRGraph) -> CSRGraph {
        precondition(graph.nodeCount == componentOf.count, "condensation needs the graph the components came from")
        var sources = [UInt32](), destinations = [UInt32]()
        for u in 0..<graph.nodeCount {
            let cu = componentOf[u]
            for v in graph.neighbors(of: u) where componentOf[Int(v)] != cu {
                sources.append(cu)
                destinations.append(componentOf[Int(v)])
            }
        }
        return CSRGraph(nodeCount: componentCount, sources: sources, destinations: destinations, deduplicate: true)
    }

    /// The components of an acyclic graph given one of its topological orders: every node alone,
    /// numbered by its place in `order`.
    init(topologicalOrder order: [UInt32]) {
        var componentOf = [UInt32](repeating: 0, count: order.count)
        for (i, v) in order.enumerated() { componentOf[Int(v)] = UInt32(truncatingIfNeeded: i) }
        self.componentOf = componentOf
        self.offsets = (0...order.count).map { UInt32(truncatingIfNeeded: $0) }
        self.members = order
        self.nontrivialComponents = []
    }

    /// Creates the result from a component label per node, grouping members with a counting sort.
    ///
    /// - Precondition: labels are dense in `0 ..< componentCount`.
    init(componentOf: [UInt32], componentCount: Int) {
        let (offsets, members) = CompressedRows.group(rowCount: componentCount, rows: componentOf,
                                                      values: (0..<UInt32(truncatingIfNeeded: componentOf.count)).map { $0 })
        var nontrivial = [UInt32]()
        for c in 0..<componentCount where offsets[c + 1] &- offsets[c] > 1 { nontrivial.append(UInt32(c)) }
        self.componentOf = componentOf
        self.offsets = offsets
        self.members = members
        self.nontrivialComponents = nontrivial
    }
}

extension CSRGraph {
    /// Finds the strongly connected components with Tarjan's algorithm, iteratively.
    ///
    /// The depth-first search keeps its own stack of `(node, next edge)` frames instead of
    /// recursing, so a chain or cycle of millions of nodes cannot overflow the thread stack. Roots
    /// are tried in ascending id order and rows are walked in their sorted order, so the result is
    /// deterministic. Tarjan's algorithm finishes sink components first; the ids are then flipped
    /// so that edges between components go from lower to higher ids.
    ///
    ///     let g = CSRGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 1), (2, 3)])
    ///     let scc = g.stronglyConnectedComponents()
    ///     scc.componentOf            // [0, 1, 1, 2]
    ///     Array(scc.members(of: 1))  // [1, 2]
    ///
    /// - Returns: The components, numbered in topological order of the condensation.
    /// - Complexity: O(V + E) time and O(V) extra space, where V is the node count and E the edge
    ///   count.
    ///
    /// Reference: R. Tarjan, "Depth-first search and linear graph algorithms", SIAM Journal on
    /// Computing 1(2), 1972. <https://doi.org/10.1137/0201010>
    public func stronglyConnectedComponents() -> StronglyConnectedComponents {
        var component = [UInt32](repeating: UInt32.max, count: nodeCount)
        let count = tarjan(into: &component, roots: 0..<nodeCount)
        // Tarjan emits components in reverse topological order; flip them.
        for v in 0..<nodeCount { component[v] = UInt32(count - 1) &- component[v] }
        return StronglyConnectedComponents(componentOf: component, componentCount: count)
    }

    /// Tarjan's search from every unassigned node of `roots`, numbering the components it finds
    /// `0, 1, ...` in the order they finish (sinks first) into `component`, whose
    /// `UInt32.max` entries mark the nodes still to assign. Returns how many it found.
    ///
    /// - Precondition: no assigned node reaches an unassigned one.
    private func tarjan<S: Sequence<Int>>(into component: inout [UInt32], roots: S) -> Int {
        let n = nodeCount
        let unvisited = UInt32.max
        var index = [UInt32](repeating: unvisited, count: n)
        var lowLink = [UInt32](repeating: 0, count: n)
        // `unvisited` in `component` means "not yet assigned": a visited, unassigned node is on `pending`.
        var pending = [UInt32]()          // Tarjan's node stack
        var frameNode = [UInt32]()        // the explicit call stack, as two parallel arrays
        var frameEdge = [UInt32]()
        var nextIndex: UInt32 = 0
        var finished: UInt32 = 0

        for root in roots where index[root] == unvisited && component[root] == unvisited {
            index[root] = nextIndex; lowLink[root] = nextIndex; nextIndex &+= 1
            pending.append(UInt32(root))
            frameNode.append(UInt32(root)); frameEdge.append(offsets[root])
            while let v32 = frameNode.last {
                let v = Int(v32)
                let e = frameEdge[frameEdge.count - 1]
                if e < offsets[v + 1] {
                    frameEdge[frameEdge.count - 1] = e &+ 1
                    let w = Int(targets[Int(e)])
                    if index[w] == unvisited {
                        index[w] = nextIndex; lowLink[w] = nextIndex; nextIndex &+= 1
                        pending.append(UInt32(w))
                        frameNode.append(UInt32(w)); frameEdge.append(offsets[w])
                    } else if component[w] == unvisited {
                        lowLink[v] = min(lowLink[v], index[w])
                    }
                    continue
                }
                frameNode.removeLast(); frameEdge.removeLast()
                if let parent = frameNode.last {
                    lowLink[Int(parent)] = min(lowLink[Int(parent)], lowLink[v])
                }
                if lowLink[v] == index[v] {
                    while true {
                        let w = pending.removeLast()
                        component[Int(w)] = finished
                        if Int(w) == v { break }
                    }
                    finished &+= 1
                }
            }
        }
        return Int(finished)
    }

    /// The strongly connected components, found fast on nearly acyclic graphs whatever the id
    /// order: numbered in *a* topological order of the condensation, not necessarily the one of
    /// `stronglyConnectedComponents()`.
    ///
    /// Kahn's algorithm first peels every node that no cycle reaches, in breadth-first order
    /// from the sources (each such node is its own component; self-loops do not count as
    /// in-edges). Its memory accesses are independent of each other, so on a shuffled graph the
    /// processor overlaps them, where a depth-first search waits for each in turn. The nodes left
    /// over, those downstream of a cycle, only reach each other; Tarjan's search runs on them
    /// alone. On a DAG, as most citation graphs are, nothing is left over.
    ///
    ///     0 ──▶ 1 ◀─▶ 2 ──▶ 3      peeled: 0; left over: {1, 2}, {3}
    ///
    /// When every edge runs to a smaller id, or every edge to a larger one (citation graphs whose
    /// ids follow publication time), the ids themselves are the order: every node alone, numbered
    /// by descending or ascending id, found in O(V) with no search at all.
    ///
    /// Compute it once and pass it to every consumer of the same graph or of its reverse (the
    /// partition is the same): `pageRank(options:reversed:components:)` and
    /// `topologicalOrder(levels:weights:components:)`.
    ///
    /// - Returns: Components with `componentOf[u] < componentOf[v]` for every edge `u → v`
    ///   between different components, members ascending inside each.
    /// - Complexity: O(V + E) time, O(V) extra space; O(V) when ids run one way along every edge.
    ///
    /// References: A. B. Kahn (1962); R. Tarjan (1972).
    public func condensationOrder() -> StronglyConnectedComponents {
        let n = nodeCount
        if let direction = uniformEdgeDirection() { return idOrder(direction) }
        var waiting = [UInt32](repeating: 0, count: n)
        var order = [UInt32](repeating: 0, count: n)
        var emitted = 0
        offsets.withUnsafeBufferPointer { rowStart in
            targets.withUnsafeBufferPointer { heads in
                waiting.withUnsafeMutableBufferPointer { waiting in
                    order.withUnsafeMutableBufferPointer { order in
                        for u in 0..<n {
                            for e in Int(rowStart[u])..<Int(rowStart[u + 1]) where Int(heads[e]) != u {
                                waiting[Int(heads[e])] &+= 1
                            }
                        }
                        for v in 0..<n where waiting[v] == 0 {
                            order[emitted] = UInt32(truncatingIfNeeded: v)
                            emitted += 1
                        }
                        var next = 0
                        while next < emitted {
                            let u = Int(order[next])
                            next += 1
                            for e in Int(rowStart[u])..<Int(rowStart[u + 1]) {
                                let v = Int(heads[e])
                                guard v != u else { continue }
                                waiting[v] &-= 1
                                if waiting[v] == 0 {
                                    order[emitted] = UInt32(truncatingIfNeeded: v)
                                    emitted += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        if emitted == n {
            return StronglyConnectedComponents(topologicalOrder: order)
        }
        var component = [UInt32](repeating: UInt32.max, count: n)
        for i in 0..<emitted { component[Int(order[i])] = UInt32(i) }
        let leftOver = tarjan(into: &component, roots: 0..<n)
        for v in 0..<n where waiting[v] != 0 {
            component[v] = UInt32(emitted + leftOver - 1) &- component[v]
        }
        return StronglyConnectedComponents(componentOf: component, componentCount: emitted + leftOver)
    }
}

extension CSRGraph {
    /// The components when ids run one way along every edge: every node alone, numbered by
    /// ascending id along `direction` (descending otherwise).
    ///
    /// - Complexity: O(V).
    func idOrder(_ direction: EdgeDirection) -> StronglyConnectedComponents {
        let n = nodeCount, up = direction == .towardLargerIDs
        return StronglyConnectedComponents(topologicalOrder: (0..<n).map { UInt32(truncatingIfNeeded: up ? $0 : n - 1 - $0) })
    }
}

/// Which way node ids run along every edge, when they all run the same way.
enum EdgeDirection {
    /// Every edge `u → v` has `v < u`: in a citation graph with ids in time order, papers cite
    /// older papers.
    case towardSmallerIDs
    /// Every edge `u → v` has `v > u`.
    case towardLargerIDs
}

extension CSRGraph {
    /// Whether every edge points to a smaller id, or every edge to a larger one; `nil` otherwise
    /// (also for a self-loop). Either way the id order is a topological order, so the graph is
    /// acyclic. Rows are sorted, so only each row's first and last target are read.
    ///
    /// - Complexity: O(V).
    func uniformEdgeDirection() -> EdgeDirection? {
        var down = true, up = true
        offsets.withUnsafeBufferPointer { rowStart in
            targets.withUnsafeBufferPointer { heads in
                for v in 0..<nodeCount where rowStart[v] != rowStart[v + 1] {
                    down = down && Int(heads[Int(rowStart[v + 1]) - 1]) < v
                    up = up && Int(heads[Int(rowStart[v])]) > v
                }
            }
        }
        return down ? .towardSmallerIDs : up ? .towardLargerIDs : nil
    }
}
