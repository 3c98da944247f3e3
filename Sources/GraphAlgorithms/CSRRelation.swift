/// A relation from one kind of node to another (author → paper, paper → topic) in compressed
/// sparse row form: the rectangular sibling of ``CSRGraph``.
///
/// The related columns of row `r` are `columns[offsets[r] ..< offsets[r + 1]]`, sorted ascending,
/// without repeats.
///
///     rows 0, 1; columns 0, 1, 2      offsets = [0, 2, 3]
///     0 → {0, 2},  1 → {1}            columns = [0, 2,  1]
///
/// Like ``CSRGraph``, the two arrays are ``CSRArray``s: Swift arrays, or a mapped file's sections
/// read in place.
public struct CSRRelation: Sendable, Equatable {
    /// The number of rows; row ids are `0 ..< rowCount`.
    public let rowCount: Int
    /// The number of columns; every column id is below it.
    public let columnCount: Int
    /// Row starts: `offsets.count == rowCount + 1`, `offsets[rowCount] == pairCount`.
    public let offsets: CSRArray
    /// Column ids, each row sorted ascending without repeats.
    public let columns: CSRArray

    private init(rowCount: Int, columnCount: Int, sortedOffsets: [UInt32], columns: [UInt32]) {
        self.init(rowCount: rowCount, columnCount: columnCount, sortedOffsets: CSRArray(sortedOffsets), columns: CSRArray(columns))
    }

    /// Wraps prepared rows, such as sections of a mapped file read in place.
    ///
    /// - Precondition: every row is sorted ascending without repeats and every column is below
    ///   `columnCount`; only the count and the ends of `offsets` are checked here, in O(1).
    public init(rowCount: Int, columnCount: Int, sortedOffsets offsets: CSRArray, columns: CSRArray) {
        precondition(offsets.count == rowCount + 1 && offsets.first == 0 && Int(offsets.last!) == columns.count,
                     "offsets must span columns")
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.offsets = offsets
        self.columns = columns
    }

    /// Builds the relation from parallel arrays of rows and columns with two counting sorts,
    /// dropping repeats.
    ///
    /// - Precondition: every row is below `rowCount` and every column below `columnCount`.
    /// - Complexity: O(R + C + E) for R rows, C columns and E pairs.
    public init(rowCount: Int, columnCount: Int, rows: [UInt32], columns: [UInt32]) {
        var (offsets, sorted) = CompressedRows.sorted(rowCount: rowCount, columnCount: columnCount,
                                                      rows: rows, columns: columns)
        CompressedRows.dropRepeats(offsets: &offsets, columns: &sorted)
        self.init(rowCount: rowCount, columnCount: columnCount, sortedOffsets: offsets, columns: sorted)
    }

    /// Builds the relation from `(row, column)` pairs, dropping repeats.
    ///
    /// - Complexity: O(R + C + E).
    public init(rowCount: Int, columnCount: Int, pairs: [(row: UInt32, column: UInt32)]) {
        self.init(rowCount: rowCount, columnCount: columnCount, rows: pairs.map(\.row), columns: pairs.map(\.column))
    }

    /// Builds the relation from rows laid out by `offsets` in any order, with repeats: sorts each
    /// row and drops repeats.
    ///
    /// - Precondition: `offsets` has `rowCount + 1` non-decreasing entries from 0 to `columns.count`.
    /// - Complexity: O(R + C + E).
    public init(rowCount: Int, columnCount: Int, unsortedOffsets offsets: [UInt32], columns: [UInt32]) {
        precondition(offsets.count == rowCount + 1 && offsets.first == 0 && Int(offsets.last!) == columns.count,
                     "offsets must span columns")
        let byColumn = CompressedRows.transposed(offsets: offsets, columns: columns, columnCount: columnCount)
        var (rowOffsets, sorted) = CompressedRows.transposed(offsets: byColumn.offsets, columns: byColumn.columns,
                                                             columnCount: rowCount)
        CompressedRows.dropRepeats(offsets: &rowOffsets, columns: &sorted)
        self.init(rowCount: rowCount, columnCount: columnCount, sortedOffsets: rowOffsets, columns: sorted)
    }

    /// The relation seen from the columns, built from rows laid out by `offsets` in any order:
    /// column → rows, each ascending. Equal to
    /// `CSRRelation(rowCount:columnCount:unsortedOffsets:columns:).transposed()` without sorting
    /// the rows first (one counting sort instead of three).
    ///
    ///     rows 0 → {2, 0}, 1 → {0}      columns 0 → {0, 1}, 1 → {}, 2 → {0}
    ///
    /// - Precondition: `offsets` has `rowCount + 1` non-decreasing entries from 0 to
    ///   `columns.count`, every column is below `columnCount`, and no row repeats a column.
    /// - Complexity: O(R + C + E) time and space for R rows, C columns and E pairs.
    public static func transposing(rowCount: Int, columnCount: Int, unsortedOffsets offsets: [UInt32],
                                   columns: [UInt32]) -> CSRRelation {
        precondition(offsets.count == rowCount + 1 && offsets.first == 0 && Int(offsets.last!) == columns.count,
                     "offsets must span columns")
        let t = CompressedRows.transposed(offsets: offsets, columns: columns, columnCount: columnCount)
        return CSRRelation(rowCount: columnCount, columnCount: rowCount, sortedOffsets: t.offsets, columns: t.columns)
    }

    /// The columns related to `row`, ascending.
    ///
    /// - Complexity: O(1).
    @inlinable public func columns(of row: Int) -> Slice<CSRArray> {
        columns[Int(offsets[row])..<Int(offsets[row + 1])]
    }

    /// The number of related pairs.
    @inlinable public var pairCount: Int { columns.count }

    /// The same relation seen from the columns: column → rows, each row ascending.
    ///
    /// - Complexity: O(R + C + E).
    public func transposed() -> CSRRelation {
        let t = offsets.withUnsafeBufferPointer { offsets in
            columns.withUnsafeBufferPointer { CompressedRows.transposed(offsets: offsets, columns: $0, columnCount: columnCount) }
        }
        return CSRRelation(rowCount: columnCount, columnCount: rowCount, sortedOffsets: t.offsets, columns: t.columns)
    }
}
