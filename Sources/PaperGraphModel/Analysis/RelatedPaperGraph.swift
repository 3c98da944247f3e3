import GraphAlgorithms

/// What ``RelatedPaperSearch`` reads of a graph: the citations both ways, the author and topic
/// relations both ways, and, per paper, whether it is external and its year and key (the key only
/// to break ties between equal scores).
///
/// ``PaperGraph`` is one; a `.pgraph` file read as columns is another, so `related` on a large
/// file scores without materializing a `Paper` per paper. The search copies the relations once
/// when it is made; the per-paper questions are asked for candidates (external) and at equal
/// scores (year, key), and should each be O(1) (the key O(its length)).
public protocol RelatedPaperGraph {
    /// The number of papers; ids are `0 ..< paperCount`.
    var paperCount: Int { get }
    /// Citations, citing paper → cited paper, and their reverse.
    var citations: CSRGraph { get }
    var citedBy: CSRGraph { get }
    /// Paper → authors (ascending ids) and author → papers.
    var paperAuthors: CSRRelation { get }
    var authorship: CSRRelation { get }
    /// Paper → topics (ascending ids) and topic → papers.
    var tagging: CSRRelation { get }
    var topicPapers: CSRRelation { get }
    /// How many papers are external; when 0, ``isExternal(_:)`` is not asked.
    var externalPaperCount: Int { get }
    /// Whether the paper is external (outside the user's list).
    func isExternal(_ paper: Int) -> Bool
    /// The paper's year, if known.
    func year(_ paper: Int) -> Int?
    /// The paper's key.
    func key(_ paper: Int) -> String
}

/// The papers' fields read from ``PaperGraph/papers``: O(1) each.
extension PaperGraph: RelatedPaperGraph {
    public var paperCount: Int { papers.count }
    public func isExternal(_ paper: Int) -> Bool { papers[paper].isExternal }
    public func year(_ paper: Int) -> Int? { papers[paper].year }
    public func key(_ paper: Int) -> String { papers[paper].key }
}
