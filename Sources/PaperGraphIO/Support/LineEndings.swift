/// One line ending for every text reader: CRLF (Windows) and lone CR (classic Mac OS) become LF.
///
/// Applied once to every text input before its parser runs, so Markdown, BibTeX, CSV/TSV, edge
/// lists and JSON Lines count lines and split records alike whatever editor saved the file.
public enum LineEndings {
    /// `bytes` with each `\r\n` and each lone `\r` replaced by `\n`; the same array when it has no `\r`.
    ///
    /// - Complexity: O(n) time; O(n) extra space only when a `\r` is present.
    public static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var normalizer = Normalizer()
        normalizer.append(bytes[...], to: &output)
        return output
    }

    /// The same replacement over text that comes in pieces: a `\r` at the end of one piece and a
    /// `\n` at the start of the next are one line ending.
    public struct Normalizer: Sendable {
        private var afterCR = false

        public init() {}

        /// Appends `piece` to `output` with its line endings replaced.
        ///
        /// - Complexity: O(n); a piece without `\r` is copied whole.
        public mutating func append(_ piece: ArraySlice<UInt8>, to output: inout [UInt8]) {
            var i = piece.startIndex
            if afterCR, i < piece.endIndex, piece[i] == 0x0A { i += 1 }
            afterCR = false
            guard let first = piece[i...].firstIndex(of: 0x0D) else {
                output.append(contentsOf: piece[i...])
                return
            }
            output.append(contentsOf: piece[i..<first])
            i = first
            let n = piece.endIndex
            while i < n {
                let b = piece[i]
                if b == 0x0D {
                    output.append(0x0A)
                    if i + 1 < n {
                        if piece[i + 1] == 0x0A { i += 1 }
                    } else {
                        afterCR = true
                    }
                } else {
                    output.append(b)
                }
                i += 1
            }
        }
    }
}
