/// Shortest paths between two nodes, found by `CSRGraph.shortestUndirectedPaths(from:to:limit:reversed:)`.
public struct ShortestPaths: Sendable, Equatable {
    /// Up to `limit` shortest paths, each from the start node to the goal node, in ascending
    /// lexicographic order of their node ids. Empty when the nodes are not connected.
    public let paths: [[UInt32]]
    /// The number of edges on every shortest path, or `nil` when the nodes are not connected.
    public let length: Int?
    /// Whether more shortest paths exist than were returned.
    public let isTruncated: Bool
}

extension CSRGraph {
    /// Finds up to `limit` shortest paths from `start` to `goal`, ignoring edge directions.
    ///
    /// A breadth-first search from `goal` over out- and in-edges stops as soon as it reaches
    /// `start`, which gives every node closer to `goal` than `start` its distance. The paths are
    /// then the walks from `start` that step to a neighbour one closer to `goal` each time;
    /// listing them depth-first with neighbours in ascending id order yields them in
    /// lexicographic order, and every step leads to `goal`, so producing `k` paths costs
    /// O(k · length · degree) however many shortest paths exist in total.
    ///
    ///     0 ──▶ 1 ◀── 3        from 0 to 3: [[0, 1, 3], [0, 2, 3]], length 2
    ///     └───▶ 2 ──▶ 3
    ///
    /// - Parameters:
    ///   - start: The first node of every path.
    ///   - goal: The last node of every path.
    ///   - limit: The most paths to return; at least 0. Default 1.
    ///   - reversed: `reversed()` of this graph, when the caller already has it; otherwise it is
    ///     built here in O(V + E).
    /// - Returns: The paths, their common length, and whether more exist.
    /// - Complexity: O(V + E) for the search, plus O(limit · L · d) to list the paths, where L is
    ///   the path length and d the largest degree on them; O(V) extra space.
    ///
    /// Reference: E. F. Moore, "The shortest path through a maze", Proceedings of the International
    /// Symposium on the Theory of Switching, 1959.
    public func shortestUndirectedPaths(from start: Int, to goal: Int, limit: Int = 1,
                                        reversed: CSRGraph? = nil) -> ShortestPaths {
        precondition(start >= 0 && start < nodeCount && goal >= 0 && goal < nodeCount, "node out of range")
        precondition(limit >= 0, "limit must be non-negative")
        let incoming = reversed ?? self.reversed()
        precondition(incoming.nodeCount == nodeCount && incoming.edgeCount == edgeCount,
                     "reversed must be this graph reversed")

        // Distances to `goal`, exact for every node closer than `start`.
        var distance = [Int32](repeating: -1, count: nodeCount)
        distance[goal] = 0
        var queue = start == goal ? [] : [UInt32(goal)]
        var head = 0
        search: while head < queue.count {
            let u = Int(queue[head])
            head += 1
            for v in neighbors(of: u) where distance[Int(v)] < 0 {
                distance[Int(v)] = distance[u] + 1
                if Int(v) == start { break search }
                queue.append(v)
            }
            for v in incoming.neighbors(of: u) where distance[Int(v)] < 0 {
                distance[Int(v)] = distance[u] + 1
                if Int(v) == start { break search }
                queue.append(v)
            }
        }
        guard distance[start] >= 0 else { return ShortestPaths(paths: [], length: nil, isTruncated: false) }

        // Depth-first over the steps that get one closer, merging out- and in-rows ascending.
        // A frame holds a node and its cursors into both rows.
        var paths = [[UInt32]]()
        var stackNode = [Int(start)]
        var stackOut = [Int(offsets[start])]
        var stackIn = [Int(incoming.offsets[start])]
        var truncated = false
        while let u = stackNode.last {
            if u == goal {
                if paths.count == limit {
                    truncated = true
                    break
                }
                paths.append(stackNode.map { UInt32($0) })
                stackNode.removeLast(); stackOut.removeLast(); stackIn.removeLast()
                continue
            }
            let top = stackNode.count - 1
            let outEnd = Int(offsets[u + 1]), inEnd = Int(incoming.offsets[u + 1])
            var next = -1
            while next < 0 && (stackOut[top] < outEnd || stackIn[top] < inEnd) {
                let a = stackOut[top] < outEnd ? Int(targets[stackOut[top]]) : Int.max
                let b = stackIn[top] < inEnd ? Int(incoming.targets[stackIn[top]]) : Int.max
                let v = Swift.min(a, b)
                if a == v { stackOut[top] += 1 }
                if b == v { stackIn[top] += 1 }
                if distance[v] == distance[u] - 1 { next = v }
            }
            if next < 0 {
                stackNode.removeLast(); stackOut.removeLast(); stackIn.removeLast()
            } else {
                stackNode.append(next)
                stackOut.append(Int(offsets[next]))
                stackIn.append(Int(incoming.offsets[next]))
            }
        }
        return ShortestPaths(paths: paths, length: Int(distance[start]), isTruncated: truncated)
    }
}
