import PaperGraphModel

/// The edges of an edge list over dense node ids, as ``EdgeListParser`` read them.
struct ParsedEdgeList {
    /// Node tokens in order of first appearance; node `i` is `keys[i]`.
    var keys: [String] = []
    /// Where each node first appears as (line, column), when locations are recorded.
    var firstSeen: [(line: UInt32, column: UInt32)] = []
    /// Citing node of each edge, in file order.
    var sources: [UInt32] = []
    /// Cited node of each edge.
    var destinations: [UInt32] = []
    /// Where each edge's cited token is, when locations are recorded.
    var edgeLocations: [(line: UInt32, column: UInt32)] = []
    /// The node and the cited token's (line, column) of each self-loop, when other locations are
    /// not recorded (the builder's warning for each, made without records).
    var selfLoops: [(node: UInt32, line: UInt32, column: UInt32)] = []
    var diagnostics: [Diagnostic] = []
}

/// A byte-level edge-list parser: no `String` per line, one per distinct node token.
///
/// Reads, line by line:
/// - blank lines and comments starting with `#` or `%` (skipped);
/// - `citing cited`, separated by spaces or tabs (SNAP); further columns are allowed when they
///   are numbers (weights, timestamps, as in KONECT files) and ignored;
/// - `edge-id paper:A | paper:B` (LINQS `.tab`): A cites B; the `paper:` prefix is dropped;
/// - the LINQS header lines `DIRECTED<TAB>cites` / `UNDIRECTED ...` and the feature line after it.
///
/// With `reverse`, lines read `cited citing` (LINQS `.cites`). Any other line is skipped with a
/// warning at its line and column; the first 20 are reported one by one, the rest counted.
///
/// The parser is fed the text a piece of whole lines at a time (``consume(_:)``), so a file of
/// any size is read in the memory of its graph: ``parse(_:path:reverse:recordLocations:chunkSize:)``
/// feeds a buffer, ``EdgeListImporter`` a file.
struct EdgeListParser {
    static let maximumLineWarnings = 20

    let path: String
    let reverse: Bool
    let recordLocations: Bool

    private var interner = TokenInterner(expectedCount: 1 << 16)
    private var result = ParsedEdgeList()
    private var malformedCount = 0
    private var firstMalformed: Diagnostic?
    private var line: UInt32 = 1
    private var sawDataLine = false, skipFeatureLine = false
    /// The piece being parsed, and where its current line starts.
    private var bytes: ArraySlice<UInt8> = []
    private var lineStart = 0

    init(path: String, reverse: Bool, recordLocations: Bool) {
        self.path = path
        self.reverse = reverse
        self.recordLocations = recordLocations
    }

    /// Parses a whole buffer, fed as raw pieces of `chunkSize` bytes.
    ///
    /// - Throws: The errors of ``consume(_:)`` and ``finish()``.
    /// - Complexity: O(n) expected time in the input size.
    static func parse(_ bytes: [UInt8], path: String, reverse: Bool, recordLocations: Bool,
                      chunkSize: Int = .max) throws(Diagnostic) -> ParsedEdgeList {
        var parser = EdgeListParser(path: path, reverse: reverse, recordLocations: recordLocations)
        _ = try TextInput.forEachPiece(of: bytes, path: path, chunkSize: chunkSize) { (piece) throws(Diagnostic) in
            try parser.consume(piece)
        }
        return try parser.finish()
    }

    /// Parses the lines of `piece`, all of them (every line is a record).
    ///
    /// - Returns: The count of bytes taken: the whole piece.
    /// - Throws: ``Diagnostic`` past 2^32 - 1 distinct nodes.
    /// - Complexity: O(n) expected time in the piece's size.
    mutating func consume(_ piece: TextPiece) throws(Diagnostic) -> Int {
        bytes = piece.bytes
        defer { bytes = [] }
        line = UInt32(truncatingIfNeeded: piece.line)
        let n = bytes.endIndex
        var i = bytes.startIndex
        var tokens: [(start: Int, end: Int)] = []
        tokens.reserveCapacity(8)
        while i < n {
            lineStart = i
            tokens.removeAll(keepingCapacity: true)
            while i < n && bytes[i] != 0x0A {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 || b == 0x0D {
                    i += 1
                    continue
                }
                if tokens.isEmpty && (b == 0x23 || b == 0x25) {  // '#' or '%' comment
                    while i < n && bytes[i] != 0x0A { i += 1 }
                    break
                }
                let start = i
                while i < n, bytes[i] != 0x20, bytes[i] != 0x09, bytes[i] != 0x0D, bytes[i] != 0x0A { i += 1 }
                tokens.append((start, i))
            }
            if !tokens.isEmpty {
                if skipFeatureLine {
                    skipFeatureLine = false
                } else if !sawDataLine && (matches(tokens[0], "DIRECTED") || matches(tokens[0], "UNDIRECTED")) {
                    skipFeatureLine = true
                } else {
                    try handle(tokens)
                }
                sawDataLine = true
            }
            i += 1
            line &+= 1
        }
        return piece.bytes.count
    }

    /// The edges read.
    ///
    /// - Throws: ``Diagnostic`` when no line is an edge but some lines are malformed (the file
    ///   is not an edge list).
    mutating func finish() throws(Diagnostic) -> ParsedEdgeList {
        if result.sources.isEmpty, let firstMalformed {
            throw .error("expected an edge list (two node ids per line), found no edge; \(firstMalformed.message)"
                         + "; if this is a reading list, read it with --from markdown",
                         at: firstMalformed.location)
        }
        if malformedCount > Self.maximumLineWarnings {
            result.diagnostics.append(.warning("\(malformedCount - Self.maximumLineWarnings) more malformed lines skipped",
                                               at: SourceLocation(file: path, line: Int(line) - 1, column: 1)))
        }
        result.keys = interner.keys
        interner = TokenInterner(expectedCount: 0)
        return result
    }

    private mutating func handle(_ tokens: [(start: Int, end: Int)]) throws(Diagnostic) {
        var citing = tokens[0], cited: (start: Int, end: Int)
        if tokens.count == 4 && matches(tokens[2], "|") {
            citing = droppingPrefix(tokens[1])
            cited = droppingPrefix(tokens[3])
        } else if tokens.count >= 2 {
            if let extra = tokens.dropFirst(2).first(where: { !isNumber($0) }) {
                malformed("expected end of line after two node ids, found '\(text(extra))'; line skipped", at: extra.start)
                return
            }
            cited = tokens[1]
            if reverse { swap(&citing, &cited) }
        } else {
            malformed("expected two node ids (citing cited), found only '\(text(tokens[0]))'; line skipped", at: tokens[0].end)
            return
        }
        let from = try node(citing), to = try node(cited)
        result.sources.append(from)
        result.destinations.append(to)
        if recordLocations {
            result.edgeLocations.append((line, column(of: cited.start)))
        } else if from == to {
            result.selfLoops.append((from, line, column(of: cited.start)))
        }
    }

    private mutating func node(_ token: (start: Int, end: Int)) throws(Diagnostic) -> UInt32 {
        guard interner.count < Int(UInt32.max) - 1 else {
            throw .error("too many distinct nodes for 32-bit ids", at: location(token.start))
        }
        let (id, isNew) = interner.intern(bytes, token.start, token.end)
        if isNew && recordLocations { result.firstSeen.append((line, column(of: token.start))) }
        return id
    }

    private mutating func malformed(_ message: String, at position: Int) {
        malformedCount += 1
        let diagnostic = Diagnostic.warning(message, at: location(position))
        if firstMalformed == nil { firstMalformed = diagnostic }
        if malformedCount <= Self.maximumLineWarnings { result.diagnostics.append(diagnostic) }
    }

    private func location(_ position: Int) -> SourceLocation {
        SourceLocation(file: path, line: Int(line), column: Int(column(of: position)))
    }

    /// The 1-based column, in Unicode scalars, of a byte on the current line.
    private func column(of position: Int) -> UInt32 {
        var column: UInt32 = 1
        for k in lineStart..<position where bytes[k] & 0xC0 != 0x80 { column &+= 1 }
        return column
    }

    private func matches(_ token: (start: Int, end: Int), _ word: StaticString) -> Bool {
        guard token.end - token.start == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { buffer in
            buffer.indices.allSatisfy { bytes[token.start + $0] == buffer[$0] }
        }
    }

    /// `paper:123` → `123` (LINQS node tokens carry their node type).
    private func droppingPrefix(_ token: (start: Int, end: Int)) -> (start: Int, end: Int) {
        for k in token.start..<token.end where bytes[k] == 0x3A {
            return k + 1 < token.end ? (k + 1, token.end) : token
        }
        return token
    }

    private func isNumber(_ token: (start: Int, end: Int)) -> Bool {
        var sawDigit = false
        for k in token.start..<token.end {
            switch bytes[k] {
            case 0x30...0x39: sawDigit = true
            case 0x2B, 0x2D, 0x2E, 0x45, 0x65: continue  // + - . E e
            default: return false
            }
        }
        return sawDigit
    }

    private func text(_ token: (start: Int, end: Int)) -> String {
        let end = min(token.end, token.start + 40)
        let s = String(decoding: bytes[token.start..<end], as: UTF8.self)
        return end < token.end ? s + "..." : s
    }
}
