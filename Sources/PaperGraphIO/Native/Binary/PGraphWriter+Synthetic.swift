import GraphAlgorithms
import PaperGraphModel

extension PGraphWriter {
    /// Writes a generated graph to `path` atomically, without a ``PaperGraph``: the same bytes as
    /// ``write(_:toPath:)`` of `PaperGraph(synthetic: graph)` (paper `v` has key `"v"` and title
    /// `"Synthetic paper v"`, kind `paper`, the generated year, unread; author `a` is `"Author a"`;
    /// topic `t` is `topic-t`, `"Topic t"`; no prerequisites, no citation source).
    ///
    /// Held as arrays: the generated columns, the reversed citations, the components and the solve
    /// order, and the two transposed relations (author → papers, topic → papers). The string pool,
    /// the paper columns, years, flags, the sorted bylines and tags and the empty relations are
    /// made 64 KiB at a time, once to hash them and once to write them.
    ///
    ///     let graph = SyntheticCitationGraph(options: .init(paperCount: 1_000_000))
    ///     try PGraphWriter.write(synthetic: graph, toPath: "g.pgraph")
    ///
    /// - Throws: ``Diagnostic`` naming the path when it cannot be written, or when the graph has
    ///   2³² strings or more.
    /// - Complexity: O(V + E + A + T) time, for V papers, E citations, A authors and T topics;
    ///   about 12 bytes per citation and 70 per paper at the peak, the generated graph included.
    public static func write(synthetic graph: SyntheticCitationGraph, toPath path: String) throws(Diagnostic) {
        try write(try layout(synthetic: graph), toPath: path)
    }

    /// The file ``write(synthetic:toPath:)`` writes.
    static func layout(synthetic graph: SyntheticCitationGraph) throws(Diagnostic) -> File {
        let n = graph.paperCount, citations = graph.citations
        let strings = SyntheticStrings(papers: n, authors: graph.authorCount, topics: graph.topicCount)
        guard strings.count < Int(PGraphLayout.none), graph.authorIDs.count < Int(UInt32.max) else {
            throw .error("the graph is too large for .pgraph (more than 2³² strings or pairs)")
        }
        // The relations as `PaperGraph` holds them: bylines and tags sorted (streamed), and transposed.
        let authorship = CSRRelation.transposing(rowCount: n, columnCount: graph.authorCount,
                                                 unsortedOffsets: graph.authorOffsets, columns: graph.authorIDs)
        let topicPapers = CSRRelation.transposing(rowCount: n, columnCount: graph.topicCount,
                                                  unsortedOffsets: graph.topicOffsets, columns: graph.topicIDs)
        let citedBy = citations.reversed()
        // The components as the general writer finds them: by years.
        let components = citations.condensationOrder(levels: graph.years.map(Int.init))
        let statistics = GraphStatistics(citations: citations, citedBy: citedBy, components: components, selfCitations: 0,
                                         source: nil, authors: graph.authorCount, topics: graph.topicCount)
        let solve = PageRankSolveOrder(components: components, reversed: citedBy)
        let empty = SectionData.u32([])
        let zeroOffsets = SectionData.repeated(UInt32(0), count: n + 1)
        let authorBase = strings.authorBase, topicBase = strings.topicBase, t = graph.topicCount
        let years = graph.years
        let sections: [SectionData] = [
            .csr(citations.offsets), .csr(citations.targets), .csr(citedBy.offsets), .csr(citedBy.targets),
            zeroOffsets, empty, zeroOffsets, empty, empty,
            strings.offsets(), strings.bytes(),
            keyTitleKindColumns(paperCount: n),
            .computed(Int64.self, count: n) { Int64(years[$0]) }, .repeated(PGraphLayout.hasYear, count: n),
            zeroOffsets, empty, zeroOffsets, empty,
            .u32(graph.authorOffsets), .u32(graph.authorIDs), .u32(graph.topicOffsets), .u32(graph.topicIDs),
            .computed(UInt32.self, count: graph.authorCount) { UInt32(truncatingIfNeeded: authorBase + $0) },
            .computed(UInt32.self, count: 3 * t) { i in
                i < 2 * t ? UInt32(truncatingIfNeeded: topicBase + 2 * (i % t) + i / t) : PGraphLayout.none
            },
            empty, empty,
            .i64(statistics.storedValues.map(Int64.init)), .i64([]),
            .csr(solve.order), .csr(solve.componentStarts), .csr(solve.inOffsets), .csr(solve.inSources),
            .u32(graph.authorOffsets), sortedRows(graph.authorOffsets, graph.authorIDs),
            .csr(authorship.offsets), .csr(authorship.columns),
            .u32(graph.topicOffsets), sortedRows(graph.topicOffsets, graph.topicIDs),
            .csr(topicPapers.offsets), .csr(topicPapers.columns),
        ]
        let counts = PGraphLayout.Counts(papers: n, authors: graph.authorCount, topics: t,
                                         citations: citations.edgeCount, prerequisites: 0)
        return try layout(counts: counts, sections: sections)
    }

    /// The columns of rows laid out by `offsets`, each row sorted ascending, made a block of rows
    /// at a time: the columns of `CSRRelation(rowCount:columnCount:unsortedOffsets:columns:)`
    /// for rows without repeats (whose offsets are then `offsets` themselves).
    private static func sortedRows(_ offsets: [UInt32], _ columns: [UInt32]) -> SectionData {
        .streamed(byteCount: 4 * columns.count) { emit in
            var chunk: [UInt32] = []
            chunk.reserveCapacity(1 << 14)
            for r in 0..<(offsets.count - 1) {
                let start = chunk.count
                chunk += columns[Int(offsets[r])..<Int(offsets[r + 1])]
                chunk[start...].sort()
                for i in (start + 1)..<max(start + 1, chunk.count) {
                    precondition(chunk[i - 1] != chunk[i], "a generated row repeats a column")
                }
                if chunk.count >= (1 << 14) - 64 {
                    chunk.withUnsafeBytes(emit)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            chunk.withUnsafeBytes(emit)
        }
    }
}

/// The string pool of a generated graph, in the order the general writer adds the strings:
/// `0`, `Synthetic paper 0`, `paper`, `1`, `Synthetic paper 1`, … (the kind comes once, after the
/// first paper), then `Author 0` …, then `topic-0`, `Topic 0`, `topic-1`, `Topic 1`, ….
private struct SyntheticStrings {
    let papers: Int, authors: Int, topics: Int

    private static let title = Array("Synthetic paper ".utf8), kind = Array(PaperKind.paper.rawValue.utf8)
    private static let author = Array("Author ".utf8), topicKey = Array("topic-".utf8), topicName = Array("Topic ".utf8)

    /// The id of author 0's name.
    var authorBase: Int { papers == 0 ? 0 : 2 * papers + 1 }
    /// The id of topic 0's key.
    var topicBase: Int { authorBase + authors }
    /// The number of strings.
    var count: Int { topicBase + 2 * topics }

    /// Calls `body` with each string as a prefix and a number (`nil`: the prefix alone), in order.
    private func forEach(_ body: (_ prefix: [UInt8], _ number: Int?) -> Void) {
        for v in 0..<papers {
            body([], v)
            body(Self.title, v)
            if v == 0 { body(Self.kind, nil) }
        }
        for a in 0..<authors { body(Self.author, a) }
        for t in 0..<topics {
            body(Self.topicKey, t)
            body(Self.topicName, t)
        }
    }

    private static func length(_ prefix: [UInt8], _ number: Int?) -> Int {
        prefix.count + (number.map { EdgeListKeys.decimalLength(UInt64($0)) } ?? 0)
    }

    /// Section 10: the end offset of each string, after a leading 0.
    func offsets() -> SectionData {
        .streamed(byteCount: 8 * (count + 1)) { emit in
            var chunk: [UInt64] = [0]
            chunk.reserveCapacity(1 << 13)
            var end: UInt64 = 0
            forEach { prefix, number in
                end += UInt64(Self.length(prefix, number))
                chunk.append(end)
                if chunk.count == 1 << 13 {
                    chunk.withUnsafeBytes(emit)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            chunk.withUnsafeBytes(emit)
        }
    }

    /// Section 11: the strings' UTF-8, one after another.
    func bytes() -> SectionData {
        var total = 0
        forEach { total += Self.length($0, $1) }
        return .streamed(byteCount: total) { emit in
            var chunk: [UInt8] = []
            chunk.reserveCapacity(1 << 16)
            forEach { prefix, number in
                chunk += prefix
                if let number { EdgeListKeys.appendDecimal(UInt64(number), to: &chunk) }
                if chunk.count >= (1 << 16) - 64 {
                    chunk.withUnsafeBytes(emit)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            chunk.withUnsafeBytes(emit)
        }
    }
}
