import PaperGraphModel

/// The parser of a line-oriented format (edge lists, CSV/TSV tables, JSON Lines), fed one file a
/// ``TextPiece`` at a time, so that the file's text is never held whole.
///
/// Every streamed format reads a buffer through the same parser (``StreamedImport/read(_:bytes:path:chunkSize:)``),
/// so a file and its bytes give the same records and diagnostics, at the same locations.
protocol StreamingImport {
    /// Parses the whole records at the start of `piece`.
    ///
    /// - Returns: How many bytes it took (a prefix ending after an LF; all of the last piece).
    ///   The rest comes again with the text that follows.
    mutating func consume(_ piece: TextPiece) throws(Diagnostic) -> Int
    /// The records read, once every piece was consumed.
    mutating func finish() throws(Diagnostic) -> ImportedLibrary
}

/// Runs a ``StreamingImport`` over a file or a buffer.
enum StreamedImport {
    /// Reads `bytes` (raw: line endings and byte order mark as in the file) in raw pieces of
    /// `chunkSize` bytes.
    static func read(_ parser: inout some StreamingImport, bytes: [UInt8], path: String,
                     chunkSize: Int = .max) throws(Diagnostic) -> ImportedLibrary {
        _ = try TextInput.forEachPiece(of: bytes, path: path, chunkSize: chunkSize) { (piece) throws(Diagnostic) in
            try parser.consume(piece)
        }
        return try parser.finish()
    }

    /// Reads the file at `path` a piece at a time (``TextInput/forEachPiece(atPath:chunkSize:maxHeld:_:)``).
    static func read(_ parser: inout any StreamingImport, atPath path: String,
                     chunkSize: Int = 1 << 20) throws(Diagnostic) -> ImportedLibrary {
        _ = try TextInput.forEachPiece(atPath: path, chunkSize: chunkSize) { (piece) throws(Diagnostic) in
            try parser.consume(piece)
        }
        return try parser.finish()
    }
}

/// The text of a whole-document format gathered from streamed pieces, then read whole: what a
/// `.txt` file becomes when its first 64 KiB say it is a Markdown list.
struct WholeDocumentImport: StreamingImport {
    let format: InputFormat
    let path: String
    let options: ImportOptions
    let maximum: Int
    private var text: [UInt8] = []

    init(format: InputFormat, path: String, options: ImportOptions, maximum: Int = TextInput.configuredMaximumSize) {
        self.format = format
        self.path = path
        self.options = options
        self.maximum = maximum > 0 ? maximum : .max
    }

    mutating func consume(_ piece: TextPiece) throws(Diagnostic) -> Int {
        guard text.count + piece.bytes.count <= maximum else { throw TextInput.tooLarge(path, maximum: maximum) }
        text.append(contentsOf: piece.bytes)
        return piece.bytes.count
    }

    mutating func finish() throws(Diagnostic) -> ImportedLibrary {
        var library = try format.importer.importLibrary(text, path: path, options: options)
        if library.source == nil { library.source = format.recordSource }
        return library
    }
}

/// A `.txt` file read without `--from`: its first 64 KiB (``TextFormatSniffer``) choose an edge
/// list (streamed) or a Markdown list (read whole), then every piece goes to that reader.
struct SniffedTextImport: StreamingImport {
    let path: String
    let options: ImportOptions
    private var chosen: (any StreamingImport)?

    init(path: String, options: ImportOptions) {
        self.path = path
        self.options = options
    }

    mutating func consume(_ piece: TextPiece) throws(Diagnostic) -> Int {
        if chosen == nil {
            guard piece.bytes.count >= TextFormatSniffer.window || piece.isLast else { return 0 }
            chosen = TextFormatSniffer.format(of: Array(piece.bytes.prefix(TextFormatSniffer.window))) == .edgelist
                ? EdgeListImport(path: path, options: options.edgeList)
                : WholeDocumentImport(format: .markdown, path: path, options: options)
        }
        return try chosen!.consume(piece)
    }

    mutating func finish() throws(Diagnostic) -> ImportedLibrary {
        if chosen == nil { chosen = EdgeListImport(path: path, options: options.edgeList) }
        return try chosen!.finish()
    }
}

extension InputFormat {
    /// The streaming parser that reads the file at `path` in this format, or `nil` when the
    /// format is read whole (native JSON, node-link, CSL-JSON, BibTeX, Markdown, `.pgraph`).
    ///
    /// - Parameter sniffed: Whether a `.txt` file's content chooses between an edge list and Markdown.
    func streamingImport(path: String, options: ImportOptions, sniffed: Bool) -> (any StreamingImport)? {
        switch self {
        case .edgelist:
            sniffed ? SniffedTextImport(path: path, options: options) : EdgeListImport(path: path, options: options.edgeList)
        case .csv: TableImport(path: path, options: options.table)
        case .json, .s2, .openalex, .cslJSON, .nodeLink:
            JSONFormatDetection.isJSONLines(path) ? JSONLinesImport(format: self, path: path) : nil
        default: nil
        }
    }
}
