import Foundation

/// Formats rows as an aligned text table or as RFC 4180 CSV.
struct TableWriter {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Rows made when written, after `rows`: a count and the cells of each (see
    /// ``init(_:rowCount:row:)``).
    private var generated: (count: Int, row: (Int) -> [String])?

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    /// A table whose `rowCount` rows are made by `row` when the table is written, and made twice
    /// (measured, then written), so a table of millions of rows is never held as strings.
    init(_ columns: [(String, Alignment)], rowCount: Int, row: @escaping (Int) -> [String]) {
        self.init(columns)
        generated = (rowCount, row)
    }

    mutating func add(_ row: [String]) {
        precondition(row.count == headers.count, "row width must match the header")
        rows.append(row)
    }

    /// The header (index 0) and every row, stored then generated, in order.
    private func forEachLine(_ body: ([String]) -> Void) {
        body(headers)
        for row in rows { body(row) }
        if let generated {
            for i in 0..<generated.count {
                let row = generated.row(i)
                precondition(row.count == headers.count, "row width must match the header")
                body(row)
            }
        }
    }

    /// The longest a cell other than the last may be before it is cut with an ellipsis.
    static let cellLimit = 60

    /// Columns padded to their widest cell. With a `width` (the terminal's), cells other than the
    /// last are cut at ``cellLimit`` and the last column wraps at word boundaries onto
    /// continuation lines so that every line fits in `width` (when the other columns leave it at
    /// least 20 characters; the widest other columns are cut further, none below 16, to leave it 30);
    /// with `width` nil (`--wide`) nothing is cut or wrapped.
    func table(width: Int? = nil) -> String {
        var text = ""
        write(width: width) { text += $0 }
        return text
    }

    /// ``table(width:)`` handed to `output` in pieces of about 64 KB: the cells are measured in a
    /// first pass and written in a second, so only the column widths are kept. A plain ASCII cell,
    /// as most are, is measured by its byte count and copied as is, so a table of a million rows
    /// takes well under a second.
    func write(width: Int? = nil, to output: (String) -> Void) {
        let last = headers.count - 1
        func clipped(_ cell: String, _ i: Int) -> Cell {
            let limit = width == nil || i == last ? Int.max : Self.cellLimit
            if Self.isPrintableASCII(cell) && cell.utf8.count <= limit { return Cell(text: cell, width: cell.utf8.count) }
            return Self.clip(Self.oneLine(cell), to: limit)
        }
        func clipped(_ row: [String]) -> [Cell] { row.enumerated().map { clipped($1, $0) } }
        var widths = [Int](repeating: 0, count: headers.count)
        forEachLine { row in for (i, cell) in row.enumerated() { widths[i] = max(widths[i], clipped(cell, i).width) } }
        let natural = widths
        if let width {
            // Leave the wrapped last column at least 30 characters (or all it needs) by cutting the
            // widest other left-aligned columns, one character at a time, none below 16.
            let wanted = min(widths[last], 30)
            var lead = widths.dropLast().reduce(0) { $0 + $1 + 2 }
            while lead + wanted > width,
                  let widest = widths.indices.dropLast().filter({ alignments[$0] == .left && widths[$0] > 16 })
                      .max(by: { widths[$0] < widths[$1] }) {
                widths[widest] -= 1
                lead -= 1
            }
        }
        let lead = widths.dropLast().reduce(0) { $0 + $1 + 2 }
        let lastWidth = width.map { max(20, $0 - lead) } ?? Int.max
        widths[last] = min(widths[last], lastWidth)
        var text: [UInt8] = []
        text.reserveCapacity(Self.pieceSize + 4096)
        func pad(_ count: Int) { for _ in 0..<max(count, 0) { text.append(0x20) } }
        var isHeader = true
        forEachLine { line in
            var row = clipped(line)
            for i in row.indices.dropLast() where widths[i] < natural[i] { row[i] = Self.clip(row[i].text, to: widths[i]) }
            let lastCell = row[last]
            let pieces = alignments[last] == .left && lastCell.width > lastWidth
                ? Self.wrap(lastCell.text, to: lastWidth).map { Cell(text: $0, width: $0.count) } : [lastCell]
            for (p, piece) in pieces.enumerated() {
                for (i, cell) in row.enumerated() {
                    let isLast = i == last
                    let content = isLast ? piece : (p == 0 ? cell : Cell(text: "", width: 0))
                    if alignments[i] == .right { pad(widths[i] - content.width) }
                    text.append(contentsOf: content.text.utf8)
                    if alignments[i] == .left && !isLast { pad(widths[i] - content.width) }
                    if !isLast { pad(2) }
                }
                text.append(0x0A)
            }
            if isHeader {
                isHeader = false
                for (i, width) in widths.enumerated() {
                    for _ in 0..<width { text.append(0x2D) }
                    if i < widths.count - 1 { pad(2) }
                }
                text.append(0x0A)
            }
            if text.count >= Self.pieceSize {
                output(String(decoding: text, as: UTF8.self))
                text.removeAll(keepingCapacity: true)
            }
        }
        if !text.isEmpty { output(String(decoding: text, as: UTF8.self)) }
    }

    /// About how many bytes ``write(width:to:)`` and ``writeCSV(to:)`` hand over at a time.
    static let pieceSize = 1 << 16

    /// A cell as it is printed, with its width in characters.
    private struct Cell {
        var text: String
        var width: Int
    }

    /// Whether every byte of `text` is printable ASCII (0x20 ..< 0x80), as most cells are: then it
    /// holds no line break and is as wide as its byte count. One pass over the bytes.
    private static func isPrintableASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x80 { return false }
            return true
        }
    }

    /// `text` with every line break replaced by a space.
    private static func oneLine(_ text: String) -> String {
        // Line breaks are ASCII controls, U+0085 (C2 85) or U+2028/U+2029 (E2 80 A8/A9).
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        return text.replacingNewlines()
    }

    private static func clip(_ text: String, to width: Int) -> Cell {
        // Short ASCII: one character per byte, nothing to cut.
        let bytes = text.utf8.count
        if bytes <= width && text.utf8.allSatisfy({ $0 < 0x80 }) { return Cell(text: text, width: bytes) }
        let count = text.count
        if count <= width { return Cell(text: text, width: count) }
        return Cell(text: String(text.prefix(width - 1)) + "…", width: width)
    }

    /// `text` cut into lines of at most `width` characters at spaces (a longer word is split).
    static func wrap(_ text: String, to width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if !line.isEmpty && line.count + 1 + word.count > width { lines.append(line); line = "" }
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The header and rows as CSV, quoting cells that hold a comma, quote or line break.
    func csv() -> String {
        var text = ""
        writeCSV { text += $0 }
        return text
    }

    /// ``csv()`` handed to `output` in pieces of about 64 KB.
    func writeCSV(to output: (String) -> Void) {
        var piece = ""
        forEachLine { row in
            piece += row.map(Self.csvField).joined(separator: ",") + "\n"
            if piece.utf8.count >= Self.pieceSize {
                output(piece)
                piece = ""
            }
        }
        if !piece.isEmpty { output(piece) }
    }

    static func csvField(_ cell: String) -> String {
        if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return cell
    }

}

extension String {
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }

}
