/// A directed graph in compressed sparse row (CSR) form over dense `UInt32` node ids.
///
/// Node ids run from `0` to `nodeCount - 1`. The out-neighbours of node `v` are
/// `targets[offsets[v] ..< offsets[v + 1]]`, sorted ascending. The graph is immutable
/// and `Sendable`; to edit it, build a new one.
///
///     0 ──▶ 1 ──▶ 2        offsets = [0, 1, 2, 2]
///                          targets = [1, 2]
///
/// The two arrays are ``CSRArray``s: Swift arrays, or a mapped file's sections read in place.
///
/// In PaperGraph a citation edge points from the citing paper to the cited one.
public struct CSRGraph: Sendable, Equatable {
    /// The number of nodes; ids are `0 ..< nodeCount`.
    public let nodeCount: Int
    /// Row starts: `offsets.count == nodeCount + 1`, `offsets[nodeCount] == edgeCount`.
    public let offsets: CSRArray
    /// Column indices (edge heads), each row sorted ascending.
    public let targets: CSRArray

    /// The number of edges.
    @inlinable public var edgeCount: Int { targets.count }

    /// Creates a graph from prepared CSR arrays.
    ///
    /// - Precondition: `offsets` has `nodeCount + 1` non-decreasing entries starting at 0 and ending
    ///   at `targets.count`, and every target is below `nodeCount`.
    public init(nodeCount: Int, offsets: [UInt32], targets: [UInt32]) {
        self.init(nodeCount: nodeCount, offsets: CSRArray(offsets), targets: CSRArray(targets))
    }

    /// Creates a graph over prepared CSR storage, such as sections of a mapped file read in place.
    ///
    /// - Precondition: as for ``init(nodeCount:offsets:targets:)-([UInt32],[UInt32])``; only the
    ///   count and the ends of `offsets` are checked here, in O(1).
    public init(nodeCount: Int, offsets: CSRArray, targets: CSRArray) {
        precondition(offsets.count == nodeCount + 1, "offsets must have nodeCount + 1 entries")
        precondition(offsets.first == 0 && Int(offsets.last!) == targets.count, "offsets must span targets")
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
    }

    /// Builds a graph from parallel arrays of edge tails and heads with two counting sorts
    /// (``CompressedRows``).
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
        var (offsets, targets) = CompressedRows.sorted(rowCount: nodeCount, columnCount: nodeCount,
                                                       rows: sources, columns: destinations)
        if deduplicate { CompressedRows.dropRepeats(offsets: &offsets, columns: &targets) }
        self.init(nodeCount: nodeCount, offsets: offsets, targets: targets)
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
    @inlinable public func neighbors(of node: Int) -> Slice<CSRArray> {
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
        let low = Self.firstIndex(in: row, notBelow: UInt32(destination))
        return low < row.endIndex && row[low] == UInt32(destination)
    }

    /// The out-neighbours of `node` above `floor`, sorted ascending: the tail of its row.
    ///
    /// - Complexity: O(log d), where d is the out-degree of `node`.
    public func neighbors(of node: Int, above floor: Int) -> Slice<CSRArray> {
        let row = neighbors(of: node)
        guard floor >= 0 else { return row }
        guard floor < Int(UInt32.max) else { return row[row.endIndex...] }
        return row[Self.firstIndex(in: row, notBelow: UInt32(floor + 1))...]
    }

    /// The first index of a sorted row whose entry is at least `key` (`endIndex` if none): a binary search.
    private static func firstIndex(in row: Slice<CSRArray>, notBelow key: UInt32) -> Int {
        var low = row.startIndex, high = row.endIndex
        while low < high {
            let mid = (low + high) / 2
            if row[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The graph with every edge reversed; rows of the result are sorted too.
    ///
    /// A counting sort by head: scattering the rows in ascending tail order leaves every new row
    /// sorted, with one pass to count and one to scatter.
    ///
    /// - Complexity: O(V + E) time; O(V + E) space for the result only.
    public func reversed() -> CSRGraph {
        let reverse = offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { CompressedRows.transposed(offsets: offsets, columns: $0, columnCount: nodeCount) }
        }
        return CSRGraph(nodeCount: nodeCount, offsets: reverse.offsets, targets: reverse.columns)
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
