/// A relation from one kind of node to another (author → paper, paper → topic) in CSR form.
///
/// The related columns of row `r` are `columns[offsets[r] ..< offsets[r + 1]]`, sorted ascending.
public struct BipartiteRelation: Sendable, Equatable {
    public let rowCount: Int
    public let columnCount: Int
    public let offsets: [UInt32]
    public let columns: [UInt32]

    /// Builds the relation from `(row, column)` pairs with a counting sort, dropping repeats.
    ///
    /// - Complexity: O(R + C + E).
    public init(rowCount: Int, columnCount: Int, pairs: [(row: UInt32, column: UInt32)]) {
        var offsets = [UInt32](repeating: 0, count: rowCount + 1)
        for p in pairs { offsets[Int(p.row) + 1] += 1 }
        for r in 0..<rowCount { offsets[r + 1] += offsets[r] }
        var cursor = offsets
        var columns = [UInt32](repeating: 0, count: pairs.count)
        for p in pairs {
            columns[Int(cursor[Int(p.row)])] = p.column
            cursor[Int(p.row)] += 1
        }
        var write = 0
        var compact = [UInt32](repeating: 0, count: rowCount + 1)
        for r in 0..<rowCount {
            let row = columns[Int(offsets[r])..<Int(offsets[r + 1])].sorted()
            var previous: UInt32?
            for c in row where c != previous {
                columns[write] = c
                write += 1
                previous = c
            }
            compact[r + 1] = UInt32(write)
        }
        columns.removeLast(columns.count - write)
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.offsets = compact
        self.columns = columns
    }

    /// The columns related to `row`, ascending.
    ///
    /// - Complexity: O(1).
    @inlinable public func columns(of row: Int) -> ArraySlice<UInt32> {
        columns[Int(offsets[row])..<Int(offsets[row + 1])]
    }

    /// The number of related pairs.
    public var pairCount: Int { columns.count }

    /// The same relation seen from the columns: column → rows.
    ///
    /// - Complexity: O(R + C + E).
    public func transposed() -> BipartiteRelation {
        var pairs = [(row: UInt32, column: UInt32)]()
        pairs.reserveCapacity(pairCount)
        for r in 0..<rowCount {
            for c in columns(of: r) { pairs.append((c, UInt32(r))) }
        }
        return BipartiteRelation(rowCount: columnCount, columnCount: rowCount, pairs: pairs)
    }
}
