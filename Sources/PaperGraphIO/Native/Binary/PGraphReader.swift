import GraphAlgorithms
import PaperGraphModel

/// Reads PaperGraph's binary `.pgraph` format (see ``PGraphLayout`` and `Docs/pgraph-format.md`).
///
/// The file is memory-mapped and each section is copied into a Swift array with one `memcpy`;
/// nothing is parsed. Everything is validated before use: the header and section table, each
/// section's XXH64 checksum and length, CSR offsets (start at 0, never decrease, end at the edge
/// count), every id against its count, rows sorted without repeats, that each reverse graph
/// holds the same edges as its forward graph, (version 3) that the stored solve order is an
/// order of the components holding the same citations, and (version 4) that the stored author and
/// topic relations hold the bylines' authors and the papers' topics. A bad file gives a ``Diagnostic`` naming the
/// problem, never a crash.
///
///     let graph = try PGraphReader.readGraph(atPath: "hep.pgraph")
public enum PGraphReader {
    /// Whether `prefix` (the first bytes of a file) starts with the `.pgraph` magic.
    public static func recognizes(_ prefix: [UInt8]) -> Bool { prefix.starts(with: PGraphLayout.magic) }

    /// Reads the whole graph from the file at `path`.
    ///
    /// - Throws: ``Diagnostic`` when the file is missing, truncated, corrupt or of another version.
    /// - Complexity: O(V + E + S) time, where S is the length of the strings.
    public static func readGraph(atPath path: String) throws(Diagnostic) -> PaperGraph {
        try PGraphImage.withMappedFile(atPath: path) { image throws(Diagnostic) in try graph(from: image) }
    }

    /// Reads the whole graph from the bytes of a file.
    public static func readGraph(bytes: [UInt8], path: String) throws(Diagnostic) -> PaperGraph {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(Diagnostic) in try graph(from: PGraphImage(bytes: raw, path: path)) }
        }
        return try result.get()
    }

    /// Reads only the citation graph and its reverse: the fast path for algorithms on large files,
    /// skipping papers' strings and the other relations.
    ///
    /// - Complexity: O(V + E) time and space.
    public static func readCitations(atPath path: String) throws(Diagnostic) -> (citations: CSRGraph, citedBy: CSRGraph) {
        try PGraphImage.withMappedFile(atPath: path) { image throws(Diagnostic) in
            let graphs = try PGraphChecks(image).citationGraphs()
            return (graphs.citations, graphs.citedBy)
        }
    }

    /// The statistics stored in the file (version 2), reading only them and the source names:
    /// what `stats` prints, at any size, in a few milliseconds.
    ///
    /// - Returns: `nil` for a version 1 file, which stores none.
    /// - Throws: ``Diagnostic`` when the file is missing, damaged or of another version.
    /// - Complexity: O(S) for S citation sources.
    public static func readStatistics(atPath path: String) throws(Diagnostic) -> GraphStatistics? {
        try PGraphImage.withMappedFile(atPath: path) { image throws(Diagnostic) in try statistics(in: image) }
    }

    /// The stored statistics of `image`, checked (see ``readStatistics(atPath:)``).
    private static func statistics(in image: PGraphImage) throws(Diagnostic) -> GraphStatistics? {
        let path = image.path
        guard image.holds(.statistics) else { return nil }
        let values = try image.array(.statistics, Int64.self, count: GraphStatistics.storedFields.count)
        let nameIDs = try image.array(.citationSourceNames, UInt32.self)
        let counts = try image.array(.citationSourceCounts, Int64.self, count: nameIDs.count)
        var bySource: [GraphStatistics.SourceCount] = []
        for (id, count) in zip(nameIDs, counts) {
            guard let name = try image.unverifiedString(id) else {
                throw .error("\(path): corrupt .pgraph file: a citation source name lies outside the string pool")
            }
            bySource.append(GraphStatistics.SourceCount(source: name, citations: Int(count)))
        }
        guard values.allSatisfy({ $0 >= 0 }), counts.allSatisfy({ $0 >= 0 }) else {
            throw .error("\(path): corrupt .pgraph file: section 'statistics' holds a negative count")
        }
        return GraphStatistics(storedValues: values.map { Int($0) }, citationsBySource: bySource)
    }

    private static func graph(from image: PGraphImage) throws(Diagnostic) -> PaperGraph {
        let counts = image.counts, n = counts.papers
        let check = PGraphChecks(image)
        let (citations, citedBy, fingerprint) = try check.citationGraphs()
        // Not part of the graph (the writer makes it again), but checked against it: a damaged file is reported whole.
        _ = try check.solveOrder(citationFingerprint: fingerprint)
        let (prerequisites, dependents, _) = try check.graphs((.prerequisiteOffsets, .prerequisiteTargets),
                                                           reversed: (.dependentOffsets, .dependentTargets),
                                                           edges: counts.prerequisites, name: "prerequisites")
        let strings = try check.strings()
        let reasonIDs = try image.array(.prerequisiteReasons, UInt32.self, count: counts.prerequisites)
        let paperStrings = try image.array(.paperStrings, UInt32.self, count: PGraphLayout.paperStringColumns.count * n)
        let years = try image.array(.paperYears, Int64.self, count: n)
        let flags = try image.array(.paperFlags, UInt8.self, count: n)
        let identifiers = try check.relation(.identifierOffsets, .identifierPairs, rows: n, below: strings.count)
        let aliases = try check.relation(.aliasOffsets, .aliases, rows: n, below: strings.count)
        let bylines = try check.relation(.paperAuthorOffsets, .paperAuthors, rows: n, below: counts.authors)
        let tags = try check.relation(.paperTopicOffsets, .paperTopics, rows: n, below: counts.topics)
        let authorNames = try image.array(.authorNames, UInt32.self, count: counts.authors)
        let topicColumns = try image.array(.topicColumns, UInt32.self, count: PGraphLayout.topicColumnCount * counts.topics)
        try check.ids(reasonIDs, below: strings.count, optional: true, in: .prerequisiteReasons)
        try check.ids(paperStrings, below: strings.count, optional: true, in: .paperStrings)
        try check.ids(authorNames, below: strings.count, optional: false, in: .authorNames)
        try check.ids(topicColumns[0..<(2 * counts.topics)], below: strings.count, optional: false, in: .topicColumns)
        try check.topicParents(Array(topicColumns[(2 * counts.topics)...]))
        guard identifiers.ids.count % 2 == 0, (0...n).allSatisfy({ identifiers.offsets[$0] % 2 == 0 }) else {
            throw .error("\(image.path): corrupt .pgraph file: identifiers must come in (scheme, value) pairs")
        }
        for v in 0..<n {
            guard flags[v] & ~(PGraphLayout.statusMask | PGraphLayout.hasYear | PGraphLayout.isExternal) == 0, flags[v] & PGraphLayout.statusMask != 3 else {
                throw .error("\(image.path): corrupt .pgraph file: paper \(v) has invalid flags 0x\(String(flags[v], radix: 16))")
            }
            for c in [0, 1, 5] where paperStrings[c * n + v] == PGraphLayout.none {
                throw .error("\(image.path): corrupt .pgraph file: paper \(v) has no \(PGraphLayout.paperStringColumns[c])")
            }
        }

        let authors = authorNames.map { Author(name: strings[$0]) }
        var topics: [Topic] = []
        topics.reserveCapacity(counts.topics)
        for t in 0..<counts.topics {
            let parent = topicColumns[2 * counts.topics + t]
            topics.append(Topic(key: strings[topicColumns[t]], name: strings[topicColumns[counts.topics + t]],
                                parent: parent == PGraphLayout.none ? nil : TopicID(parent)))
        }
        var kinds: [UInt32: PaperKind] = [:]
        var papers: [Paper] = []
        papers.reserveCapacity(n)
        for v in 0..<n {
            func column(_ c: Int) -> String? { strings.optional(paperStrings[c * n + v]) }
            let kindID = paperStrings[5 * n + v]
            let kind = kinds[kindID] ?? PaperKind(rawValue: strings[kindID])
            kinds[kindID] = kind
            var ids = PaperIdentifiers()
            ids.doi = column(6)
            ids.arxiv = column(7)
            ids.url = column(8)
            for pair in stride(from: Int(identifiers.offsets[v]), to: Int(identifiers.offsets[v + 1]), by: 2) {
                ids.other[strings[identifiers.ids[pair]]] = strings[identifiers.ids[pair + 1]]
            }
            let status: ReadingStatus = switch flags[v] & PGraphLayout.statusMask {
            case 2: .read
            case 1: .reading
            default: .unread
            }
            papers.append(Paper(
                key: strings[paperStrings[v]], aliases: aliases.row(v).map { strings[$0] },
                title: strings[paperStrings[n + v]],
                year: flags[v] & PGraphLayout.hasYear != 0 ? Int(years[v]) : nil, venue: column(2),
                authors: bylines.row(v).map(AuthorID.init), topics: tags.row(v).map(TopicID.init),
                identifiers: ids, kind: kind, status: status, summary: column(3), notes: column(4),
                isExternal: flags[v] & PGraphLayout.isExternal != 0))
        }
        // The stored statistics are not part of the graph, but a damaged file is reported whole.
        _ = try statistics(in: image)
        let graph = PaperGraph(papers: papers, authors: authors, topics: topics, citations: citations, citedBy: citedBy,
                               prerequisites: prerequisites, dependents: dependents,
                               prerequisiteReasons: reasonIDs.map { strings.optional($0) },
                               citationProvenance: try provenance(image, check, strings: strings))
        try checkStoredRelations(graph, image, check)
        return graph
    }

    /// The author and topic relations stored both ways (version 4) are not part of the graph (it
    /// builds them from the bylines and tags), but checked against them: a damaged file is reported whole.
    ///
    /// - Complexity: O(V + A + T + P).
    private static func checkStoredRelations(_ graph: PaperGraph, _ image: PGraphImage, _ check: PGraphChecks) throws(Diagnostic) {
        guard image.holds(.sortedPaperAuthorOffsets) else { return }
        let (paperAuthors, _) = try check.relations((.sortedPaperAuthorOffsets, .sortedPaperAuthors),
                                                    transposed: (.authorPaperOffsets, .authorPapers),
                                                    columnCount: image.counts.authors, noun: "author")
        let (tagging, _) = try check.relations((.sortedPaperTopicOffsets, .sortedPaperTopics),
                                               transposed: (.topicPaperOffsets, .topicPapers),
                                               columnCount: image.counts.topics, noun: "topic")
        guard paperAuthors == graph.paperAuthors else {
            throw .error("\(image.path): corrupt .pgraph file: section 'sorted paper authors' does not hold the papers' authors")
        }
        guard tagging == graph.tagging else {
            throw .error("\(image.path): corrupt .pgraph file: section 'sorted paper topics' does not hold the papers' topics")
        }
    }

    /// Where each citation came from (version 2); none recorded in a version 1 file.
    private static func provenance(_ image: PGraphImage, _ check: PGraphChecks, strings: StringTable) throws(Diagnostic) -> CitationProvenance {
        guard image.holds(.citationSources) else { return CitationProvenance() }
        let nameIDs = try image.array(.citationSourceNames, UInt32.self)
        try check.ids(nameIDs, below: strings.count, optional: false, in: .citationSourceNames)
        let slots = try image.array(.citationSources, UInt32.self)
        guard let provenance = CitationProvenance(names: nameIDs.map { strings[$0] }, slotIndices: slots,
                                                  citationCount: image.counts.citations) else {
            throw .error("\(image.path): corrupt .pgraph file: section 'citation sources' holds \(slots.count) entries "
                         + "for \(image.counts.citations) citations and \(nameIDs.count) source names, or an index past the names")
        }
        return provenance
    }
}
