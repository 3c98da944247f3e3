import GraphAlgorithms
import PaperGraphModel

/// Reads citation edge lists: SNAP text files (`cit-HepPh.txt`), LINQS `.cites` and `.tab`
/// files, and any `.edges`/`.el` file of `citing cited` pairs.
///
///     # FromNodeId  ToNodeId        35      1033          33824  paper:19127292  |  paper:17363749
///     1001  9212308                 (cora.cites: 1033 cites 35)  (Pubmed .tab: first cites second)
///
/// Every distinct node token becomes a paper whose key **and** title are the token (edge lists
/// carry no metadata; join another source by key to add titles). LINQS `paper:` prefixes are
/// dropped, so PubMed nodes are keyed by their PMID. Lines are `citing cited` unless
/// ``EdgeListOptions/reverse`` says `cited citing`, which is the default for `.cites` files.
/// See ``EdgeListParser`` for the accepted line shapes; a malformed line is skipped with a
/// warning at its line and column.
///
/// Self-loops and repeated edges are passed on: the builder drops self-citations with a warning
/// and keeps a repeated citation once.
public enum EdgeListImporter {
    /// Reads an edge list into records, papers in order of first appearance.
    ///
    /// The same parser reads a file a piece at a time (``EdgeListImport``, through ``GraphLoader``).
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - path: The file's name, for messages and for the `.cites` default of `reverse`.
    ///   - options: Whether lines are `cited citing`.
    /// - Throws: ``Diagnostic`` for invalid UTF-8 or a file in which no line is an edge.
    /// - Complexity: O(n + V + E) expected time for n bytes, V nodes and E edges.
    public static func read(_ bytes: [UInt8], path: String, options: EdgeListOptions = EdgeListOptions()) throws(Diagnostic) -> ImportedLibrary {
        var parser = EdgeListImport(path: path, options: options)
        return try StreamedImport.read(&parser, bytes: bytes, path: path)
    }

    /// Builds the records of a parsed edge list.
    static func library(_ parsed: ParsedEdgeList, path: String) -> ImportedLibrary {
        var papers: [PaperRecord] = []
        papers.reserveCapacity(parsed.keys.count)
        for (key, seen) in zip(parsed.keys, parsed.firstSeen) {
            papers.append(PaperRecord(key: key, title: key,
                                      location: SourceLocation(file: path, line: Int(seen.line), column: Int(seen.column))))
        }
        for e in parsed.sources.indices {
            let at = parsed.edgeLocations[e]
            papers[Int(parsed.sources[e])].cites.append(
                PaperReference(parsed.keys[Int(parsed.destinations[e])],
                               at: SourceLocation(file: path, line: Int(at.line), column: Int(at.column))))
        }
        return ImportedLibrary(papers: papers, diagnostics: parsed.diagnostics)
    }

    /// Reads a large edge list straight into a citation graph, without paper records.
    ///
    /// Node `i` of the graph is `keys[i]` (order of first appearance); an edge points from the
    /// citing to the cited node. Repeated edges are kept once; self-loops are kept (unlike the
    /// builder, which drops them), so algorithms see the file as written.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - path: The file's name for messages.
    ///   - reverse: Whether lines are `cited citing`.
    /// - Returns: Node keys, the graph, and warnings for skipped lines.
    /// - Throws: ``Diagnostic`` for invalid UTF-8 or a file in which no line is an edge.
    /// - Complexity: O(n + V + E) expected time and O(V + E) space for n bytes, V nodes, E edges.
    public static func readCSR(_ bytes: [UInt8], path: String, reverse: Bool = false) throws(Diagnostic)
        -> (keys: [String], graph: CSRGraph, diagnostics: [Diagnostic]) {
        let parsed = try EdgeListParser.parse(bytes, path: path, reverse: reverse, recordLocations: false)
        let graph = CSRGraph(nodeCount: parsed.keys.count, sources: parsed.sources, destinations: parsed.destinations)
        return (parsed.keys, graph, parsed.diagnostics)
    }
}

/// An edge list read a piece at a time (``StreamingImport``).
struct EdgeListImport: StreamingImport {
    private var parser: EdgeListParser
    private let path: String

    init(path: String, options: EdgeListOptions) {
        self.path = path
        parser = EdgeListParser(path: path, reverse: options.isReversed(forPath: path), recordLocations: true)
    }

    mutating func consume(_ piece: TextPiece) throws(Diagnostic) -> Int { try parser.consume(piece) }

    mutating func finish() throws(Diagnostic) -> ImportedLibrary { EdgeListImporter.library(try parser.finish(), path: path) }
}
