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
        try TextInput.validateUTF8(bytes, path: path)
        let n = bytes.count
        var i = TextInput.byteOrderMarkLength(bytes)
        var line = 1, lineStart = i
        var rows: [[Field]] = []
        var row: [Field] = []
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
        func isEnd(_ position: Int) -> Bool {
            position == n || bytes[position] == 0x0A || (bytes[position] == 0x0D && (position + 1 == n || bytes[position + 1] == 0x0A))
        }
        while i < n {
            let fieldLocation = location(i)
            var text: [UInt8] = []
            if bytes[i] == 0x22 {
                i += 1
                while true {
                    guard i < n else {
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
            row.append(Field(text: String(decoding: text, as: UTF8.self), location: fieldLocation))
            if i < n && bytes[i] == delimiter {
                i += 1
                if isEnd(i) { row.append(Field(text: "", location: location(i))) } else { continue }
            }
            // End of record.
            if i < n && bytes[i] == 0x0D { i += 1 }
            if i < n && bytes[i] == 0x0A { i += 1 }
            line += 1
            lineStart = i
            if !(row.count == 1 && row[0].text.isEmpty) { rows.append(row) }
            row = []
            while i < n && (bytes[i] == 0x0A || (bytes[i] == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A)) {
                i += bytes[i] == 0x0D ? 2 : 1
                line += 1
                lineStart = i
            }
        }
        return DelimitedTable(rows: rows)
    }
}
