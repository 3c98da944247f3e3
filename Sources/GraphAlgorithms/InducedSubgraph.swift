/// The subgraph induced by a set of nodes, renumbered densely, with the maps between the two
/// numberings.
///
///     graph: 0 → 1 → 2 → 3      nodes [1, 3]  →  local 0 (=1), local 1 (=3), no edge
///
/// Local ids follow the order of `nodes` as given.
public struct InducedSubgraph: Sendable, Equatable {
    /// The subgraph over local ids `0 ..< nodes.count`.
    public let graph: CSRGraph
    /// Local id → original id.
    public let nodes: [UInt32]

    /// Builds the subgraph of `parent` induced by `nodes`.
    ///
    /// - Parameters:
    ///   - parent: The whole graph.
    ///   - nodes: Distinct node ids of `parent`.
    /// - Complexity: O(V + E_S) time, where E_S is the number of edges leaving the selected nodes,
    ///   and O(V) extra space for the id map.
    public init(of parent: CSRGraph, nodes: [UInt32]) {
        var local = [UInt32](repeating: UInt32.max, count: parent.nodeCount)
        for (i, v) in nodes.enumerated() {
            precondition(local[Int(v)] == UInt32.max, "nodes must be distinct")
            local[Int(v)] = UInt32(i)
        }
        var sources = [UInt32](), destinations = [UInt32]()
        for (i, v) in nodes.enumerated() {
            for w in parent.neighbors(of: Int(v)) where local[Int(w)] != UInt32.max {
                sources.append(UInt32(i))
                destinations.append(local[Int(w)])
            }
        }
        self.graph = CSRGraph(nodeCount: nodes.count, sources: sources, destinations: destinations)
        self.nodes = nodes
    }
}
