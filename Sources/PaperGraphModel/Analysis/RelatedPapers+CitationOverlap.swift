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
    static let walk = 0.0
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
    /// - Complexity: O(Σ_{z ∈ N(x)} |N(z)| log d + t log t) for t candidates, and O(V) scratch space.
    func addCitationOverlap(_ x: Int, add: (Int, Double, PaperReason?) -> Void) {
        var similarity = CitationSimilarity(references: citations, citers: citedBy)
        let overlaps = similarity.scores(from: x)
        var kernel = NeighborhoodSimilarity(outgoing: citations, incoming: citedBy)
        let paths = kernel.scores(from: x)
        let bestAdamicAdar = overlaps.map(\.adamicAdarReferences).max() ?? 0
        let bestAdamicAdarCiters = overlaps.map(\.adamicAdarCiters).max() ?? 0
        let best = paths.map(\.resourceAllocation).max() ?? 0
        let w = RelatedWeights.self
        var next = 0   // both lists are sorted by node id: a merge join
        for s in paths {
            while next < overlaps.count && overlaps[next].node < s.node { next += 1 }
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
        }
    }
}
