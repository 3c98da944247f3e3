/// A directed graph in compressed sparse row (CSR) form over dense `UInt32` node ids.
///
/// Node ids run from `0` to `nodeCount - 1`. The out-neighbours of node `v` are
/// `targets[offsets[v] ..< offsets[v + 1]]`, sorted ascending. The graph is immutable
/// and `Sendable`; to edit it, build a new one.
///
///     0 ──▶ 1 ──▶ 2        offsets = [0, 1, 2, 2]
///                          targets = [1, 2]
///
/// In PaperGraph a citation edge points from the citing paper to the cited one.
public struct CSRGraph: Sendable, Equatable {
    /// The number of nodes; ids are `0 ..< nodeCount`.
    public let nodeCount: Int
    /// Row starts: `offsets.count == nodeCount + 1`, `offsets[nodeCount] == edgeCount`.
    public let offsets: [UInt32]
    /// Column indices (edge heads), each row sorted ascending.
    public let targets: [UInt32]

    /// The number of edges.
    @inlinable public var edgeCount: Int { targets.count }

    /// Creates a graph from prepared CSR arrays.
    ///
    /// - Precondition: `offsets` has `nodeCount + 1` non-decreasing entries starting at 0 and ending
    ///   at `targets.count`, and every target is below `nodeCount`.
    public init(nodeCount: Int, offsets: [UInt32], targets: [UInt32]) {
        precondition(offsets.count == nodeCount + 1, "offsets must have nodeCount + 1 entries")
        precondition(offsets.first == 0 && Int(offsets.last!) == targets.count, "offsets must span targets")
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
    }

    /// Builds a graph from parallel arrays of edge tails and heads with a counting sort.
    ///
    /// Rows come out sorted ascending; with `deduplicate` repeated edges are kept once.
    ///
    /// - Parameters:
    ///   - nodeCount: The number of nodes.
    ///   - sources: Edge tails, each below `nodeCount`.
    ///   - destinations: Edge heads, each below `nodeCount`, the same count as `sources`.
    ///   - deduplicate: Whether to drop repeated `(source, destination)` pairs.
    /// - Complexity: O(V + E) time and O(V + E) space, where V is `nodeCount` and E the edge count.
    public init(nodeCount: Int, sources: [UInt32], destinations: [UInt32], deduplicate: Bool = true) {
        precondition(sources.count == destinations.count, "sources and destinations must pair up")
        precondition(sources.count <= Int(UInt32.max), "too many edges for UInt32 offsets")
        // Counting sort by destination, then by source: a stable two-pass radix sort that leaves
        // every row sorted by target without a comparison sort.
        let byDestination = CSRGraph.bucket(keys: destinations, values: sources, nodeCount: nodeCount)
        var offsets = [UInt32](repeating: 0, count: nodeCount + 1)
        for s in sources {
            precondition(Int(s) < nodeCount, "edge source out of range")
            offsets[Int(s) + 1] &+= 1
        }
        for v in 0..<nodeCount { offsets[v + 1] &+= offsets[v] }
        var cursor = offsets
        var targets = [UInt32](repeating: 0, count: sources.count)
        for d in 0..<nodeCount {
            for i in Int(byDestination.offsets[d])..<Int(byDestination.offsets[d + 1]) {
                let s = Int(byDestination.values[i])
                targets[Int(cursor[s])] = UInt32(d)
                cursor[s] &+= 1
            }
        }
        if deduplicate {
            var write = 0
            var newOffsets = [UInt32](repeating: 0, count: nodeCount + 1)
            for v in 0..<nodeCount {
                let start = Int(offsets[v]), end = Int(offsets[v + 1])
                var previous: UInt32? = nil
                for i in start..<end where targets[i] != previous {
                    targets[write] = targets[i]
                    previous = targets[i]
                    write += 1
                }
                newOffsets[v + 1] = UInt32(write)
            }
            targets.removeLast(targets.count - write)
            offsets = newOffsets
        }
        self.init(nodeCount: nodeCount, offsets: offsets, targets: targets)
    }

    /// Groups `values` by `keys` with a counting sort, keeping input order inside a group.
    private static func bucket(keys: [UInt32], values: [UInt32], nodeCount: Int) -> (offsets: [UInt32], values: [UInt32]) {
        var offsets = [UInt32](repeating: 0, count: nodeCount + 1)
        for k in keys {
            precondition(Int(k) < nodeCount, "edge destination out of range")
            offsets[Int(k) + 1] &+= 1
        }
        for v in 0..<nodeCount { offsets[v + 1] &+= offsets[v] }
        var cursor = offsets
        var grouped = [UInt32](repeating: 0, count: values.count)
        for i in keys.indices {
            let k = Int(keys[i])
            grouped[Int(cursor[k])] = values[i]
            cursor[k] &+= 1
        }
        return (offsets, grouped)
    }

    /// Builds a graph from `(source, destination)` pairs.
    ///
    /// - Complexity: O(V + E).
    public init(nodeCount: Int, edges: [(UInt32, UInt32)], deduplicate: Bool = true) {
        self.init(nodeCount: nodeCount, sources: edges.map(\.0), destinations: edges.map(\.1),
                  deduplicate: deduplicate)
    }

    /// The out-neighbours of `node`, sorted ascending.
    ///
    /// - Complexity: O(1).
    @inlinable public func neighbors(of node: Int) -> ArraySlice<UInt32> {
        targets[Int(offsets[node])..<Int(offsets[node + 1])]
    }

    /// The number of edges leaving `node`.
    ///
    /// - Complexity: O(1).
    @inlinable public func outDegree(of node: Int) -> Int {
        Int(offsets[node + 1] &- offsets[node])
    }

    /// Whether the edge `source → destination` exists.
    ///
    /// - Complexity: O(log d), where d is the out-degree of `source`.
    public func hasEdge(from source: Int, to destination: Int) -> Bool {
        let row = neighbors(of: source)
        var low = row.startIndex, high = row.endIndex
        let key = UInt32(destination)
        while low < high {
            let mid = (low + high) / 2
            if row[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < row.endIndex && row[low] == key
    }

    /// The graph with every edge reversed; rows of the result are sorted too.
    ///
    /// A counting sort by head: scattering the rows in ascending tail order leaves every new row
    /// sorted, with one pass to count and one to scatter.
    ///
    /// - Complexity: O(V + E) time; O(V + E) space for the result only.
    public func reversed() -> CSRGraph {
        let n = nodeCount
        var reverseOffsets = [UInt32](repeating: 0, count: n + 1)
        var sources = [UInt32](repeating: 0, count: edgeCount)
        offsets.withUnsafeBufferPointer { rowStart in
            targets.withUnsafeBufferPointer { heads in
                reverseOffsets.withUnsafeMutableBufferPointer { counts in
                    for head in heads { counts[Int(head) + 1] &+= 1 }
                    for v in 0..<n { counts[v + 1] &+= counts[v] }
                    var cursor = Array(counts.dropLast())
                    sources.withUnsafeMutableBufferPointer { out in
                        cursor.withUnsafeMutableBufferPointer { cursor in
                            for v in 0..<n {
                                for e in Int(rowStart[v])..<Int(rowStart[v + 1]) {
                                    let head = Int(heads[e])
                                    out[Int(cursor[head])] = UInt32(truncatingIfNeeded: v)
                                    cursor[head] &+= 1
                                }
                            }
                        }
                    }
                }
            }
        }
        return CSRGraph(nodeCount: n, offsets: reverseOffsets, targets: sources)
    }

    /// The graph's edges as `(source, destination)` pairs in row order.
    ///
    /// - Complexity: O(E).
    public var edges: [(source: UInt32, destination: UInt32)] {
        var result = [(source: UInt32, destination: UInt32)]()
        result.reserveCapacity(edgeCount)
        for v in 0..<nodeCount {
            for t in neighbors(of: v) { result.append((UInt32(v), t)) }
        }
        return result
    }
}
