import GraphAlgorithms

/// Collects records from one or more sources and builds an immutable ``PaperGraph``.
///
/// The builder interns keys into dense ids and merges records that describe the same work:
/// the same key, DOI, arXiv id, OpenAlex or Semantic Scholar id, or the same normalized title and
/// year. A merged paper keeps the first record's key (the others become aliases), takes each field
/// from the first record that has it, reports differing values as warnings, and keeps the most
/// advanced reading status (`read` over `reading` over `unread`).
///
/// A citation that names no paper of the graph but carries an identifier (DOI, arXiv id, OpenAlex
/// W-id, Semantic Scholar id) or a title becomes an *external* paper (``Paper/isExternal``),
/// deduplicated by identifier, title-only references by normalized title and year: two of your
/// papers citing the same DOI meet at one node. A bare key that names nothing (usually a typo) and
/// a self-citation are dropped with a warning, and so is a prerequisite naming an unknown paper.
///
///     var builder = PaperGraphBuilder()
///     builder.add(library)                 // from any importer
///     let (graph, warnings) = builder.build()
///
/// Ids follow first appearance (records first, then external papers in order of first
/// citation), so the same input always gives the same graph.
public struct PaperGraphBuilder: Sendable {
    private var records: [PaperRecord] = []
    private var topicRecords: [TopicRecord] = []
    private var diagnostics: [Diagnostic] = []
    /// The source of each record (an index into `sources`).
    private var sourceOf: [Int] = []
    /// One entry per added library; single records share the first, an unkeyed hand-kept list.
    private var sources: [RecordSource] = [.unkeyedList]
    /// Which records merge (see ``MergePolicy``). Default ``MergePolicy/auto``.
    public var mergePolicy: MergePolicy = .auto

    public init(mergePolicy: MergePolicy = .auto) {
        self.mergePolicy = mergePolicy
    }

    /// Adds one paper record, as if from a hand-kept list without ids.
    public mutating func add(_ record: PaperRecord) {
        records.append(record)
        sourceOf.append(0)
    }

    /// Adds one topic record.
    public mutating func add(_ topic: TopicRecord) { topicRecords.append(topic) }

    /// Adds everything an importer read, including its warnings, as one source.
    public mutating func add(_ library: ImportedLibrary) {
        sources.append(library.source ?? .unkeyedList)
        records.append(contentsOf: library.papers)
        sourceOf.append(contentsOf: repeatElement(sources.count - 1, count: library.papers.count))
        topicRecords.append(contentsOf: library.topics)
        diagnostics.append(contentsOf: library.diagnostics)
    }

    /// Builds the graph.
    ///
    /// - Returns: The graph and every warning raised while importing and building, in input order.
    /// - Complexity: O(R + E log d) expected time, where R is the number of records, E of
    ///   references and d the largest number of references of one paper.
    public func build() -> (graph: PaperGraph, diagnostics: [Diagnostic]) {
        var diagnostics = self.diagnostics
        var topics = TopicTable()
        topics.add(topicRecords, diagnostics: &diagnostics)

        let groups = RecordGrouping(records: records, sourceOf: sourceOf, sources: sources, policy: mergePolicy,
                                    diagnostics: &diagnostics)
        var authors = AuthorTable()
        var papers: [Paper] = []
        var mergeGroups: [MergeGroup] = []
        papers.reserveCapacity(groups.members.count)
        for members in groups.members {
            let group = members.map { records[$0] }
            let (merged, aliases) = RecordMerge.merge(group, sources: members.map { sources[sourceOf[$0]] },
                                                      diagnostics: &diagnostics)
            if members.count > 1 {
                mergeGroups.append(MergeGroup(paper: PaperID(papers.count), members: members.map {
                    MergeGroup.Member(key: records[$0].key, location: records[$0].location, reason: groups.reasons[$0])
                }))
            }
            var paperTopics: [TopicID] = []
            for name in merged.topics {
                let id = topics.resolveOrCreate(name)
                if !paperTopics.contains(id) { paperTopics.append(id) }
            }
            papers.append(Paper(key: merged.key, aliases: aliases, title: merged.title, year: merged.year,
                                venue: merged.venue, authors: authors.intern(merged.authors), topics: paperTopics,
                                identifiers: merged.identifiers, kind: merged.kind ?? .paper,
                                status: merged.status ?? .unread, summary: merged.summary, notes: merged.notes,
                                isExternal: group.allSatisfy(\.isExternal)))
        }

        var references = ReferenceResolver(papers: papers)
        var citations = CitationCollector()
        var prerequisiteEdges: [(from: UInt32, to: UInt32, reason: String?)] = []
        var unresolved: [UnresolvedReference] = []
        var isSelfCiting = [Bool](repeating: false, count: papers.count)
        for (groupIndex, members) in groups.members.enumerated() {
            let from = PaperID(groupIndex)
            for record in members.map({ records[$0] }) {
                for reference in record.cites {
                    let location = reference.location ?? record.location
                    guard let to = references.citedPaper(reference, papers: &papers, authors: &authors) else {
                        unresolved.append(UnresolvedReference(from: from, reference: reference.key, relation: .cites, location: location))
                        diagnostics.append(.warning("'\(record.key)' cites unknown paper '\(reference.key)'; citation dropped", at: location))
                        continue
                    }
                    guard to != from else {
                        isSelfCiting[from.index] = true
                        diagnostics.append(Self.selfCitationWarning(record.key, at: location))
                        continue
                    }
                    citations.add(from: from, to: to, source: reference.source ?? record.location.map { Self.fileName($0.file) })
                }
                for reference in record.prerequisites {
                    let location = reference.location ?? record.location
                    guard let to = references.paper(named: reference) else {
                        unresolved.append(UnresolvedReference(from: from, reference: reference.key, relation: .prerequisite, location: location))
                        diagnostics.append(.warning("'\(record.key)' names unknown prerequisite '\(reference.key)'; dropped", at: location))
                        continue
                    }
                    guard to != from else {
                        diagnostics.append(.warning("'\(record.key)' is listed as its own prerequisite; dropped", at: location))
                        continue
                    }
                    prerequisiteEdges.append((from.rawValue, to.rawValue, reference.reason))
                }
            }
        }
        if let note = references.titleMergeNote { diagnostics.append(note) }
        if let summary = Self.mergeSummary(mergeGroups) { diagnostics.append(summary) }
        let selfCitations = isSelfCiting.indices.filter { isSelfCiting[$0] }.map(PaperID.init)

        let (citationGraph, provenance) = citations.build(nodeCount: papers.count)
        let prerequisites = CSRGraph(nodeCount: papers.count, sources: prerequisiteEdges.map(\.from),
                                     destinations: prerequisiteEdges.map(\.to))
        let reasons = Self.alignReasons(prerequisiteEdges, with: prerequisites)
        let graph = PaperGraph(papers: papers, authors: authors.authors, topics: topics.topics, citations: citationGraph,
                               prerequisites: prerequisites, prerequisiteReasons: reasons,
                               unresolvedReferences: unresolved, selfCitations: selfCitations,
                               citationProvenance: provenance, mergeGroups: mergeGroups)
        return (graph, diagnostics)
    }

    /// "251 records merged into 124 papers: 3 by DOI, 248 by title and year; `papergraph validate
    /// --merges` lists them", or `nil` when nothing was merged.
    static func mergeSummary(_ groups: [MergeGroup]) -> Diagnostic? {
        guard !groups.isEmpty else { return nil }
        let records = groups.reduce(0) { $0 + $1.members.count }
        var counts: [MergeReason: Int] = [:]
        for group in groups { for member in group.members { if let reason = member.reason { counts[reason, default: 0] += 1 } } }
        let parts = counts.keys.sorted().map { "\(counts[$0]!) \($0.phrase)" }.joined(separator: ", ")
        return .warning("\(records) records merged into \(groups.count) paper\(groups.count == 1 ? "" : "s"): \(parts); "
                        + "`papergraph validate --merges` lists them")
    }

    /// The warning for a citation of paper `key` by itself, which the graph drops.
    public static func selfCitationWarning(_ key: String, at location: SourceLocation?) -> Diagnostic {
        .warning("'\(key)' cites itself; citation dropped", at: location)
    }

    /// The last path component: citations read from `/home/me/refs.bib` come from `refs.bib`.
    public static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Puts each prerequisite's reason beside its CSR slot; the first non-empty reason of a repeated edge wins.
    private static func alignReasons(_ edges: [(from: UInt32, to: UInt32, reason: String?)], with graph: CSRGraph) -> [String?] {
        var reasons = [String?](repeating: nil, count: graph.edgeCount)
        for edge in edges {
            guard let reason = edge.reason, !reason.isEmpty, let slot = graph.slot(from: edge.from, to: edge.to),
                  reasons[slot] == nil else { continue }
            reasons[slot] = reason
        }
        return reasons
    }
}

/// Interns author names (white space folded) into dense ids while a graph is built.
struct AuthorTable {
    private(set) var authors: [Author] = []
    private var index: [String: AuthorID] = [:]

    /// The ids of `names` in byline order, each once; blank names are skipped.
    mutating func intern(_ names: [String]) -> [AuthorID] {
        var ids: [AuthorID] = []
        for name in names {
            let folded = TitleNormalization.foldedWhitespace(name)
            guard !folded.isEmpty else { continue }
            let id: AuthorID
            if let existing = index[folded] {
                id = existing
            } else {
                id = AuthorID(authors.count)
                index[folded] = id
                authors.append(Author(name: folded))
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}

extension CSRGraph {
    /// The CSR slot of the edge `from → to`, found by binary search in the sorted row.
    ///
    /// - Complexity: O(log d) for a row of d edges.
    func slot(from: UInt32, to: UInt32) -> Int? {
        var low = Int(offsets[Int(from)]), high = Int(offsets[Int(from) + 1])
        while low < high {
            let mid = (low + high) / 2
            if targets[mid] < to { low = mid + 1 } else { high = mid }
        }
        return low < Int(offsets[Int(from) + 1]) && targets[low] == to ? low : nil
    }
}
