import PaperGraphModel

/// A CSV or TSV table parsed per RFC 4180: fields separated by a delimiter, optionally enclosed
/// in double quotes (which may then hold delimiters, line breaks and `""` for a quote), records
/// ended by LF or CRLF.
///
///     id,title,authors
///     a,"Deep Learning, a Survey","LeCun; Bengio"
///
/// A quote inside an unquoted field is kept as a character (common in hand-written files);
/// blank lines are skipped. Every field remembers its line and column for messages.
public struct DelimitedTable: Sendable {
    /// A field's text and where it starts (its opening quote, for a quoted field).
    public struct Field: Sendable, Equatable {
        public var text: String
        public var location: SourceLocation
    }

    /// All records, header first.
    public var rows: [[Field]]

    /// Parses `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text (a byte order mark is skipped).
    ///   - path: The file's name for locations.
    ///   - delimiter: `,` or a tab (or any other ASCII byte).
    /// - Throws: ``Diagnostic`` for invalid UTF-8, an unterminated quoted field, or text after a
    ///   closing quote, at its line and column.
    /// - Complexity: O(n) in the input size.
    public static func parse(_ bytes: [UInt8], path: String, delimiter: UInt8) throws(Diagnostic) -> DelimitedTable {
        var rows: [[Field]] = []
        let reader = RowReader(path: path, delimiter: delimiter)
        _ = try TextInput.forEachPiece(of: bytes, path: path) { (piece) throws(Diagnostic) in
            try reader.consume(piece) { rows.append($0) }
        }
        return DelimitedTable(rows: rows)
    }

    /// Splits records a ``TextPiece`` at a time; a record whose quoted field runs past the end
    /// of a piece is left for the next one (``StreamingImport``'s rule), so records spanning
    /// lines are read whole wherever the pieces are cut.
    struct RowReader {
        let path: String
        let delimiter: UInt8

        /// Hands `row` each complete record of `piece` (blank lines skipped).
        ///
        /// - Returns: The bytes taken: up to the start of an unfinished record, all of the last piece.
        /// - Throws: ``Diagnostic`` for an unterminated quoted field in the last piece, or text after
        ///   a closing quote; what `row` throws.
        /// - Complexity: O(n) in the piece's size.
        func consume(_ piece: TextPiece, _ row: ([Field]) throws(Diagnostic) -> Void) throws(Diagnostic) -> Int {
            let bytes = piece.bytes, n = bytes.endIndex, delimiter = delimiter
            var i = bytes.startIndex
            var line = piece.line, lineStart = i
            var fields: [Field] = []
            // Columns are counted from the last location asked for on the same line, so that a
            // very long line costs linear, not quadratic, time.
            var markPosition = i, markColumn = 1
            func location(_ position: Int) -> SourceLocation {
                if markPosition < lineStart || markPosition > position {
                    markPosition = lineStart
                    markColumn = 1
                }
                for k in markPosition..<position where bytes[k] & 0xC0 != 0x80 { markColumn += 1 }
                markPosition = position
                return SourceLocation(file: path, line: line, column: markColumn)
            }
            func isEnd(_ position: Int) -> Bool { position == n || bytes[position] == 0x0A }
            var recordStart = i
            while i < n {
                if fields.isEmpty { recordStart = i }
                let fieldLocation = location(i)
                var text: [UInt8] = []
                if bytes[i] == 0x22 {
                    i += 1
                    while true {
                        guard i < n else {
                            if !piece.isLast { return recordStart - bytes.startIndex }
                            throw .error("expected a closing quote for the field opened here, found end of file", at: fieldLocation)
                        }
                        let b = bytes[i]
                        if b == 0x22 {
                            if i + 1 < n && bytes[i + 1] == 0x22 {
                                text.append(0x22)
                                i += 2
                                continue
                            }
                            i += 1
                            break
                        }
                        if b == 0x0A { line += 1; lineStart = i + 1 }
                        text.append(b)
                        i += 1
                    }
                    guard isEnd(i) || bytes[i] == delimiter else {
                        throw .error("expected a delimiter or end of line after the closing quote, found '\(String(decoding: bytes[i..<i + 1], as: UTF8.self))'",
                                     at: location(i))
                    }
                } else {
                    let start = i
                    while !isEnd(i) && bytes[i] != delimiter { i += 1 }
                    text = Array(bytes[start..<i])
                }
                fields.append(Field(text: String(decoding: text, as: UTF8.self), location: fieldLocation))
                if i < n && bytes[i] == delimiter {
                    i += 1
                    if isEnd(i) { fields.append(Field(text: "", location: location(i))) } else { continue }
                }
                // End of record.
                if i < n && bytes[i] == 0x0A { i += 1 }
                line += 1
                lineStart = i
                if !(fields.count == 1 && fields[0].text.isEmpty) { try row(fields) }
                fields = []
                while i < n && bytes[i] == 0x0A {
                    i += 1
                    line += 1
                    lineStart = i
                }
            }
            return bytes.count
        }
    }
}
