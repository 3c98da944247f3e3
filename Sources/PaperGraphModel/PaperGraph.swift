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
    public let authorship: CSRRelation
    /// Paper → its authors (ascending ids; byline order is ``Paper/authors``).
    public let paperAuthors: CSRRelation
    /// Paper → topics it is tagged with.
    public let tagging: CSRRelation
    /// Topic → papers tagged with it.
    public let topicPapers: CSRRelation

    /// Citations that named a paper not in the graph and carried nothing to keep it by (no
    /// identifier, no title); the edges were dropped.
    public let unresolvedReferences: [UnresolvedReference]
    /// Citations of a paper by itself; the edges were dropped.
    public let selfCitations: [PaperID]
    /// Where each citation came from.
    public let citationProvenance: CitationProvenance
    /// Records that described the same work and were merged into one paper, with why.
    public let mergeGroups: [MergeGroup]
    /// How many papers are external (``Paper/isExternal``): works outside the user's own papers.
    public let externalPaperCount: Int

    let index: PaperIndex
    let topicIndex: [String: TopicID]

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
    public func paper(forKey key: String) -> PaperID? { index.paper(forKey: key) }

    /// The paper with this DOI (any letter case, with or without resolver prefix).
    public func paper(forDOI doi: String) -> PaperID? {
        PaperIdentifiers.normalizedDOI(doi).flatMap(index.paper(forNormalizedDOI:))
    }

    /// The paper with this arXiv id (with or without version or URL).
    public func paper(forArXiv id: String) -> PaperID? {
        PaperIdentifiers.normalizedArXiv(id).flatMap(index.paper(forNormalizedArXiv:))
    }

    /// The paper one of these identifiers names: DOI, arXiv id, OpenAlex or Semantic Scholar id.
    ///
    /// - Complexity: O(1) expected.
    public func paper(for identifiers: PaperIdentifiers) -> PaperID? { index.paper(for: identifiers) }

    /// Whether some papers are external: the graph holds works outside the user's own papers.
    public var hasExternalPapers: Bool { externalPaperCount > 0 }

    /// The papers a result lists: the user's own, and external ones only with `includeExternal`.
    ///
    /// - Complexity: O(V).
    public func listedPaperIDs(includeExternal: Bool) -> [PaperID] {
        includeExternal || !hasExternalPapers ? paperIDs : paperIDs.filter { !papers[$0.index].isExternal }
    }

    /// Whether a result lists `paper`: always for the user's papers, for external ones only with
    /// `includeExternal`.
    @inlinable public func isListed(_ paper: PaperID, includeExternal: Bool) -> Bool {
        includeExternal || !papers[paper.index].isExternal
    }

    /// Where the citation `paper → cited` came from (`openalex`, `s2`, `crossref`, a file name),
    /// or `nil` when there is no such citation or no source was recorded.
    ///
    /// - Complexity: O(d) for the d papers `paper` cites.
    public func source(ofCitationFrom paper: PaperID, to cited: PaperID) -> String? {
        let start = Int(citations.offsets[paper.index]), end = Int(citations.offsets[paper.index + 1])
        for slot in start..<end where citations.targets[slot] == cited.rawValue {
            return citationProvenance.source(atSlot: slot)
        }
        return nil
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
