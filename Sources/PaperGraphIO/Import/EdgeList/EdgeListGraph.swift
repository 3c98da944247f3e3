import GraphAlgorithms
import PaperGraphModel

/// An edge list of any node tokens read straight into a citation graph over dense ids, with what
/// the builder would say about it: no paper records, one `String` per distinct token.
///
/// The graph is the one ``PaperGraphBuilder`` makes of ``EdgeListImporter``'s records: nodes in
/// order of first appearance, self-citations dropped (each with the builder's warning at the cited
/// token, and counted), a repeated citation kept once. The diagnostics are the parser's (skipped
/// lines) and the self-citation warnings, the same set the general path reports.
public struct EdgeListGraph: Sendable {
    /// Node `i`'s token.
    public let keys: [String]
    /// Citing → cited, rows sorted, no self-loops or repeats.
    public let citations: CSRGraph
    /// The papers that cited themselves.
    public let selfCitingPapers: Int
    /// Warnings, as the general path gives them (in another order; callers sort by location).
    public let diagnostics: [Diagnostic]

    /// Reads the edge list at `path` a piece at a time (plain or gzip), or returns `nil` when
    /// ``GraphLoader`` would read it otherwise: another format, a `.txt` file whose first 64 KiB
    /// say it is a Markdown list (``TextFormatSniffer``), or `--merge titles`.
    ///
    /// - Parameter format: The `--from` format of the file, the sole input.
    ///
    /// - Throws: ``Diagnostic`` for an unreadable file, invalid UTF-8, or a file in which no line is
    ///   an edge, with the general path's message and location.
    /// - Complexity: O(n + V + E) expected time for n bytes; O(V + E) space (two arrays of edges, then the graph).
    public static func read(atPath path: String, format: InputFormat?, options: ImportOptions) throws(Diagnostic) -> EdgeListGraph? {
        // As GraphLoader picks the reader of a sole input; a title merge could join two tokens.
        guard format ?? InputFormat.inferred(fromPath: path) ?? .json == .edgelist, options.merge != .titles else { return nil }
        var parser = EdgeListParser(path: path, reverse: options.edgeList.isReversed(forPath: path), recordLocations: false)
        var decided = format != nil || !InputFormat.isPlainText(path), isMarkdown = false
        _ = try TextInput.forEachPiece(atPath: path) { (piece) throws(Diagnostic) -> Int? in
            if !decided {
                guard piece.bytes.count >= TextFormatSniffer.window || piece.isLast else { return 0 }
                decided = true
                isMarkdown = TextFormatSniffer.format(of: Array(piece.bytes.prefix(TextFormatSniffer.window))) != .edgelist
                if isMarkdown { return nil }
            }
            return try parser.consume(piece)
        }
        if isMarkdown { return nil }
        return EdgeListGraph(try parser.finish(), path: path)
    }

    init(_ parsed: consuming ParsedEdgeList, path: String) {
        keys = parsed.keys
        var diagnostics = parsed.diagnostics
        var selfCiting = Set<UInt32>()
        for loop in parsed.selfLoops {
            selfCiting.insert(loop.node)
            diagnostics.append(PaperGraphBuilder.selfCitationWarning(
                parsed.keys[Int(loop.node)], at: SourceLocation(file: path, line: Int(loop.line), column: Int(loop.column))))
        }
        self.diagnostics = diagnostics
        selfCitingPapers = selfCiting.count
        if parsed.selfLoops.isEmpty {
            citations = CSRGraph(nodeCount: keys.count, sources: parsed.sources, destinations: parsed.destinations)
        } else {
            var sources = parsed.sources, destinations = parsed.destinations
            parsed.sources = []
            parsed.destinations = []
            var kept = 0
            for e in sources.indices where sources[e] != destinations[e] {
                sources[kept] = sources[e]
                destinations[kept] = destinations[e]
                kept += 1
            }
            sources.removeLast(sources.count - kept)
            destinations.removeLast(destinations.count - kept)
            citations = CSRGraph(nodeCount: keys.count, sources: sources, destinations: destinations)
        }
    }
}
