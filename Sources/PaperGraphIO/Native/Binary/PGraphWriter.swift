import GraphAlgorithms
import PaperGraphModel

/// Writes a ``PaperGraph`` in the binary `.pgraph` format (see ``PGraphLayout`` and
/// `Docs/pgraph-format.md`).
///
/// The file holds the built graph: papers with every field, authors, topics, citations and
/// prerequisites in both directions, the prerequisite reasons, and where each citation came from
/// (`openalex`, `s2`, `crossref` or the input file), the graph's statistics (what `stats` prints,
/// computed here in O(V + E) so that `stats` on the file reads a few bytes), and the exact PageRank's
/// solve order (``PageRankSolveOrder``, so that `rank` solves in one sequential pass whatever the ids), and the
/// author and topic relations both ways as ``PaperGraph`` holds them (so that `related` reads them in place). Import diagnostics (unresolved
/// references, dropped self-citations) are not stored, as in the native JSON format. Output is
/// deterministic: the same graph always gives the same bytes.
public enum PGraphWriter {
    /// Writes `graph` to `path` atomically (a temporary file in the same folder, then renamed).
    ///
    /// - Throws: ``Diagnostic`` naming the path when it cannot be written.
    /// - Complexity: O(V + E + S) time and space, S being the total length of the strings.
    public static func write(_ graph: PaperGraph, toPath path: String) throws(Diagnostic) {
        try write(try layout(graph), toPath: path)
    }

    /// The whole file as bytes, for tests and small graphs.
    public static func bytes(for graph: PaperGraph) throws(Diagnostic) -> [UInt8] {
        bytes(of: try layout(graph))
    }

    /// A file's header, section table and section contents.
    typealias File = (header: [UInt8], entries: [PGraphLayout.Entry], sections: [SectionData])

    /// Writes `file` to `path` atomically, each section a piece at a time.
    static func write(_ file: File, toPath path: String) throws(Diagnostic) {
        var output = try OutputFile(path: path)
        output.write(file.header)
        var position = file.header.count
        for (entry, data) in zip(file.entries, file.sections) {
            output.write([UInt8](repeating: 0, count: entry.offset - position))
            data.forEachPiece { output.write($0) }
            position = entry.offset + entry.length
        }
        try output.commit()
    }

    /// `file` as bytes.
    static func bytes(of file: File) -> [UInt8] {
        var bytes = file.header
        for (entry, data) in zip(file.entries, file.sections) {
            bytes += [UInt8](repeating: 0, count: entry.offset - bytes.count)
            data.forEachPiece { bytes += $0 }
        }
        return bytes
    }

    /// The header, section table and section contents of `graph`'s file.
    static func layout(_ graph: PaperGraph) throws(Diagnostic) -> File {
        let counts = PGraphLayout.Counts(papers: graph.papers.count, authors: graph.authors.count, topics: graph.topics.count,
                                         citations: graph.citations.edgeCount, prerequisites: graph.prerequisites.edgeCount)
        return try layout(counts: counts, sections: try contents(graph))
    }

    /// The header and section table of a file of `counts` holding `sections` (in
    /// ``PGraphLayout/Section`` order), each section's checksum computed here.
    static func layout(counts: PGraphLayout.Counts, sections: [SectionData]) throws(Diagnostic) -> File {
        #if _endian(big)
        throw .error("writing .pgraph files needs a little-endian machine")
        #else
        var entries: [PGraphLayout.Entry] = []
        var offset = PGraphLayout.aligned(PGraphLayout.headerSize + PGraphLayout.entrySize * sections.count)
        for (section, data) in zip(PGraphLayout.Section.allCases, sections) {
            let length = data.byteCount
            entries.append(PGraphLayout.Entry(id: section.rawValue, elementSize: section.elementSize, offset: offset,
                                              length: length, checksum: data.checksum))
            offset = PGraphLayout.aligned(offset + length)
        }
        let fileSize = entries.last.map { $0.offset + $0.length } ?? offset
        return (PGraphLayout.header(counts: counts, entries: entries, fileSize: fileSize), entries, sections)
        #endif
    }

    /// Every section's contents, in ``PGraphLayout/Section`` order.
    private static func contents(_ graph: PaperGraph) throws(Diagnostic) -> [SectionData] {
        let n = graph.papers.count
        var strings = StringPool()
        var paperStrings = [UInt32](repeating: PGraphLayout.none, count: PGraphLayout.paperStringColumns.count * n)
        var years = [Int64](repeating: 0, count: n)
        var flags = [UInt8](repeating: 0, count: n)
        var identifierOffsets: [UInt32] = [0], identifierPairs: [UInt32] = []
        var aliasOffsets: [UInt32] = [0], aliases: [UInt32] = []
        var authorOffsets: [UInt32] = [0], paperAuthors: [UInt32] = []
        var topicOffsets: [UInt32] = [0], paperTopics: [UInt32] = []
        for (v, paper) in graph.papers.enumerated() {
            let columns: [String?] = [paper.key, paper.title, paper.venue, paper.summary, paper.notes, nil,
                                      paper.identifiers.doi, paper.identifiers.arxiv, paper.identifiers.url]
            for (c, text) in columns.enumerated() where text != nil { paperStrings[c * n + v] = strings.add(text!) }
            paperStrings[5 * n + v] = strings.intern(paper.kind.rawValue)
            if let year = paper.year {
                years[v] = Int64(year)
                flags[v] |= PGraphLayout.hasYear
            }
            flags[v] |= paper.status == .read ? 2 : paper.status == .reading ? 1 : 0
            if paper.isExternal { flags[v] |= PGraphLayout.isExternal }
            for scheme in paper.identifiers.other.keys.sorted() {
                identifierPairs.append(strings.intern(scheme))
                identifierPairs.append(strings.add(paper.identifiers.other[scheme] ?? ""))
            }
            identifierOffsets.append(UInt32(identifierPairs.count))
            for alias in paper.aliases { aliases.append(strings.add(alias)) }
            aliasOffsets.append(UInt32(aliases.count))
            paperAuthors += paper.authors.map(\.rawValue)
            authorOffsets.append(UInt32(paperAuthors.count))
            paperTopics += paper.topics.map(\.rawValue)
            topicOffsets.append(UInt32(paperTopics.count))
        }
        let reasons = graph.prerequisiteReasons.map { $0.map { strings.add($0) } ?? PGraphLayout.none }
        let authorNames = graph.authors.map { strings.add($0.name) }
        var topicColumns = [UInt32](repeating: PGraphLayout.none, count: PGraphLayout.topicColumnCount * graph.topics.count)
        for (t, topic) in graph.topics.enumerated() {
            topicColumns[t] = strings.add(topic.key)
            topicColumns[graph.topics.count + t] = strings.add(topic.name)
            topicColumns[2 * graph.topics.count + t] = topic.parent?.rawValue ?? PGraphLayout.none
        }
        let sourceNames = graph.citationProvenance.names.map { strings.add($0) }
        let statistics = GraphStatistics(graph)
        let bySource = Dictionary(uniqueKeysWithValues: statistics.citationsBySource.map { ($0.source, $0.citations) })
        let sourceCounts = graph.citationProvenance.names.map { Int64(bySource[$0] ?? 0) }
        // The components as `rank` and `order` find them, by years (any topological order gives the same ranks).
        let solve = PageRankSolveOrder(components: graph.citations.condensationOrder(levels: graph.papers.map { $0.year ?? Int.max }),
                                       reversed: graph.citedBy)
        guard strings.offsets.count <= Int(PGraphLayout.none), paperAuthors.count < Int(UInt32.max),
              identifierPairs.count < Int(UInt32.max), aliases.count < Int(UInt32.max) else {
            throw .error("the graph is too large for .pgraph (more than 2³² strings or pairs)")
        }
        return [
            .csr(graph.citations.offsets), .csr(graph.citations.targets),
            .csr(graph.citedBy.offsets), .csr(graph.citedBy.targets),
            .csr(graph.prerequisites.offsets), .csr(graph.prerequisites.targets),
            .csr(graph.dependents.offsets), .csr(graph.dependents.targets), .u32(reasons),
            .u64(strings.offsets), .bytes(strings.bytes),
            .u32(paperStrings), .i64(years), .bytes(flags),
            .u32(identifierOffsets), .u32(identifierPairs), .u32(aliasOffsets), .u32(aliases),
            .u32(authorOffsets), .u32(paperAuthors), .u32(topicOffsets), .u32(paperTopics),
            .u32(authorNames), .u32(topicColumns),
            .u32(sourceNames), .u32(graph.citationProvenance.slotIndices),
            .i64(statistics.storedValues.map(Int64.init)), .i64(sourceCounts),
            .csr(solve.order), .csr(solve.componentStarts), .csr(solve.inOffsets), .csr(solve.inSources),
            .csr(graph.paperAuthors.offsets), .csr(graph.paperAuthors.columns),
            .csr(graph.authorship.offsets), .csr(graph.authorship.columns),
            .csr(graph.tagging.offsets), .csr(graph.tagging.columns),
            .csr(graph.topicPapers.offsets), .csr(graph.topicPapers.columns),
        ]
    }
}
