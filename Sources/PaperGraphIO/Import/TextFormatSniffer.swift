/// Tells what a `.txt` file holds: an edge list (SNAP's `citing cited` lines) or a reading list
/// written in Markdown and saved as text.
///
/// Only lines that do not start with `#` count (SNAP edge lists begin with `#` comment lines,
/// while a Markdown heading is no evidence either way): the file is an edge list when at least
/// 90 % of them are two tokens, and a reading list when it is not and some lines look like
/// Markdown list items, links or read marks. At most the first 64 KiB are looked at.
public enum TextFormatSniffer {
    /// The share of counted lines that must be two tokens for an edge list.
    public static let edgeListShare = 0.9
    /// How many bytes at the start are looked at.
    public static let window = 64 * 1024

    /// The format `bytes` read as: ``InputFormat/edgelist`` or ``InputFormat/markdown``.
    ///
    /// - Complexity: O(min(n, 64 KiB)).
    public static func format(of bytes: [UInt8]) -> InputFormat {
        let window = bytes.prefix(Self.window)
        var lines = 0, pairs = 0, markdownLike = 0
        var start = window.startIndex
        while start < window.endIndex {
            var end = start
            while end < window.endIndex, window[end] != 0x0A, window[end] != 0x0D { end += 1 }
            let line = window[start..<end]
            start = end + 1
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }
            guard let first = trimmed.first, first != 0x23 else { continue }
            lines += 1
            if tokenCount(trimmed) == 2 { pairs += 1 }
            if looksLikeMarkdown(Array(trimmed)) { markdownLike += 1 }
        }
        if lines > 0 && Double(pairs) >= edgeListShare * Double(lines) { return .edgelist }
        return markdownLike > 0 ? .markdown : .edgelist
    }

    private static func tokenCount(_ line: ArraySlice<UInt8>) -> Int {
        var count = 0, inToken = false
        for b in line {
            let space = b == 0x20 || b == 0x09
            if !space && !inToken { count += 1 }
            inToken = !space
            if count > 2 { break }
        }
        return count
    }

    /// A list item (`- `, `* `, `+ `, `1. `), a link (`](`), a check box or a read mark.
    private static func looksLikeMarkdown(_ line: [UInt8]) -> Bool {
        if line.count >= 2, [0x2D, 0x2A, 0x2B].contains(line[0]), line[1] == 0x20 { return true }
        if let dot = line.firstIndex(where: { !(0x30...0x39).contains($0) }), dot > 0, dot + 1 < line.count,
           line[dot] == 0x2E || line[dot] == 0x29, line[dot + 1] == 0x20 {
            return true
        }
        let text = String(decoding: line, as: UTF8.self)
        return text.contains("](") || text.contains("[x]") || text.contains("✔") || text.contains("✅")
    }
}
