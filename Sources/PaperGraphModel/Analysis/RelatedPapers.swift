import GraphAlgorithms

/// A paper related to another, with the score and the reasons, strongest first.
public struct RelatedPaper: Sendable, Equatable {
    public var paper: PaperID
    public var score: Double
    public var reasons: [PaperReason]
}

extension RelatedPaperGraph {
    /// Papers related to `paper`, best first, each with why; the score is stated in
    /// ``RelatedPaperOptions``.
    ///
    /// Prepares a ``RelatedPaperSearch`` for this one query; to ask about many papers of the same
    /// graph, keep one search and call it for each.
    ///
    /// - Complexity: O(V) to prepare the scratch space, plus the query (``RelatedPaperSearch``).
    public func relatedPapers(to paper: PaperID, options: RelatedPaperOptions = .init()) -> [RelatedPaper] {
        var search = RelatedPaperSearch(self)
        return search.relatedPapers(to: paper, options: options)
    }
}

/// `related` for any number of papers of one graph: the kernels and the per-candidate evidence
/// live in dense arrays kept between queries and reset through the list of candidates touched, so
/// a query costs the neighbourhood it reads, not the size of the graph.
///
/// For a query x and a candidate y (weights in ``RelatedPaperOptions``):
/// - W, personalized PageRank from x over citations taken either way, divided by the best
///   paper's: it reaches papers any number of steps away, nearer ones more;
/// - R, resource allocation over the two-step paths between x and y: each paper z joined to both
///   passes 1 / (papers joined to z), so a rare shared neighbour counts more than a hub, weighted
///   by the kind of path (a shared reference x → z ← y, a shared citer x ← z → y, a reference of a
///   reference x → z → y, a citer of a citer x ← z ← y) and divided by the best candidate's total;
/// - the score W · (1 + boost · R), plus a small amount for a direct citation either
///   way and for shared authors and topics (each a Jaccard index).
///
/// The walk ranks and the two-step paths sharpen it. A linear sum of the same signals fell below the
/// walk alone on held-out citations of Cora and cit-HepPh (it let a candidate with a strong path
/// but a weak walk outrank papers the walk put close); the product does not, at the price of some
/// recall on cit-HepTh and ml-landmarks, where the sum was better (Benchmarks/quality/QUALITY.md).
///
/// Reasons name the evidence: the part multiplied by each kind of path is named by that path ("co-cited
/// with x by 3 papers", "x cites X, which cites it", named by its rarest middle paper); the walk's
/// own part by the kind of path carrying the most resource-allocation mass, whatever that kind's
/// weight (so a citer of a citer reads "cites X, which cites x"); a paper three or more steps away
/// is "close in the citation graph".
///
/// The search reads any ``RelatedPaperGraph``: a ``PaperGraph``, or the columns of a `.pgraph` file.
public struct RelatedPaperSearch<Graph: RelatedPaperGraph> {
    public let graph: Graph
    /// The graph's relations, held here so that the loops read them directly.
    private let citations: CSRGraph, citedBy: CSRGraph
    private let memberships: RelatedEvidence.Memberships
    private var walk: LocalPersonalizedPageRank
    private var paths: NeighborhoodSimilarity
    /// Per paper: its index in `evidence`; -1 when none; while topics are counted, -1 − s for a
    /// paper that shares s topics and nothing else.
    private var slot: [Int32]
    private var evidence: [RelatedEvidence] = []
    private var candidates: [UInt32] = []
    /// The two-step paths of the query, indexed by ``RelatedEvidence/pathsIndex``.
    private var pathScores: [NeighborhoodSimilarityScore] = []

    /// Prepares the scratch space for `graph`.
    ///
    /// - Complexity: O(V).
    public init(_ graph: Graph) {
        self.graph = graph
        citations = graph.citations
        citedBy = graph.citedBy
        memberships = RelatedEvidence.Memberships(paperAuthors: graph.paperAuthors, authorship: graph.authorship,
                                                  tagging: graph.tagging, topicPapers: graph.topicPapers)
        walk = LocalPersonalizedPageRank(graph: citations, reversed: citedBy)
        paths = NeighborhoodSimilarity(outgoing: citations, incoming: citedBy)
        slot = [Int32](repeating: -1, count: graph.paperCount)
    }

    /// Papers related to `paper`, best first in ``ImportanceOrder``, each with why.
    ///
    /// - Complexity: O(Σ_{z joined to x} (papers joined to z) · log d + the walk's pushes, at most
    ///   1 / (ε (1 − α)) with ε the push threshold of ``LocalPersonalizedPageRank``, + papers sharing
    ///   an author or a topic + t log k) for t candidates and k = `options.limit`; no O(V) work.
    public mutating func relatedPapers(to paper: PaperID, options: RelatedPaperOptions = .init()) -> [RelatedPaper] {
        let x = paper.index
        collectEvidence(x)
        let bestWalk = evidence.reduce(0) { max($0, $1.walk) }
        let bestPaths = pathScores.reduce(0) { max($0, $1.resourceAllocation) }
        let scale = RelatedEvidence.Scale(walk: bestWalk, paths: bestPaths,
                                          authors: memberships.paperAuthors.columns(of: x).count,
                                          topics: memberships.tagging.columns(of: x).count)
        let topicOnly = countSharedTopics(x)
        var best = TopRelated(limit: options.limit, graph: graph, candidates: candidates.count + topicOnly)
        let listsAll = options.includeExternal || graph.externalPaperCount == 0
        for (k, y) in candidates.enumerated() where listsAll || !graph.isExternal(Int(y)) {
            best.offer(k, y, evidence[k].parts(options, scale, memberships, y, paths: pathScores).total)
        }
        offerTopicOnly(x, to: &best, listsAll: listsAll, options, scale)
        let result = best.ranked.map { k, y, score in
            let found = k >= 0 ? evidence[k] : RelatedEvidence(sharedTopics: Int32(-k))
            return RelatedPaper(paper: PaperID(y), score: score,
                                reasons: found.reasons(options, scale, memberships, x: x, y: y, paths: pathScores))
        }
        for y in candidates { slot[Int(y)] = -1 }
        candidates.removeAll(keepingCapacity: true)
        evidence.removeAll(keepingCapacity: true)
        pathScores = []
        return result
    }

    /// Fills `evidence` for every paper joined to `x` by a citation, a two-step path, the walk or an
    /// author (topics: ``countSharedTopics(_:)``).
    private mutating func collectEvidence(_ x: Int) {
        let walked = walk.scores(from: x)
        pathScores = paths.scores(from: x, undirectedIndices: false)
        let coauthored = memberships.paperAuthors.columns(of: x).reduce(0) { $0 + memberships.authorship.columns(of: Int($1)).count }
        let most = citations.outDegree(of: x) + citedBy.outDegree(of: x) + walked.count + pathScores.count + coauthored
        evidence.reserveCapacity(most)
        candidates.reserveCapacity(most)
        for y in citations.neighbors(of: x) where Int(y) != x { evidence[entry(y)].citedBySubject = true }
        for y in citedBy.neighbors(of: x) where Int(y) != x { evidence[entry(y)].citesSubject = true }
        for (y, s) in walked where Int(y) != x { evidence[entry(y)].walk = s }
        for (i, s) in pathScores.enumerated() { evidence[entry(s.node)].pathsIndex = Int32(i) }
        for a in memberships.paperAuthors.columns(of: x) {
            for y in memberships.authorship.columns(of: Int(a)) where Int(y) != x { evidence[entry(UInt32(y))].sharedAuthors += 1 }
        }
    }

    /// Counts the topics each paper shares with `x`: into the evidence of a candidate, and into
    /// `slot` (as -1 − s) for a paper that shares only topics, which gets no evidence: a topic of
    /// the generated 10^6-paper graph has 50,000 papers or more, and their scores depend only on
    /// s and their own topic count (``offerTopicOnly(_:to:listsAll:_:_:)``).
    ///
    /// - Returns: The number of papers that share only topics.
    /// - Complexity: O(papers of x's topics), visiting each topic's row in ascending order.
    private mutating func countSharedTopics(_ x: Int) -> Int {
        var topicOnly = 0
        for t in memberships.tagging.columns(of: x) {
            for y in memberships.topicPapers.columns(of: Int(t)) where Int(y) != x {
                let k = slot[Int(y)]
                if k >= 0 {
                    evidence[Int(k)].sharedTopics += 1
                } else {
                    if k == -1 { topicOnly += 1 }
                    slot[Int(y)] = k - 1
                }
            }
        }
        return topicOnly
    }

    /// Offers every paper that shares only topics with `x`, scored as a candidate whose evidence
    /// is those topics alone (the same parts, so the same bits), under the evidence index -s, and
    /// resets its slot.
    ///
    /// - Complexity: O(papers of x's topics).
    private mutating func offerTopicOnly(_ x: Int, to best: inout TopRelated<Graph>, listsAll: Bool,
                                         _ options: RelatedPaperOptions, _ scale: RelatedEvidence.Scale) {
        for t in memberships.tagging.columns(of: x) {
            for y in memberships.topicPapers.columns(of: Int(t)) where Int(y) != x && slot[Int(y)] < -1 {
                let shared = -1 - slot[Int(y)]
                slot[Int(y)] = -1
                guard listsAll || !graph.isExternal(Int(y)) else { continue }
                let parts = RelatedEvidence(sharedTopics: shared).parts(options, scale, memberships, y, paths: pathScores)
                best.offer(-Int(shared), y, parts.total)
            }
        }
    }

    /// The index of `y`'s evidence, created on first touch.
    private mutating func entry(_ y: UInt32) -> Int {
        if slot[Int(y)] < 0 {
            slot[Int(y)] = Int32(evidence.count)
            evidence.append(RelatedEvidence())
            candidates.append(y)
        }
        return Int(slot[Int(y)])
    }
}

/// The best `limit` candidates in ``ImportanceOrder``, each with its evidence index (negative for
/// a paper that shares only topics, see ``RelatedPaperSearch``): kept sorted while they are offered when
/// few are asked for, sorted once at the end otherwise.
struct TopRelated<Graph: RelatedPaperGraph> {
    let limit: Int
    let graph: Graph
    private let keepsSorted: Bool
    private var kept: [(index: Int, paper: UInt32, score: Double)] = []

    init(limit: Int, graph: Graph, candidates: Int) {
        self.limit = max(0, limit)
        self.graph = graph
        keepsSorted = limit * 16 < candidates
    }

    private func before(_ a: (index: Int, paper: UInt32, score: Double), _ b: (index: Int, paper: UInt32, score: Double)) -> Bool {
        if a.score != b.score { return a.score > b.score }
        let ya = Int(a.paper), yb = Int(b.paper)
        return ImportanceOrder.ranks(score: a.score, year: graph.year(ya), key: graph.key(ya),
                                     before: b.score, year: graph.year(yb), key: graph.key(yb))
    }

    /// Offers candidate `y` (evidence index `k`); a score of 0 or less is never kept.
    ///
    /// - Complexity: O(1) when it does not rank among the best `limit`, O(limit) when it does.
    mutating func offer(_ k: Int, _ y: UInt32, _ score: Double) {
        guard score > 0, limit > 0 else { return }
        let c = (index: k, paper: y, score: score)
        guard keepsSorted else { return kept.append(c) }
        if kept.count == limit, let last = kept.last, !before(c, last) { return }
        var low = 0, high = kept.count
        while low < high {
            let mid = (low + high) / 2
            if before(kept[mid], c) { low = mid + 1 } else { high = mid }
        }
        kept.insert(c, at: low)
        if kept.count > limit { kept.removeLast() }
    }

    /// The kept candidates, best first.
    ///
    /// - Complexity: O(1) when kept sorted, O(t log t) otherwise.
    var ranked: [(index: Int, paper: UInt32, score: Double)] {
        keepsSorted ? kept : Array(kept.sorted(by: before).prefix(limit))
    }
}
