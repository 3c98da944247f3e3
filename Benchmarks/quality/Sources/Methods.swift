import PaperGraphModel

/// One candidate's features, read in place.
struct Row {
    let base: UnsafePointer<Double>
    @inline(__always) subscript(_ f: Feature) -> Double { base[f.rawValue] }
}

/// A ranking method compared in the tables: a score from a candidate's features and the query's
/// per-feature maxima (for normalised sums), and the kernels its time per query adds up.
struct Method {
    let name: String
    let kernels: [WritableKeyPath<KernelTimes, Double>]
    let score: (Row, Row) -> Double
}

/// Weights of a linear combination of normalised signals (the tuned `related` and its variants).
struct Weights: CustomStringConvertible {
    var cocitation = 0.0, coupling = 0.0, adamicAdarReferences = 0.0, adamicAdarCiters = 0.0
    var authors = 0.0, topics = 0.0, walk = 0.0
    var sharedReferences = 0.0, sharedCiters = 0.0, referencesOfReferences = 0.0, citersOfCiters = 0.0

    /// The hand-chosen weights `related` shipped with before this evaluation (direct citations
    /// left out: adjacent papers are removed from every ranking).
    static let handChosen = Weights(cocitation: 1, coupling: 1, adamicAdarReferences: 0.5, adamicAdarCiters: 0.5,
                                    authors: 0.3, topics: 0.3, walk: 0.25)

    func score(_ r: Row, _ m: Row) -> Double {
        func n(_ f: Feature) -> Double { m[f] > 0 ? r[f] / m[f] : 0 }
        let ra = m[.resourceAllocation]
        var s = cocitation * r[.saltonCocitation] + coupling * r[.saltonCoupling]
        s += adamicAdarReferences * n(.adamicAdarReferences) + adamicAdarCiters * n(.adamicAdarCiters)
        s += authors * r[.authors] + topics * r[.topics] + walk * n(.personalizedPageRank)
        if ra > 0 {
            s += (sharedReferences * r[.raSharedReferences] + sharedCiters * r[.raSharedCiters]
                  + referencesOfReferences * r[.raReferencesOfReferences] + citersOfCiters * r[.raCitersOfCiters]) / ra
        }
        return s
    }

    var description: String {
        "cocit=\(cocitation) coupling=\(coupling) aaRefs=\(adamicAdarReferences) aaCiters=\(adamicAdarCiters) "
            + "authors=\(authors) topics=\(topics) ppr=\(walk) raSharedRefs=\(sharedReferences) "
            + "raSharedCiters=\(sharedCiters) raRefsOfRefs=\(referencesOfReferences) raCitersOfCiters=\(citersOfCiters)"
    }
}

/// Every method of the side-by-side table except `related` as shipped (run through its API).
func baselineMethods() -> [Method] {
    func single(_ name: String, _ f: Feature, _ k: WritableKeyPath<KernelTimes, Double>) -> Method {
        Method(name: name, kernels: [k]) { r, _ in r[f] }
    }
    let all: [WritableKeyPath<KernelTimes, Double>] = [\.citation, \.neighborhood, \.walk, \.members]
    return [
        single("co-citation count (LCN)", .cocitationCount, \.citation),
        Method(name: "co-citation + coupling, Salton (Connected Papers-style)", kernels: [\.citation]) { r, _ in
            r[.saltonCocitation] + r[.saltonCoupling]
        },
        single("Adamic-Adar (undirected)", .adamicAdar, \.neighborhood),
        single("resource allocation (undirected)", .resourceAllocation, \.neighborhood),
        single("Jaccard (undirected)", .jaccard, \.neighborhood),
        single("common neighbours (undirected)", .commonNeighbors, \.neighborhood),
        single("personalized PageRank (local push; = related's walk signal)", .personalizedPageRank, \.walk),
        single("Katz, truncated at 3, beta 0.05 (undirected)", .katz, \.katz),
        single("signal: co-citation, Salton", .saltonCocitation, \.citation),
        single("signal: coupling, Salton", .saltonCoupling, \.citation),
        single("signal: Adamic-Adar over shared references", .adamicAdarReferences, \.citation),
        single("signal: Adamic-Adar over shared citers", .adamicAdarCiters, \.citation),
        single("signal: shared authors (Jaccard)", .authors, \.members),
        single("signal: shared topics (Jaccard)", .topics, \.members),
        single("signal: RA over references of references", .raReferencesOfReferences, \.neighborhood),
        single("signal: RA over citers of citers", .raCitersOfCiters, \.neighborhood),
        Method(name: "related v1 hand weights (recomputed from features)", kernels: all) { r, m in
            Weights.handChosen.score(r, m)
        },
    ] + [0.5, 1, 2].map { walk in
        // The shipped weights (walk 0.5) and heavier walks: how the walk weight chosen on cit-HepTh transfers.
        let weights = Weights(authors: 0.3, topics: 0.3, walk: walk, sharedReferences: 1, sharedCiters: 1, referencesOfReferences: 2)
        return Method(name: "related weights, walk \(walk) (recomputed from features\(walk == 0.5 ? "; = shipped when neighbours are removed" : "; not shipped"))", kernels: all) { r, m in
            weights.score(r, m)
        }
    }
}
