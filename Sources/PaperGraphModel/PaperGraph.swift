import GraphAlgorithms

/// An immutable graph of papers, authors and topics with their relations.
///
/// Papers, authors and topics have dense ids (``PaperID``, ``AuthorID``, ``TopicID``) that index
/// ``papers``, ``authors`` and ``topics``. Each relation is stored in CSR form in both directions,
/// so that neighbours and degrees are O(1) to reach either way:
///
///     citing ──cites──▶ cited            citations / citedBy
///     dependent ──needs──▶ prerequisite  prerequisites / dependents
///     author ──wrote──▶ paper            authorship / paperAuthors
///     paper ──tagged──▶ topic            tagging / topicPapers
///
/// Build one with ``PaperGraphBuilder``; to change a graph, build a new one.
public struct PaperGraph: Sendable {
    public let papers: [Paper]
    public let authors: [Author]
    public let topics: [Topic]

    /// Citations, citing paper → cited paper, without self-citations or repeats.
    public let citations: CSRGraph
    /// Citations reversed: cited paper → citing paper.
    public let citedBy: CSRGraph
    /// Explicit "read A before B" relations stored as B → A (dependent → prerequisite).
    public let prerequisites: CSRGraph
    /// Prerequisites reversed: prerequisite → dependent.
    public let dependents: CSRGraph
    /// The reason of each prerequisite edge, aligned with `prerequisites.targets`.
    public let prerequisiteReasons: [String?]
    /// Everything to read before a paper: the union of ``citations`` and ``prerequisites``
    /// (paper → paper it builds on).
    public let readingDependencies: CSRGraph
    /// Reading dependencies reversed: paper → papers that build on it ("read this first, then those").
    public let readingDependents: CSRGraph
    /// Author → papers they wrote.
    public let authorship: BipartiteRelation
    /// Paper → its authors (ascending ids; byline order is ``Paper/authors``).
    public let paperAuthors: BipartiteRelation
    /// Paper → topics it is tagged with.
    public let tagging: BipartiteRelation
    /// Topic → papers tagged with it.
    public let topicPapers: BipartiteRelation

    /// Citations that named a paper not in the graph; the edges were dropped.
    public let unresolvedReferences: [UnresolvedReference]
    /// Citations of a paper by itself; the edges were dropped.
    public let selfCitations: [PaperID]

    let keyIndex: [String: PaperID]
    let doiIndex: [String: PaperID]
    let arxivIndex: [String: PaperID]
    let topicIndex: [String: TopicID]

    init(papers: [Paper], authors: [Author], topics: [Topic], citations: CSRGraph, prerequisites: CSRGraph,
         prerequisiteReasons: [String?], unresolvedReferences: [UnresolvedReference], selfCitations: [PaperID],
         keyIndex: [String: PaperID], doiIndex: [String: PaperID], arxivIndex: [String: PaperID],
         topicIndex: [String: TopicID]) {
        self.papers = papers
        self.authors = authors
        self.topics = topics
        self.citations = citations
        self.citedBy = citations.reversed()
        self.prerequisites = prerequisites
        self.dependents = prerequisites.reversed()
        self.prerequisiteReasons = prerequisiteReasons
        var sources = [UInt32](), destinations = [UInt32]()
        for graph in [citations, prerequisites] {
            for (s, d) in graph.edges {
                sources.append(s)
                destinations.append(d)
            }
        }
        self.readingDependencies = CSRGraph(nodeCount: papers.count, sources: sources, destinations: destinations)
        self.readingDependents = readingDependencies.reversed()
        var authored = [(row: UInt32, column: UInt32)](), tagged = [(row: UInt32, column: UInt32)]()
        for (i, paper) in papers.enumerated() {
            for a in paper.authors { authored.append((a.rawValue, UInt32(i))) }
            for t in paper.topics { tagged.append((UInt32(i), t.rawValue)) }
        }
        self.authorship = BipartiteRelation(rowCount: authors.count, columnCount: papers.count, pairs: authored)
        self.paperAuthors = authorship.transposed()
        self.tagging = BipartiteRelation(rowCount: papers.count, columnCount: topics.count, pairs: tagged)
        self.topicPapers = tagging.transposed()
        self.unresolvedReferences = unresolvedReferences
        self.selfCitations = selfCitations
        self.keyIndex = keyIndex
        self.doiIndex = doiIndex
        self.arxivIndex = arxivIndex
        self.topicIndex = topicIndex
    }

    /// The paper with this id.
    @inlinable public subscript(id: PaperID) -> Paper { papers[id.index] }
    /// The author with this id.
    @inlinable public subscript(id: AuthorID) -> Author { authors[id.index] }
    /// The topic with this id.
    @inlinable public subscript(id: TopicID) -> Topic { topics[id.index] }

    /// All paper ids in ascending order.
    public var paperIDs: [PaperID] { (0..<papers.count).map(PaperID.init) }

    /// The paper whose key (or merged alias) is `key`.
    ///
    /// - Complexity: O(1) expected.
    public func paper(forKey key: String) -> PaperID? { keyIndex[key] }

    /// The paper with this DOI (any letter case, with or without resolver prefix).
    public func paper(forDOI doi: String) -> PaperID? {
        PaperIdentifiers.normalizedDOI(doi).flatMap { doiIndex[$0] }
    }

    /// The paper with this arXiv id (with or without version or URL).
    public func paper(forArXiv id: String) -> PaperID? {
        PaperIdentifiers.normalizedArXiv(id).flatMap { arxivIndex[$0] }
    }

    /// The topic with this key or name (names match case-insensitively).
    public func topic(named name: String) -> TopicID? {
        topicIndex[name] ?? topicIndex[name.lowercased()] ?? topicIndex[TitleNormalization.slug(name)]
    }

    /// The papers `paper` cites.
    public func cited(by paper: PaperID) -> [PaperID] { citations.neighbors(of: paper.index).map(PaperID.init) }
    /// The papers that cite `paper`.
    public func citing(_ paper: PaperID) -> [PaperID] { citedBy.neighbors(of: paper.index).map(PaperID.init) }
    /// The explicit prerequisites of `paper`.
    public func prerequisites(of paper: PaperID) -> [PaperID] {
        prerequisites.neighbors(of: paper.index).map(PaperID.init)
    }

    /// The reason given for the prerequisite edge `paper → prerequisite`, if any.
    public func reason(for paper: PaperID, prerequisite: PaperID) -> String? {
        let start = Int(prerequisites.offsets[paper.index]), end = Int(prerequisites.offsets[paper.index + 1])
        for i in start..<end where prerequisites.targets[i] == prerequisite.rawValue { return prerequisiteReasons[i] }
        return nil
    }
}

/// A reference to a paper that is not in the graph.
public struct UnresolvedReference: Hashable, Sendable {
    public enum Relation: String, Sendable { case cites, prerequisite }
    /// The paper that made the reference.
    public var from: PaperID
    /// The key, DOI or arXiv id as written.
    public var reference: String
    public var relation: Relation
    public var location: SourceLocation?
}
