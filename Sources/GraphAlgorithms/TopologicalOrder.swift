/// A priority-aware topological order in which cycles are kept together as groups.
///
/// `order` is a permutation of all node ids. For every edge `u → v` whose ends are not in the same
/// cyclic group, `u` comes before `v`. The nodes of a cyclic group (a strongly connected component
/// with more than one node) appear consecutively.
public struct TopologicalOrder: Sendable, Equatable {
    /// Every node once, edge tails before edge heads.
    public let order: [UInt32]
    /// For every node, the index into `cyclicGroups` of its group, or -1 when it is in none.
    public let groupOf: [Int32]
    /// The cyclic groups, each sorted by `(withinGroupPriority, id)`, in order of appearance in
    /// `order`.
    public let cyclicGroups: [[UInt32]]

    /// Whether the graph had no cycle longer than a self-loop.
    public var isAcyclic: Bool { cyclicGroups.isEmpty }

    /// The position of every node in `order`: `order[position[v]] == v`.
    ///
    /// - Complexity: O(V).
    public var position: [Int] {
        var position = [Int](repeating: 0, count: order.count)
        for (i, v) in order.enumerated() { position[Int(v)] = i }
        return position
    }
}

extension CSRGraph {
    /// Orders the nodes so that every edge `u → v` has `u` before `v`, taking the node with the
    /// smallest `priority` whenever several are free, and keeping each cycle together.
    ///
    /// This is Kahn's algorithm on the condensation (see `stronglyConnectedComponents()`), with a
    /// binary heap as its queue. A cyclic component enters the heap as one item keyed by the
    /// smallest priority among its members; when it is taken, all its members are emitted at once,
    /// sorted by `withinGroupPriority` and then by id. Ties between free items are broken by the
    /// smallest node id they hold, so the result depends only on the graph and the keys. Self-loops
    /// are ignored: a single node with a self-loop is not a cyclic group.
    ///
    /// With citation edges (citing → cited) and `priority` = publication year, this lists a paper
    /// before the papers it cites; pass the reversed graph for a reading order that puts cited work
    /// first.
    ///
    ///     3 ──▶ 0 ──▶ 1 ◀─▶ 2     4      priority = [5, 1, 2, 9, 3]
    ///
    ///     order        = [4, 3, 0, 1, 2]    (4 and 3 are free, 4 has the smaller key)
    ///     groupOf      = [-1, 0, 0, -1, -1]
    ///     cyclicGroups = [[1, 2]]           (the cycle, sorted by priority 1 < 2)
    ///
    /// To order by several keys (year, then title), sort once and pass each node's rank.
    ///
    /// - Parameters:
    ///   - priority: One key per node; among free nodes the smallest key goes first.
    ///   - withinGroupPriority: One key per node, used to sort the members of a cyclic group; `nil`
    ///     reuses `priority`.
    /// - Returns: The order, each node's group, and the cyclic groups.
    /// - Complexity: O((V + E) + V log V) time and O(V) extra space, where V is the node count and
    ///   E the edge count.
    ///
    /// References: A. B. Kahn, "Topological sorting of large networks", Communications of the ACM
    /// 5(11), 1962, <https://doi.org/10.1145/368996.369025>; R. Tarjan (1972), for the components.
    public func topologicalOrder(priority: [Int], withinGroupPriority: [Int]? = nil) -> TopologicalOrder {
        precondition(priority.count == nodeCount, "priority needs one key per node")
        let inner = withinGroupPriority ?? priority
        precondition(inner.count == nodeCount, "withinGroupPriority needs one key per node")
        let scc = stronglyConnectedComponents()
        let componentCount = scc.componentCount
        let componentOf = scc.componentOf

        // In-degree of every component in the condensation, counting each crossing edge.
        var waiting = [UInt32](repeating: 0, count: componentCount)
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
        // A component is keyed by its smallest priority and represented by its smallest member,
        // which also breaks ties between equal keys.
        func entry(_ c: Int) -> KeyedNode {
            let start = Int(scc.offsets[c]), end = Int(scc.offsets[c + 1])
            let first = scc.members[start]
            var key = priority[Int(first)]
            for i in (start + 1)..<max(end, start + 1) { key = Swift.min(key, priority[Int(scc.members[i])]) }
            return KeyedNode(key: key, node: first)
        }
        var initial = [KeyedNode]()
        for c in 0..<componentCount where waiting[c] == 0 { initial.append(entry(c)) }
        var heap = BinaryHeap(initial)

        var order = [UInt32]()
        order.reserveCapacity(nodeCount)
        var groupOf = [Int32](repeating: -1, count: nodeCount)
        var cyclicGroups = [[UInt32]]()
        while let top = heap.popMin() {
            let c = Int(componentOf[Int(top.node)])
            let start = order.count
            if scc.size(of: c) == 1 {
                order.append(top.node)
            } else {
                let group = scc.members(of: c).sorted { a, b in
                    let ka = inner[Int(a)], kb = inner[Int(b)]
                    return ka != kb ? ka < kb : a < b
                }
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
                    if waiting[cv] == 0 { heap.insert(entry(cv)) }
                }
            }
        }
        assert(order.count == nodeCount, "the condensation is acyclic, so Kahn's algorithm drains it")
        return TopologicalOrder(order: order, groupOf: groupOf, cyclicGroups: cyclicGroups)
    }

    /// Orders the nodes so that every edge `u → v` has `u` before `v`, smallest id first among free
    /// nodes; cycles are kept together as in `topologicalOrder(priority:withinGroupPriority:)`.
    ///
    /// - Complexity: O((V + E) + V log V).
    public func topologicalOrder() -> TopologicalOrder {
        topologicalOrder(priority: Array(0..<nodeCount))
    }
}
