import GraphAlgorithms

/// Collects records from one or more sources and builds an immutable ``PaperGraph``.
///
/// The builder interns keys into dense ids and merges records that describe the same work:
/// the same key, the same DOI, the same arXiv id, or the same normalized title and year. A merged
/// paper keeps the first record's key (the others become aliases), takes each field from the first
/// record that has it, reports differing values as warnings, and keeps the most advanced reading
/// status (`read` over `reading` over `unread`). References to unknown papers and self-citations
/// are dropped with a warning.
///
///     var builder = PaperGraphBuilder()
///     builder.add(library)                 // from any importer
///     let (graph, warnings) = builder.build()
///
/// Ids follow first appearance, so the same input always gives the same graph.
public struct PaperGraphBuilder: Sendable {
    private var records: [PaperRecord] = []
    private var topicRecords: [TopicRecord] = []
    private var diagnostics: [Diagnostic] = []

    public init() {}

    /// Adds one paper record.
    public mutating func add(_ record: PaperRecord) { records.append(record) }

    /// Adds one topic record.
    public mutating func add(_ topic: TopicRecord) { topicRecords.append(topic) }

    /// Adds everything an importer read, including its warnings.
    public mutating func add(_ library: ImportedLibrary) {
        records.append(contentsOf: library.papers)
        topicRecords.append(contentsOf: library.topics)
        diagnostics.append(contentsOf: library.diagnostics)
    }

    /// Builds the graph.
    ///
    /// - Returns: The graph and every warning raised while importing and building, in input order.
    /// - Complexity: O(R + E) expected time, where R is the number of records and E of references.
    public func build() -> (graph: PaperGraph, diagnostics: [Diagnostic]) {
        var diagnostics = self.diagnostics
        var topics = TopicTable()
        topics.add(topicRecords, diagnostics: &diagnostics)

        let groups = RecordGrouping(records: records, diagnostics: &diagnostics)
        var authorIndex: [String: AuthorID] = [:]
        var authors: [Author] = []
        var papers: [Paper] = []
        papers.reserveCapacity(groups.members.count)
        for members in groups.members {
            let (merged, aliases) = RecordMerge.merge(members.map { records[$0] }, diagnostics: &diagnostics)
            var paperAuthors: [AuthorID] = []
            for name in merged.authors {
                let folded = TitleNormalization.foldedWhitespace(name)
                guard !folded.isEmpty else { continue }
                let id: AuthorID
                if let existing = authorIndex[folded] {
                    id = existing
                } else {
                    id = AuthorID(authors.count)
                    authorIndex[folded] = id
                    authors.append(Author(name: folded))
                }
                if !paperAuthors.contains(id) { paperAuthors.append(id) }
            }
            var paperTopics: [TopicID] = []
            for name in merged.topics {
                let id = topics.resolveOrCreate(name)
                if !paperTopics.contains(id) { paperTopics.append(id) }
            }
            papers.append(Paper(key: merged.key, aliases: aliases, title: merged.title, year: merged.year,
                                venue: merged.venue, authors: paperAuthors, topics: paperTopics,
                                identifiers: merged.identifiers, kind: merged.kind ?? .paper,
                                status: merged.status ?? .unread, summary: merged.summary, notes: merged.notes))
        }

        var keyIndex: [String: PaperID] = [:], doiIndex: [String: PaperID] = [:], arxivIndex: [String: PaperID] = [:]
        for (i, paper) in papers.enumerated() {
            let id = PaperID(i)
            for key in [paper.key] + paper.aliases where keyIndex[key] == nil { keyIndex[key] = id }
            if let doi = paper.identifiers.doi, doiIndex[doi] == nil { doiIndex[doi] = id }
            if let arxiv = paper.identifiers.arxiv, arxivIndex[arxiv] == nil { arxivIndex[arxiv] = id }
        }
        func resolve(_ reference: String) -> PaperID? {
            if let id = keyIndex[reference] { return id }
            if let doi = PaperIdentifiers.normalizedDOI(reference), let id = doiIndex[doi] { return id }
            if let arxiv = PaperIdentifiers.normalizedArXiv(reference), let id = arxivIndex[arxiv] { return id }
            return nil
        }

        var citeSources = [UInt32](), citeTargets = [UInt32]()
        var prerequisiteEdges: [(from: UInt32, to: UInt32, reason: String?)] = []
        var unresolved: [UnresolvedReference] = []
        var isSelfCiting = [Bool](repeating: false, count: papers.count)
        /// The paper a reference names, or `nil` (with a warning) when it is unknown or the paper itself.
        func target(of reference: PaperReference, in record: PaperRecord, from: PaperID,
                    relation: UnresolvedReference.Relation) -> PaperID? {
            let location = reference.location ?? record.location
            let isCitation = relation == .cites
            guard let to = resolve(reference.key) else {
                unresolved.append(UnresolvedReference(from: from, reference: reference.key, relation: relation, location: location))
                diagnostics.append(.warning(isCitation ? "'\(record.key)' cites unknown paper '\(reference.key)'; citation dropped"
                                            : "'\(record.key)' names unknown prerequisite '\(reference.key)'; dropped", at: location))
                return nil
            }
            guard to != from else {
                if isCitation { isSelfCiting[from.index] = true }
                diagnostics.append(.warning(isCitation ? "'\(record.key)' cites itself; citation dropped"
                                            : "'\(record.key)' is listed as its own prerequisite; dropped", at: location))
                return nil
            }
            return to
        }
        for (groupIndex, members) in groups.members.enumerated() {
            let from = PaperID(groupIndex)
            for record in members.map({ records[$0] }) {
                for reference in record.cites {
                    guard let to = target(of: reference, in: record, from: from, relation: .cites) else { continue }
                    citeSources.append(from.rawValue)
                    citeTargets.append(to.rawValue)
                }
                for reference in record.prerequisites {
                    guard let to = target(of: reference, in: record, from: from, relation: .prerequisite) else { continue }
                    prerequisiteEdges.append((from.rawValue, to.rawValue, reference.reason))
                }
            }
        }
        let selfCitations = papers.indices.filter { isSelfCiting[$0] }.map(PaperID.init)

        let citations = CSRGraph(nodeCount: papers.count, sources: citeSources, destinations: citeTargets)
        let prerequisites = CSRGraph(nodeCount: papers.count, sources: prerequisiteEdges.map(\.from),
                                     destinations: prerequisiteEdges.map(\.to))
        let reasons = Self.alignReasons(prerequisiteEdges, with: prerequisites)
        let graph = PaperGraph(papers: papers, authors: authors, topics: topics.topics, citations: citations,
                               prerequisites: prerequisites, prerequisiteReasons: reasons,
                               unresolvedReferences: unresolved, selfCitations: selfCitations,
                               keyIndex: keyIndex, doiIndex: doiIndex, arxivIndex: arxivIndex, topicIndex: topics.index)
        return (graph, diagnostics)
    }

    /// Puts each prerequisite's reason beside its CSR slot; the first non-empty reason of a repeated edge wins.
    private static func alignReasons(_ edges: [(from: UInt32, to: UInt32, reason: String?)], with graph: CSRGraph) -> [String?] {
        var reasons = [String?](repeating: nil, count: graph.edgeCount)
        for edge in edges {
            guard let reason = edge.reason, !reason.isEmpty else { continue }
            let row = graph.neighbors(of: Int(edge.from))
            if let slot = row.firstIndex(of: edge.to), reasons[slot] == nil { reasons[slot] = reason }
        }
        return reasons
    }
}
