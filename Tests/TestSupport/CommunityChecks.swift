import GraphAlgorithms

/// Predicates over partitions for community-detection tests.
public enum CommunityChecks {
    /// Whether `labels` assigns every one of `nodeCount` nodes to a community in `0 ..< count` and
    /// every community is non-empty.
    public static func isPartition(_ labels: [UInt32], nodeCount: Int, count: Int) -> Bool {
        guard labels.count == nodeCount else { return false }
        var used = [Bool](repeating: false, count: count)
        for c in labels {
            guard Int(c) < count else { return false }
            used[Int(c)] = true
        }
        return !used.contains(false)
    }

    /// Whether the members of every community induce a connected subgraph (checked by a
    /// breadth-first search restricted to the community).
    public static func communitiesAreConnected(_ graph: WeightedGraph, labels: [UInt32]) -> Bool {
        var visited = [Bool](repeating: false, count: graph.nodeCount)
        var seenCommunity = Set<UInt32>()
        for root in 0..<graph.nodeCount where !visited[root] {
            // The first unvisited member of a community starts its search; a second start means
            // the community fell apart.
            guard seenCommunity.insert(labels[root]).inserted else { return false }
            var queue = [root]
            visited[root] = true
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for u in graph.neighbors(of: v) where !visited[Int(u)] && labels[Int(u)] == labels[root] {
                    visited[Int(u)] = true
                    queue.append(Int(u))
                }
            }
        }
        return true
    }

    /// The connected component of every node, numbered by first appearance.
    public static func connectedComponents(_ graph: WeightedGraph) -> [UInt32] {
        communitiesOfComponents(graph, labels: [UInt32](repeating: 0, count: graph.nodeCount))
    }

    /// Connected parts of each community, numbered by first appearance.
    public static func communitiesOfComponents(_ graph: WeightedGraph, labels: [UInt32]) -> [UInt32] {
        var part = [UInt32](repeating: .max, count: graph.nodeCount)
        var next: UInt32 = 0
        for root in 0..<graph.nodeCount where part[root] == .max {
            var stack = [root]
            part[root] = next
            while let v = stack.popLast() {
                for u in graph.neighbors(of: v) where part[Int(u)] == .max && labels[Int(u)] == labels[root] {
                    part[Int(u)] = next
                    stack.append(Int(u))
                }
            }
            next += 1
        }
        return part
    }

    /// Relabels a partition by first appearance, so equal partitions compare equal.
    public static func canonical(_ labels: [UInt32]) -> [UInt32] {
        var map = [UInt32: UInt32]()
        return labels.map { label in
            if let mapped = map[label] { return mapped }
            let mapped = UInt32(map.count)
            map[label] = mapped
            return mapped
        }
    }
}
