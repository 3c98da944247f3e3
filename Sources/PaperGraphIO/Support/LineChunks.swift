import PaperGraphModel

/// A piece of a text input handed to a streaming parser: whole lines, line endings made LF,
/// checked to be UTF-8, without the byte order mark.
public struct TextPiece: Sendable {
    /// The text. It starts at the start of a line and ends after an LF, except in the last piece.
    public var bytes: ArraySlice<UInt8>
    /// The line number of `bytes.first` (1-based), so that parsers report exact locations.
    public var line: Int
    /// Whether no text follows: a parser must take everything in the last piece.
    public var isLast: Bool
}

/// Cuts text that arrives in pieces cut anywhere (reads, gzip hand-overs) into ``TextPiece``s of
/// whole lines, with line endings normalized (``LineEndings/Normalizer``): the one line reader
/// behind every streamed input (``TextInput/forEachPiece(atPath:chunkSize:maxHeld:_:)``).
///
/// The reader takes what it can of each piece (whole records) and says how many bytes it took;
/// the rest is handed over again with the text that follows (a quoted CSV field spanning lines,
/// a JSON Lines record cut by the piece). A rest is handed over again only once the text behind
/// it has doubled, so a record spanning many pieces is rescanned O(1) times per byte.
struct LineChunks {
    /// Text held past this (a line or a record longer than it) stops the cutting.
    let maxHeld: Int
    /// The file's name, for the UTF-8 check's messages; `nil` skips the check.
    let validatingPath: String?
    private var normalizer = LineEndings.Normalizer()
    /// Normalized text not yet taken by the reader.
    private var pending: [UInt8] = []
    /// The line number of `pending[0]`.
    private var line = 1
    /// How many bytes at the start of `pending` were checked for UTF-8, and their line count.
    private var validated = 0, validatedLines = 0
    /// How many bytes the reader left at its last hand-over.
    private var rest = 0
    private var sawStart = false
    /// The most text `pending` has held (for tests: chunk plus longest line, whatever the input size).
    private(set) var largestHeld = 0

    /// What ``add(_:_:)`` tells its caller.
    enum Progress: Equatable { case more, stopped, overflow }

    init(maxHeld: Int, validatingPath: String? = nil) {
        self.maxHeld = maxHeld
        self.validatingPath = validatingPath
    }

    /// Adds `piece` and hands `body` the complete lines gathered; `body` returns how many bytes
    /// (a prefix ending after an LF) it took, or `nil` to stop.
    ///
    /// - Returns: ``Progress/stopped`` when `body` stops, ``Progress/overflow`` when the text held
    ///   grows past ``maxHeld``.
    /// - Throws: Invalid UTF-8, at its line and column; what `body` throws.
    /// - Complexity: O(n) for the piece, plus the copy of the rest left over.
    mutating func add(_ piece: ArraySlice<UInt8>, _ body: (TextPiece) throws(Diagnostic) -> Int?) throws(Diagnostic) -> Progress {
        var old = pending.count
        normalizer.append(piece, to: &pending)
        largestHeld = max(largestHeld, pending.count)
        if !sawStart {
            guard pending.count >= 3 else { return .more }
            dropByteOrderMark()
            old = 0
        }
        guard let lastLF = pending[old...].lastIndex(of: 0x0A),
              lastLF + 1 >= 2 * rest else {
            return pending.count <= maxHeld ? .more : .overflow
        }
        guard try handOver(upTo: lastLF + 1, isLast: false, body) else { return .stopped }
        return pending.count <= maxHeld ? .more : .overflow
    }

    /// Hands `body` the rest of the text as the last piece (it must take it all).
    ///
    /// - Returns: False when `body` stops.
    mutating func finish(_ body: (TextPiece) throws(Diagnostic) -> Int?) throws(Diagnostic) -> Bool {
        if !sawStart { dropByteOrderMark() }
        defer { pending = [] }
        return try handOver(upTo: pending.count, isLast: true, body)
    }

    private mutating func dropByteOrderMark() {
        sawStart = true
        if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
    }

    private mutating func handOver(upTo end: Int, isLast: Bool, _ body: (TextPiece) throws(Diagnostic) -> Int?) throws(Diagnostic) -> Bool {
        if validated < end {
            if let path = validatingPath {
                validatedLines += try TextInput.validateUTF8(pending[validated..<end], path: path, firstLine: line + validatedLines)
            }
            validated = end
        }
        guard let taken = try body(TextPiece(bytes: pending[..<end], line: line, isLast: isLast)) else { return false }
        precondition(taken >= 0 && taken <= end, "a reader took \(taken) of \(end) bytes")
        line += pending[..<taken].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        validatedLines = pending[taken..<validated].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        pending.removeSubrange(..<taken)
        validated -= taken
        rest = end - taken
        return true
    }
}
