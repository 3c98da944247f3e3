/// The lookup tables from the names files and users give a paper to its id: keys and aliases,
/// DOIs, arXiv ids, OpenAlex and Semantic Scholar ids. Built in one place for every graph.
///
/// The first paper to claim a name keeps it, so a graph's lookups follow its id order.
struct PaperIndex: Sendable {
    private var keys: [String: PaperID] = [:]
    private var dois: [String: PaperID] = [:]
    private var arxivIDs: [String: PaperID] = [:]
    /// OpenAlex W-ids, Semantic Scholar paper ids and corpus ids, each with its scheme as prefix.
    private var workIDs: [String: PaperID] = [:]

    /// Indexes `papers` in id order.
    ///
    /// - Complexity: O(V + A) expected, for V papers and A aliases.
    init<Papers: Collection>(_ papers: Papers) where Papers.Element == Paper {
        keys.reserveCapacity(papers.count)
        for (i, paper) in papers.enumerated() { insert(paper, as: PaperID(i)) }
    }

    /// Adds the names of `paper` that no earlier paper has claimed.
    mutating func insert(_ paper: Paper, as id: PaperID) {
        if keys[paper.key] == nil { keys[paper.key] = id }
        for alias in paper.aliases where keys[alias] == nil { keys[alias] = id }
        insert(paper.identifiers, as: id)
    }

    /// Adds identifiers that no earlier paper has claimed.
    mutating func insert(_ identifiers: PaperIdentifiers, as id: PaperID) {
        if let doi = identifiers.doi, dois[doi] == nil { dois[doi] = id }
        if let arxiv = identifiers.arxiv, arxivIDs[arxiv] == nil { arxivIDs[arxiv] = id }
        for name in Self.workNames(identifiers) where workIDs[name] == nil { workIDs[name] = id }
    }

    /// The paper whose key or alias is `key`.
    func paper(forKey key: String) -> PaperID? { keys[key] }
    /// The paper with this normalized DOI.
    func paper(forNormalizedDOI doi: String) -> PaperID? { dois[doi] }
    /// The paper with this normalized arXiv id.
    func paper(forNormalizedArXiv id: String) -> PaperID? { arxivIDs[id] }

    /// The paper a reference's text names: a key, else a DOI, an arXiv id, an OpenAlex or Semantic
    /// Scholar id spelled in it.
    func paper(forReference text: String) -> PaperID? {
        if let id = keys[text] { return id }
        if let doi = PaperIdentifiers.normalizedDOI(text), let id = dois[doi] { return id }
        if let arxiv = PaperIdentifiers.normalizedArXiv(text), let id = arxivIDs[arxiv] { return id }
        return paper(for: PaperIdentifiers.spelledOut(in: text))
    }

    /// The paper one of these identifiers names (DOI, then arXiv id, then work ids).
    func paper(for identifiers: PaperIdentifiers) -> PaperID? {
        if let doi = identifiers.doi, let id = dois[doi] { return id }
        if let arxiv = identifiers.arxiv, let id = arxivIDs[arxiv] { return id }
        for name in Self.workNames(identifiers) { if let id = workIDs[name] { return id } }
        return nil
    }

    /// The work ids of `identifiers`, each prefixed with its scheme.
    static func workNames(_ identifiers: PaperIdentifiers) -> [String] {
        var names: [String] = []
        if let w = identifiers.openAlex { names.append("openalex:" + w.uppercased()) }
        if let s = identifiers.semanticScholar { names.append("s2:" + s.lowercased()) }
        if let c = identifiers.semanticScholarCorpus { names.append("s2corpus:" + c) }
        return names
    }
}

/// Where each citation came from: `openalex`, `s2`, `crossref`, or the file it was read from.
public struct CitationProvenance: Sendable, Equatable {
    /// The distinct sources, in order of first appearance.
    public let names: [String]
    /// The index into ``names`` of each citation slot (aligned with the citation CSR's targets);
    /// empty when there is at most one source, which then holds for every citation.
    let slots: [UInt16]

    /// Every citation from one source, or from none named.
    public init(uniform name: String? = nil) {
        names = name.map { [$0] } ?? []
        slots = []
    }

    init(names: [String], slots: [UInt16]) {
        self.names = names
        self.slots = names.count > 1 ? slots : []
    }

    /// Sources as a file stores them: the names, and the index into them of each citation slot.
    ///
    /// - Returns: `nil` unless there are fewer than 2¹⁶ names and, with two or more names, one
    ///   index below `names.count` per citation (`citationCount` of them); with fewer, none.
    /// - Complexity: O(E).
    public init?(names: [String], slotIndices: [UInt32], citationCount: Int) {
        guard names.count <= Int(UInt16.max) + 1 else { return nil }
        if names.count <= 1 {
            guard slotIndices.isEmpty else { return nil }
            self.init(names: names, slots: [])
            return
        }
        guard slotIndices.count == citationCount, slotIndices.allSatisfy({ $0 < UInt32(names.count) }) else { return nil }
        self.init(names: names, slots: slotIndices.map { UInt16(truncatingIfNeeded: $0) })
    }

    /// The index into ``names`` of each citation slot; empty when at most one source is named.
    public var slotIndices: [UInt32] { slots.map(UInt32.init) }

    /// The source of the citation in CSR slot `slot`, or `nil` when no source is recorded.
    public func source(atSlot slot: Int) -> String? {
        slots.isEmpty ? names.first : names[Int(slots[slot])]
    }
}
