/// The one compressed-row builder: counting sort and prefix sum for every CSR-like structure
/// (``CSRGraph``, ``WeightedGraph``, ``CSRRelation``, the Leiden levels, component members).
///
/// Entries are `(row, column)` pairs, optionally with a payload (a weight, an entry index). The
/// builder groups them by row with a stable counting sort, and sorts each row by column with a
/// second counting sort before it (a two-pass LSD radix sort), so no comparison sort runs:
///
///     rows    = [1, 0, 1]      offsets = [0, 1, 3]
///     columns = [2, 1, 0]      columns = [1,  0, 2]
///
/// - Complexity: O(R + C + E) time and space for R rows, C columns and E entries.
enum CompressedRows {
    /// Row starts from one row per entry: a count per row, then a prefix sum.
    ///
    /// - Returns: `rowCount + 1` non-decreasing offsets from 0 to `rows.count`.
    /// - Complexity: O(R + E).
    static func offsets<Rows: Collection<UInt32>>(rowCount: Int, rows: Rows) -> [UInt32] {
        precondition(rows.count <= Int(UInt32.max), "too many entries for UInt32 offsets")
        var offsets = [UInt32](repeating: 0, count: rowCount + 1)
        offsets.withUnsafeMutableBufferPointer { counts in
            for r in rows {
                precondition(Int(r) < rowCount, "row out of range")
                counts[Int(r) + 1] &+= 1
            }
            for r in 0..<rowCount { counts[r + 1] &+= counts[r] }
        }
        return offsets
    }

    /// The values grouped by row with a stable counting sort: inside a row, values keep their
    /// input order.
    ///
    /// - Parameters:
    ///   - rowCount: The number of rows; every row is below it.
    ///   - rows: The row of each value.
    ///   - values: The values, as many as `rows`.
    /// - Complexity: O(R + E).
    static func group<Value>(rowCount: Int, rows: [UInt32], values: [Value]) -> (offsets: [UInt32], values: [Value]) {
        precondition(rows.count == values.count, "one row per value")
        let offsets = offsets(rowCount: rowCount, rows: rows)
        guard let first = values.first else { return (offsets, []) }
        var grouped = [Value](repeating: first, count: values.count)
        var cursor = offsets
        cursor.withUnsafeMutableBufferPointer { cursor in
            grouped.withUnsafeMutableBufferPointer { out in
                for i in rows.indices {
                    let r = Int(rows[i])
                    out[Int(cursor[r])] = values[i]
                    cursor[r] &+= 1
                }
            }
        }
        return (offsets, grouped)
    }

    /// Entries grouped by row, each row sorted ascending by column; equal columns keep their
    /// input order (so a later merge can keep the first).
    ///
    /// - Complexity: O(R + C + E).
    static func sorted(rowCount: Int, columnCount: Int, rows: [UInt32], columns: [UInt32]) -> (offsets: [UInt32], columns: [UInt32]) {
        precondition(rows.count == columns.count, "one column per row entry")
        let byColumn = group(rowCount: columnCount, rows: columns, values: rows)
        return transposed(offsets: byColumn.offsets, columns: byColumn.values, columnCount: rowCount)
    }

    /// Like ``sorted(rowCount:columnCount:rows:columns:)``, carrying a payload per entry.
    ///
    /// - Complexity: O(R + C + E).
    static func sorted<Payload>(rowCount: Int, columnCount: Int, rows: [UInt32], columns: [UInt32],
                                payload: [Payload]) -> (offsets: [UInt32], columns: [UInt32], payload: [Payload]) {
        precondition(rows.count == columns.count && rows.count == payload.count, "one column and payload per entry")
        let indices = (0..<UInt32(truncatingIfNeeded: rows.count)).map { $0 }
        let byColumn = group(rowCount: columnCount, rows: columns, values: indices)
        let rowOfColumnSlot = byColumn.values.map { rows[Int($0)] }
        let byRow = group(rowCount: rowCount, rows: rowOfColumnSlot, values: byColumn.values)
        return (byRow.offsets, byRow.values.map { columns[Int($0)] }, byRow.values.map { payload[Int($0)] })
    }

    /// Merges repeated columns inside each sorted row, in place: the first entry of a run stays
    /// and `merge` folds each later one into it.
    ///
    /// - Complexity: O(R + E).
    static func mergeRepeats<Payload>(offsets: inout [UInt32], columns: inout [UInt32], payload: inout [Payload],
                                      merge: (inout Payload, Payload) -> Void) {
        var write = 0
        var start = 0
        for r in 0..<(offsets.count - 1) {
            let end = Int(offsets[r + 1])
            var i = start
            while i < end {
                let column = columns[i]
                var value = payload[i]
                i += 1
                while i < end && columns[i] == column {
                    merge(&value, payload[i])
                    i += 1
                }
                columns[write] = column
                payload[write] = value
                write += 1
            }
            start = end
            offsets[r + 1] = UInt32(write)
        }
        columns.removeLast(columns.count - write)
        payload.removeLast(payload.count - write)
    }

    /// Drops repeated columns inside each sorted row, in place.
    ///
    /// - Complexity: O(R + E).
    static func dropRepeats(offsets: inout [UInt32], columns: inout [UInt32]) {
        var write = 0
        var start = 0
        for r in 0..<(offsets.count - 1) {
            let end = Int(offsets[r + 1])
            var previous: UInt32? = nil
            for i in start..<end where columns[i] != previous {
                columns[write] = columns[i]
                previous = columns[i]
                write += 1
            }
            start = end
            offsets[r + 1] = UInt32(write)
        }
        columns.removeLast(columns.count - write)
    }

    /// The transpose of rows laid out by `offsets`: column → rows, each new row ascending
    /// (scattering the rows in ascending order keeps every counting-sort bucket sorted).
    ///
    /// - Complexity: O(R + C + E).
    static func transposed(offsets: [UInt32], columns: [UInt32], columnCount: Int) -> (offsets: [UInt32], columns: [UInt32]) {
        offsets.withUnsafeBufferPointer { offsets in
            columns.withUnsafeBufferPointer { transposed(offsets: offsets, columns: $0, columnCount: columnCount) }
        }
    }

    /// ``transposed(offsets:columns:columnCount:)-([UInt32],[UInt32],_)`` over buffers.
    ///
    /// - Complexity: O(R + C + E).
    static func transposed(offsets rowStart: UnsafeBufferPointer<UInt32>, columns: UnsafeBufferPointer<UInt32>,
                           columnCount: Int) -> (offsets: [UInt32], columns: [UInt32]) {
        let transposedOffsets = self.offsets(rowCount: columnCount, rows: columns)
        var rows = [UInt32](repeating: 0, count: columns.count)
        var cursor = transposedOffsets
        cursor.withUnsafeMutableBufferPointer { cursor in
            rows.withUnsafeMutableBufferPointer { out in
                for r in 0..<(rowStart.count - 1) {
                    for e in Int(rowStart[r])..<Int(rowStart[r + 1]) {
                        let c = Int(columns[e])
                        out[Int(cursor[c])] = UInt32(truncatingIfNeeded: r)
                        cursor[c] &+= 1
                    }
                }
            }
        }
        return (transposedOffsets, rows)
    }
}
