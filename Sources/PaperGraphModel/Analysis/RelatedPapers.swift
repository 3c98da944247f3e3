import Foundation
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
/// For a query x and a candidate y (weights in ``RelatedPaperOptions``), the signals:
/// - personalized PageRank from x over citations taken either way: it reaches papers any number
///   of steps away, nearer ones more;
/// - resource allocation over the two-step paths between x and y: each paper z joined to both
///   passes 1 / (papers joined to z), so a rare shared neighbour counts more than a hub, one value
///   per kind of path (a shared reference x → z ← y, a shared citer x ← z → y, a reference of a
///   reference x → z → y, a citer of a citer x ← z ← y);
/// - the same over three-step paths x → z ← w → y: papers that cite what x cites also cite y,
///   through the 200 papers w with the most shared-reference mass
///   (``NeighborhoodSimilarity/defaultCoupledLimit``);
/// - the number of papers citing y;
/// - the years of x and y, when both are known: the further apart the lower, a paper newer than x
///   lower still (``RelatedEvidence/logYearFactor(_:gap:)``).
///
/// Each signal is divided by the best candidate's, and the score multiplies their powers (a
/// weighted geometric mean, fitted as a logistic regression on held-out citations of cit-HepTh),
/// raised by shared authors and topics (each a Jaccard index), plus a small amount for a direct
/// citation either way. A product lets every signal sharpen the others: a paper reached by the walk
/// and by several kinds of path outranks one that only one signal puts close.
///
/// Reasons name the evidence: the share of each kind of path that raises the score is named by
/// that path ("co-cited with x by 3 papers", "x cites X, which cites it", named by its rarest
/// middle paper; "cited by W, which shares references with x", named by the paper passing the
/// most); the walk's own share by the kind of path carrying the most resource-allocation mass,
/// whatever that kind's weight (so a citer of a citer reads "cites X, which cites x"); a paper
/// three or more steps away with no such path is "close in the citation graph".
///
/// The search reads any ``RelatedPaperGraph``: a ``PaperGraph``, or the columns of a `.pgraph` file.
public struct RelatedPaperSearch<Graph: RelatedPaperGraph> {
    public let graph: Graph
    /// The graph's relations, held here so that the loops read them directly.
    private let citations: CSRGraph, citedBy: CSRGraph
    private let memberships: RelatedEvidence.Memberships
    private var walk: LocalPersonalizedPageRank
    private var paths: NeighborhoodSimilarity
    /// Per paper: its index in `evidence`; -1 − s for a paper sharing s topics with the subject and
    /// nothing else (in `topicOnly`, without an entry); -1 for a paper not joined to the subject.
    private var slot: [Int32]
    /// Per paper: its year (``RelatedEvidence/years(of:)``); the subject's, during a query.
    private let years: [Int32]
    private var subjectYear = RelatedEvidence.unknownYear
    private var evidence: [RelatedEvidence] = []
    private var candidates: [UInt32] = []
    /// The papers that share only topics with the subject: 10^5 of a 10^6-paper graph with 20 topics
    /// for every query, scored from their slot without an entry.
    private var topicOnly: [UInt32] = []
    /// Per candidate: ln M, up to a term common to the query.
    private var logProducts: [Double] = []

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
        years = RelatedEvidence.years(of: graph)
    }

    /// Papers related to `paper`, best first in ``ImportanceOrder``, each with why.
    ///
    /// - Complexity: O(Σ_{z joined to x} (papers joined to z) · log d + c log 200 + Σ_{w followed}
    ///   (papers joined to w) for the c papers sharing a reference with x, of which the 200 strongest
    ///   are followed, + the walk's pushes, at most
    ///   1 / (ε (1 − α)) with ε the push threshold of ``LocalPersonalizedPageRank``, + papers sharing
    ///   an author or a topic + t log k) for t candidates and k = `options.limit`; no O(V) work.
    public mutating func relatedPapers(to paper: PaperID, options: RelatedPaperOptions = .init()) -> [RelatedPaper] {
        let x = paper.index
        subjectYear = years[x]
        collectEvidence(x)
        var scale = RelatedEvidence.Scale(evidence, authors: memberships.paperAuthors.columns(of: x).count,
                                          topics: memberships.tagging.columns(of: x).count)
        logProducts.removeAll(keepingCapacity: true)
        logProducts.reserveCapacity(candidates.count + topicOnly.count)
        for k in 0..<(candidates.count + topicOnly.count) {
            let y = candidate(k)
            let l = evidence(k, y).logProduct(options, scale, citers: citedBy.outDegree(of: Int(y)))
            logProducts.append(l)
            scale.logProduct = max(scale.logProduct, l)
        }
        var best = TopRelated(limit: options.limit, graph: graph, candidates: candidates.count + topicOnly.count)
        let listsAll = options.includeExternal || graph.externalPaperCount == 0
        for k in 0..<(candidates.count + topicOnly.count) {
            let y = candidate(k)
            guard listsAll || !graph.isExternal(Int(y)) else { continue }
            best.offer(k, y, evidence(k, y).score(options, scale, memberships, y, m: exp(logProducts[k] - scale.logProduct)))
        }
        let result = best.ranked.map { k, y, score in
            RelatedPaper(paper: PaperID(y), score: score,
                         reasons: evidence(k, y).reasons(options, scale, memberships, x: x, y: y, citers: citedBy.outDegree(of: Int(y))))
        }
        for y in candidates { slot[Int(y)] = -1 }
        for y in topicOnly { slot[Int(y)] = -1 }
        candidates.removeAll(keepingCapacity: true)
        topicOnly.removeAll(keepingCapacity: true)
        evidence.removeAll(keepingCapacity: true)
        return result
    }

    /// Candidate `k`: an entry of `candidates`, then of `topicOnly`.
    private func candidate(_ k: Int) -> UInt32 {
        k < candidates.count ? candidates[k] : topicOnly[k - candidates.count]
    }

    /// The evidence of candidate `k` (paper `y`): its entry, or for a paper sharing only topics the
    /// entry it would have, made from its slot.
    private func evidence(_ k: Int, _ y: UInt32) -> RelatedEvidence {
        var e: RelatedEvidence
        if k < candidates.count {
            e = evidence[k]
        } else {
            e = RelatedEvidence()
            e.sharedTopics = -1 - slot[Int(y)]
        }
        e.yearGap = RelatedEvidence.yearGap(subject: subjectYear, candidate: years[Int(y)])
        return e
    }

    /// Fills `evidence` for every paper joined to `x` by a citation, a two-step path, the walk or
    /// an author, adds the shared topics to them, and lists the papers sharing only topics in
    /// `topicOnly`, counted in their slots.
    private mutating func collectEvidence(_ x: Int) {
        let walked = walk.scores(from: x)
        let pathScores = paths.pathScores(from: x)
        evidence.reserveCapacity(citations.outDegree(of: x) + citedBy.outDegree(of: x) + walked.count + pathScores.count)
        for y in citations.neighbors(of: x) where Int(y) != x { evidence[entry(y)].citedBySubject = true }
        for y in citedBy.neighbors(of: x) where Int(y) != x { evidence[entry(y)].citesSubject = true }
        for (y, s) in walked where Int(y) != x { evidence[entry(y)].walk = s }
        for s in pathScores { evidence[entry(s.node)].paths = s }
        for a in memberships.paperAuthors.columns(of: x) {
            for y in memberships.authorship.columns(of: Int(a)) where Int(y) != x { evidence[entry(UInt32(y))].sharedAuthors += 1 }
        }
        for t in memberships.tagging.columns(of: x) {
            for y in memberships.topicPapers.columns(of: Int(t)) where Int(y) != x {
                let s = slot[Int(y)]
                if s >= 0 {
                    evidence[Int(s)].sharedTopics += 1
                } else {
                    if s == -1 { topicOnly.append(UInt32(y)) }
                    slot[Int(y)] = s - 1
                }
            }
        }
    }

    /// The index of `y`'s evidence, created on first touch (before the topics are counted).
    private mutating func entry(_ y: UInt32) -> Int {
        if slot[Int(y)] < 0 {
            slot[Int(y)] = Int32(evidence.count)
            evidence.append(RelatedEvidence())
            candidates.append(y)
        }
        return Int(slot[Int(y)])
    }
}

/// The best `limit` candidates in ``ImportanceOrder``: kept sorted while they are offered when
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
