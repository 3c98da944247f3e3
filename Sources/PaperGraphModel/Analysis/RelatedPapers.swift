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
    /// The score adds up, for a candidate y (weights in brackets, ``RelatedWeights``):
    /// - resource allocation over the two-step paths between x and y, citations taken either way:
    ///   each paper z joined to both passes 1 / (papers joined to z), so a rare shared neighbour
    ///   counts more than a hub; the paths x → z ← y (a shared reference) [1], x ← z → y (a shared
    ///   citer) [1], x → z → y (a reference of a reference) [2] and x ← z ← y (a citer of a citer)
    ///   [0], divided by the best candidate's total;
    /// - co-citation and coupling, Salton-normalized, and Adamic–Adar over shared references and
    ///   shared citers [0 each: they name the evidence but no longer weigh];
    /// - a direct citation either way [0.25];
    /// - shared authors and shared topics, each as a Jaccard index [0.3 each];
    /// - personalized PageRank from x over citations taken either way, divided by the best paper's,
    ///   for papers not adjacent to x [0.5]; its share is named like the two-step path that joins
    ///   the paper to x (a paper found only as a citer of a citer reads "cites X, which cites x"),
    ///   a paper three or more steps away is "close in the citation graph".
    ///
    /// The weights were chosen on held-out citations of cit-HepTh only and reported unchanged on the
    /// other graphs (Benchmarks/quality/QUALITY.md): resource allocation over two-step paths, with
    /// references of references counted twice, beat every weighting of the earlier hand-chosen
    /// signals; the walk on top reaches papers farther than two steps.
    ///
    /// Similarity signals outweigh mere adjacency on purpose: for a much-cited paper, every citer is
    /// adjacent, but the papers cited together with it are the ones that tell what it is about.
    ///
    /// - Complexity: O(Σ_{z joined to x} (papers joined to z) · log d + papers sharing an author or
    ///   a topic + the walk's pushes, at most 1 / (ε (1 − α)) with ε the push threshold of
    ///   ``LocalPersonalizedPageRank``), plus O(V) scratch space.
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
            if let reason {
                if let i = entry.reasons.firstIndex(where: { $0.1 == reason }) {
                    entry.reasons[i].0 += value
                } else {
                    entry.reasons.append((value, reason))
                }
            }
            candidates[PaperID(y)] = entry
        }

        let w = RelatedWeights.self
        var walk: [(node: UInt32, score: Double)] = []
        if w.walk > 0 {
            var local = LocalPersonalizedPageRank(graph: citations, reversed: citedBy)
            walk = local.scores(from: x).filter { Int($0.node) != x }
            let best = walk.map(\.score).max() ?? 0
            let adjacent = Set(citations.neighbors(of: x)).union(citedBy.neighbors(of: x))
            walk = best > 0 ? walk.filter { !adjacent.contains($0.node) }.map { ($0.node, w.walk * $0.score / best) } : []
        }
        addCitationOverlap(x, walk: walk, add: add)
        for y in citations.neighbors(of: x) { add(Int(y), w.direct, .citedBySubject) }
        for y in citedBy.neighbors(of: x) { add(Int(y), w.direct, .citesSubject) }

        addSharedMembers(x, relation: paperAuthors, inverse: authorship, weight: w.authors, add: add) { .sameAuthor($0.map(AuthorID.init)) }
        addSharedMembers(x, relation: tagging, inverse: topicPapers, weight: w.topics, add: add) { .sameTopic($0.map(TopicID.init)) }

        let ranked = candidates.map { RelatedPaper(paper: $0.key, score: $0.value.score,
                                                   reasons: $0.value.reasons.sorted { $0.0 > $1.0 }.map(\.1)) }
            .sorted { a, b in
                ImportanceOrder.ranks(score: a.score, year: papers[a.paper.index].year, key: papers[a.paper.index].key,
                                      before: b.score, year: papers[b.paper.index].year, key: papers[b.paper.index].key)
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
