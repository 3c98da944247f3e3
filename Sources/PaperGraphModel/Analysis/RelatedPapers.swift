import GraphAlgorithms

/// A paper related to another, with the score and the reasons, strongest first.
public struct RelatedPaper: Sendable, Equatable {
    public var paper: PaperID
    public var score: Double
    public var reasons: [PaperReason]
}

extension PaperGraph {
    /// Papers related to `paper`, best first, each with why.
    ///
    /// The score adds up, for a candidate y (weights in brackets):
    /// - co-citation, Salton-normalized: |citers(x) ∩ citers(y)| / √(|citers(x)|·|citers(y)|) [1.0];
    /// - bibliographic coupling, Salton-normalized, on shared references [1.0];
    /// - Adamic–Adar over shared references, Σ 1/ln(citers(r)), so rare shared references count
    ///   more (as Inciteful does), divided by the best candidate's [0.5];
    /// - Adamic–Adar over shared citers (co-citation by papers that cite little), divided by the
    ///   best candidate's [0.5];
    /// - a direct citation either way [0.25];
    /// - shared authors and shared topics, each as a Jaccard index [0.3 each];
    /// - personalized PageRank from x over citations taken both ways (local push), divided by the
    ///   best candidate's [0.25].
    ///
    /// Similarity signals outweigh mere adjacency on purpose: for a much-cited paper, every citer is
    /// adjacent, but the papers cited together with it are the ones that tell what it is about.
    ///
    /// - Complexity: O(Σ citers of x's references + Σ references of x's citers + local PageRank
    ///   pushes + papers sharing an author or a topic), independent of the graph's size otherwise.
    ///
    /// - Parameter includeExternal: Whether external papers may be listed; by default only the
    ///   user's own papers are, while external papers still count as shared references and citers.
    public func relatedPapers(to paper: PaperID, limit: Int = 10, includeExternal: Bool = false) -> [RelatedPaper] {
        let x = paper.index
        var candidates: [PaperID: (score: Double, reasons: [(Double, PaperReason)])] = [:]
        func add(_ y: Int, _ value: Double, _ reason: PaperReason?) {
            guard y != x, value > 0, isListed(PaperID(y), includeExternal: includeExternal) else { return }
            var entry = candidates[PaperID(y), default: (0, [])]
            entry.score += value
            if let reason { entry.reasons.append((value, reason)) }
            candidates[PaperID(y)] = entry
        }

        var similarity = CitationSimilarity(references: citations, citers: citedBy)
        let overlaps = similarity.scores(from: x)
        let bestAdamicAdar = overlaps.map(\.adamicAdarReferences).max() ?? 0
        let bestAdamicAdarCiters = overlaps.map(\.adamicAdarCiters).max() ?? 0
        for o in overlaps {
            let y = Int(o.node)
            add(y, o.saltonCocitation, o.cocitation > 0 ? .coCitedBy(o.cocitation) : nil)
            add(y, o.saltonCoupling, o.coupling > 0 ? .sharesReferences(o.coupling) : nil)
            if bestAdamicAdar > 0 { add(y, 0.5 * o.adamicAdarReferences / bestAdamicAdar, nil) }
            if bestAdamicAdarCiters > 0 { add(y, 0.5 * o.adamicAdarCiters / bestAdamicAdarCiters, nil) }
        }
        for y in citations.neighbors(of: x) { add(Int(y), 0.25, .citedBySubject) }
        for y in citedBy.neighbors(of: x) { add(Int(y), 0.25, .citesSubject) }

        addSharedMembers(x, relation: paperAuthors, inverse: authorship, weight: 0.3, add: add) { .sameAuthor($0.map(AuthorID.init)) }
        addSharedMembers(x, relation: tagging, inverse: topicPapers, weight: 0.3, add: add) { .sameTopic($0.map(TopicID.init)) }

        var local = LocalPersonalizedPageRank(graph: citations, reversed: citedBy)
        let walk = local.scores(from: x).filter { Int($0.node) != x }
        if let best = walk.map(\.score).max(), best > 0 {
            for (node, score) in walk { add(Int(node), 0.25 * score / best, nil) }
        }

        let ranked = candidates.map { RelatedPaper(paper: $0.key, score: $0.value.score,
                                                   reasons: $0.value.reasons.sorted { $0.0 > $1.0 }.map(\.1)) }
            .sorted { a, b in
                if a.score != b.score { return a.score > b.score }
                let ya = papers[a.paper.index].year ?? Int.max, yb = papers[b.paper.index].year ?? Int.max
                return ya != yb ? ya < yb : papers[a.paper.index].key < papers[b.paper.index].key
            }
        return ranked.prefix(limit).map { related in
            var r = related
            if r.reasons.isEmpty { r.reasons = [.closeInCitationGraph] }
            return r
        }
    }

    /// Adds the Jaccard index of shared authors or topics for every paper sharing one with `x`.
    private func addSharedMembers(_ x: Int, relation: BipartiteRelation, inverse: BipartiteRelation, weight: Double,
                                  add: (Int, Double, PaperReason?) -> Void, describe: ([Int]) -> PaperReason) {
        let mine = Array(relation.columns(of: x))
        guard !mine.isEmpty else { return }
        var shared: [Int: [Int]] = [:]
        for member in mine {
            for y in inverse.columns(of: Int(member)) where Int(y) != x { shared[Int(y), default: []].append(Int(member)) }
        }
        for y in shared.keys.sorted() {
            let common = shared[y]!
            let union = mine.count + relation.columns(of: y).count - common.count
            add(y, weight * Double(common.count) / Double(union), describe(common))
        }
    }
}
