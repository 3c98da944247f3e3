import Foundation

/// Formats rows as an aligned text table or as RFC 4180 CSV.
struct TableWriter {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func add(_ row: [String]) {
        precondition(row.count == headers.count, "row width must match the header")
        rows.append(row)
    }

    /// The longest a cell other than the last may be before it is cut with an ellipsis.
    static let cellLimit = 60

    /// Columns padded to their widest cell. With a `width` (the terminal's), cells other than the
    /// last are cut at ``cellLimit`` and the last column wraps at word boundaries onto
    /// continuation lines so that every line fits in `width` (when the other columns leave it at
    /// least 20 characters; the widest other column is cut further, not below 24, to leave it 30);
    /// with `width` nil (`--wide`) nothing is cut or wrapped.
    func table(width: Int? = nil) -> String {
        let last = headers.count - 1
        let cells = ([headers] + rows).map { row in
            row.enumerated().map { i, cell in
                let flat = cell.replacingNewlines()
                return width == nil || i == last ? flat : Self.clip(flat, to: Self.cellLimit)
            }
        }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var cut = cells
        if let width, widths[last] > 30, let widest = widths.indices.dropLast().filter({ alignments[$0] == .left })
            .max(by: { widths[$0] < widths[$1] }) {
            // Leave the wrapped column at least 30 characters by cutting the widest other column (not below 24).
            let excess = widths.dropLast().reduce(0) { $0 + $1 + 2 } + 30 - width
            let shrunk = max(24, widths[widest] - max(0, excess))
            if shrunk < widths[widest] {
                widths[widest] = shrunk
                for r in cut.indices { cut[r][widest] = Self.clip(cut[r][widest], to: shrunk) }
            }
        }
        let lead = widths.dropLast().reduce(0) { $0 + $1 + 2 }
        let lastWidth = width.map { max(20, $0 - lead) } ?? Int.max
        widths[last] = min(widths[last], lastWidth)
        var text = ""
        for (r, row) in cut.enumerated() {
            let pieces = alignments[last] == .left ? Self.wrap(row[last], to: lastWidth) : [row[last]]
            for (p, piece) in pieces.enumerated() {
                var line = ""
                for (i, cell) in row.enumerated() {
                    let isLast = i == last
                    let content = isLast ? piece : (p == 0 ? cell : "")
                    let pad = String(repeating: " ", count: max(0, widths[i] - content.count))
                    if alignments[i] == .right { line += pad + content } else { line += content + (isLast ? "" : pad) }
                    if !isLast { line += "  " }
                }
                text += line + "\n"
            }
            if r == 0 {
                text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        return text
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
        ([headers] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func csvField(_ cell: String) -> String {
        if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return cell
    }

    private static func clip(_ text: String, to width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }

}
