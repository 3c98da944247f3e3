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

    /// Columns padded to their widest cell, long cells cut at `maxWidth` with an ellipsis.
    func table(maxWidth: Int = 60) -> String {
        let cells = ([headers] + rows).map { $0.map { Self.clip($0.replacingNewlines(), to: maxWidth) } }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var text = ""
        for (r, row) in cells.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                let isLast = i == row.count - 1
                if alignments[i] == .right { line += pad + cell } else { line += cell + (isLast ? "" : pad) }
                if !isLast { line += "  " }
            }
            text += line + "\n"
            if r == 0 {
                text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        return text
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
