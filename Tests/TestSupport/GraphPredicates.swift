import GraphAlgorithms

/// Predicates over algorithm outputs, shared by invariant tests.
public enum GraphPredicates {
    /// Whether `order` lists every id in `0 ..< nodeCount` exactly once.
    public static func isPermutation(_ order: [UInt32], nodeCount: Int) -> Bool {
        guard order.count == nodeCount else { return false }
        var seen = [Bool](repeating: false, count: nodeCount)
        for v in order {
            guard Int(v) < nodeCount, !seen[Int(v)] else { return false }
            seen[Int(v)] = true
        }
        return true
    }

    /// Whether every edge `u → v` of `graph` has `u` before `v` in `order`, except edges whose ends
    /// share a group (`group[u] == group[v] >= 0`) and self-loops.
    public static func isTopologicalOrder(_ order: [UInt32], of graph: CSRGraph, groups: [Int32]? = nil) -> Bool {
        guard isPermutation(order, nodeCount: graph.nodeCount) else { return false }
        var position = [Int](repeating: 0, count: graph.nodeCount)
        for (i, v) in order.enumerated() { position[Int(v)] = i }
        for (u, v) in graph.edges where u != v {
            if let groups, groups[Int(u)] >= 0, groups[Int(u)] == groups[Int(v)] { continue }
            if position[Int(u)] >= position[Int(v)] { return false }
        }
        return true
    }
}
