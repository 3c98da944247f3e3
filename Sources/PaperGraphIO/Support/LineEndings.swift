/// One line ending for every text reader: CRLF (Windows) and lone CR (classic Mac OS) become LF.
///
/// Applied once to every text input before its parser runs, so Markdown, BibTeX, CSV/TSV, edge
/// lists and JSON Lines count lines and split records alike whatever editor saved the file.
public enum LineEndings {
    /// `bytes` with each `\r\n` and each lone `\r` replaced by `\n`; the same array when it has no `\r`.
    ///
    /// - Complexity: O(n) time; O(n) extra space only when a `\r` is present.
    public static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        guard let first = bytes.firstIndex(of: 0x0D) else { return bytes }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        output.append(contentsOf: bytes[..<first])
        var i = first
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0D {
                output.append(0x0A)
                if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
            } else {
                output.append(b)
            }
            i += 1
        }
        return output
    }
}
