import GraphAlgorithms

/// The weights of ``PaperGraph/relatedPapers(to:limit:includeExternal:)``, chosen on held-out
/// citations of cit-HepTh only (`Benchmarks/quality/run.sh`, Benchmarks/quality/QUALITY.md).
enum RelatedWeights {
    /// Salton co-citation and Salton coupling, each.
    static let salton = 0.0
    /// Adamic–Adar over shared references and over shared citers, each divided by the best candidate's.
    static let adamicAdar = 0.0
    /// Resource allocation over each kind of two-step path, divided by the best candidate's total.
    static let sharedReferences = 1.0, sharedCiters = 1.0, referencesOfReferences = 2.0, citersOfCiters = 0.0
    /// A direct citation either way.
    static let direct = 0.25
    /// Jaccard of shared authors, of shared topics.
    static let authors = 0.3, topics = 0.3
    /// Personalized PageRank, divided by the best candidate's; 0 skips the walk.
    static let walk = 0.5
}

extension PaperGraph {
    /// Adds the citation overlap of every paper sharing a reference or a citer with `x`, or joined
    /// to it through a two-step path either way:
    /// - Salton co-citation and coupling, and Adamic–Adar over shared references and shared citers
    ///   (divided by the best candidate's);
    /// - resource allocation over the two-step paths `x – z – y`, each middle paper `z` passing
    ///   `1 / (papers joined to z)`, weighted by the kind of path and divided by the best
    ///   candidate's total. A shared reference or citer is named with the co-citation or coupling
    ///   count; a reference of a reference ("x cites X, which cites it") and a citer of a citer
    ///   ("cites X, which cites x") by their rarest middle paper.
    ///
    /// `walk` (weighted personalized PageRank, sorted by node id, without `x`) is added too: a
    /// candidate joined to `x` by a two-step path gets its share named by the path kind that
    /// carries the most resource-allocation mass, whatever that kind's own weight (so a citer of a
    /// citer found by the walk alone still reads "cites X, which cites x"); a farther one is added
    /// with no reason.
    ///
    /// - Complexity: O(Σ_{z ∈ N(x)} |N(z)| log d + t log t + |walk|) for t candidates, and O(V)
    ///   scratch space.
    func addCitationOverlap(_ x: Int, walk: [(node: UInt32, score: Double)], add: (Int, Double, PaperReason?) -> Void) {
        var similarity = CitationSimilarity(references: citations, citers: citedBy)
        let overlaps = similarity.scores(from: x)
        var kernel = NeighborhoodSimilarity(outgoing: citations, incoming: citedBy)
        let paths = kernel.scores(from: x)
        let bestAdamicAdar = overlaps.map(\.adamicAdarReferences).max() ?? 0
        let bestAdamicAdarCiters = overlaps.map(\.adamicAdarCiters).max() ?? 0
        let best = paths.map(\.resourceAllocation).max() ?? 0
        let w = RelatedWeights.self
        var next = 0, nextWalk = 0   // all three lists are sorted by node id: a merge join
        for s in paths {
            while next < overlaps.count && overlaps[next].node < s.node { next += 1 }
            while nextWalk < walk.count && walk[nextWalk].node < s.node {
                add(Int(walk[nextWalk].node), walk[nextWalk].score, nil)
                nextWalk += 1
            }
            let o = next < overlaps.count && overlaps[next].node == s.node ? overlaps[next] : nil
            let y = Int(s.node)
            let cocitation = o?.cocitation ?? 0, coupling = o?.coupling ?? 0
            var citers = w.sharedCiters * s.sharedCiters / best, references = w.sharedReferences * s.sharedReferences / best
            if let o {
                citers += w.salton * o.saltonCocitation
                    + (bestAdamicAdarCiters > 0 ? w.adamicAdar * o.adamicAdarCiters / bestAdamicAdarCiters : 0)
                references += w.salton * o.saltonCoupling
                    + (bestAdamicAdar > 0 ? w.adamicAdar * o.adamicAdarReferences / bestAdamicAdar : 0)
            }
            add(y, citers, cocitation > 0 ? .coCitedBy(cocitation) : nil)
            add(y, references, coupling > 0 ? .sharesReferences(coupling) : nil)
            if let z = s.viaReference {
                add(y, w.referencesOfReferences * s.referencesOfReferences / best, .referenceOfReference(PaperID(z)))
            }
            if let z = s.viaCiter {
                add(y, w.citersOfCiters * s.citersOfCiters / best, .citerOfCiter(PaperID(z)))
            }
            if nextWalk < walk.count && walk[nextWalk].node == s.node {
                let kinds: [(Double, PaperReason?)] = [
                    (s.sharedCiters, cocitation > 0 ? .coCitedBy(cocitation) : nil),
                    (s.sharedReferences, coupling > 0 ? .sharesReferences(coupling) : nil),
                    (s.referencesOfReferences, s.viaReference.map { .referenceOfReference(PaperID($0)) }),
                    (s.citersOfCiters, s.viaCiter.map { .citerOfCiter(PaperID($0)) }),
                ]
                let strongest = kinds.filter { $0.1 != nil }.max { $0.0 < $1.0 }
                add(y, walk[nextWalk].score, strongest?.1)
                nextWalk += 1
            }
        }
        for rest in walk[nextWalk...] { add(Int(rest.node), rest.score, nil) }
    }
}
