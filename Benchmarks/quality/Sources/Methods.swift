import Foundation
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

/// A multiplicative blend: the walk, boosted by the two-step-path evidence,
/// `W · (1 + boost · R) + floor · R + members · (authors + topics)`, where W is personalized
/// PageRank divided by the query's best and R the weighted resource allocation over the kinds of
/// two-step path divided by the query's best total (as in ``Weights``).
struct Blend: CustomStringConvertible {
    var boost = 1.0
    var sharedReferences = 1.0, sharedCiters = 1.0, referencesOfReferences = 2.0, citersOfCiters = 0.0
    var floor = 0.0
    var members = 0.0
    /// Added per direction of a direct citation.
    var direct = 0.0
    /// Whether papers adjacent to the query keep their walk score (the walk is 0 for them otherwise).
    var walkOnAdjacent = true

    func score(_ r: Row, _ m: Row) -> Double {
        let ra = m[.resourceAllocation], best = m[.personalizedPageRank]
        let walk = best > 0 && (walkOnAdjacent || r[.adjacent] == 0) ? r[.personalizedPageRank] / best : 0
        let paths = ra > 0 ? (sharedReferences * r[.raSharedReferences] + sharedCiters * r[.raSharedCiters]
                              + referencesOfReferences * r[.raReferencesOfReferences] + citersOfCiters * r[.raCitersOfCiters]) / ra : 0
        return walk * (1 + boost * paths) + floor * paths + members * (r[.authors] + r[.topics]) + direct * r[.adjacent]
    }

    func method(prefix: String = "") -> Method {
        let blend = self
        return Method(name: prefix + "blend " + description, kernels: [\.citation, \.neighborhood, \.walk, \.members]) { r, m in blend.score(r, m) }
    }

    var description: String {
        "walk\(walkOnAdjacent ? "" : " (0 if adjacent)") x (1 + \(boost) RA) + \(floor) RA + \(members) (authors + topics) + \(direct) direct, RA = \(sharedReferences) sharedRefs + "
            + "\(sharedCiters) sharedCiters + \(referencesOfReferences) refsOfRefs + \(citersOfCiters) citersOfCiters"
    }
}

/// The blend `related` shipped before the log-linear score (boost 1, references of references x 4),
/// with its untuned terms: 0.3 for shared authors and for shared topics, 0.25 for a direct citation.
let previousBlend = Blend(boost: 1, referencesOfReferences: 4, members: 0.3, direct: 0.25)

/// The log-linear score `related` ships (``RelatedPaperOptions``), recomputed from the features:
/// Π (signal / best + floor)^weight · (1 + citers)^weight, divided by the query's best, times
/// 1 + the author and topic terms, plus the direct term.
struct LogLinear {
    var options = RelatedPaperOptions()
    /// The signals of the product, in the order of fit_related.py's columns.
    static let signals: [Feature] = [.personalizedPageRank, .raSharedReferences, .raSharedCiters, .raReferencesOfReferences,
                                     .raCitersOfCiters, .raReferencesOfCoupled]

    func product(_ r: Row, _ m: Row) -> Double {
        let o = options
        func term(_ w: Double, _ f: Feature) -> Double {
            m[f] > 0 && r[f] > 0 ? w * log((r[f] / m[f] + o.floor) / o.floor) : 0
        }
        let sum = term(o.walk, .personalizedPageRank) + term(o.sharedReferences, .raSharedReferences)
            + term(o.sharedCiters, .raSharedCiters) + term(o.referencesOfReferences, .raReferencesOfReferences)
            + term(o.citersOfCiters, .raCitersOfCiters) + term(o.referencesOfCoupled, .raReferencesOfCoupled)
        return exp(sum + o.citedBy * log(1 + r[.citers]) + yearTerm(r))
    }

    /// yearGap · ln(1 + |year gap|) + newer when the candidate is newer; 0 without both years.
    func yearTerm(_ r: Row) -> Double {
        guard r[.hasYears] > 0 else { return 0 }
        return options.yearGap * log(1 + abs(r[.yearGap])) + (r[.yearGap] < 0 ? options.newer : 0)
    }

    /// The score given the query's best product (ranking among non-adjacent candidates needs none).
    func score(_ r: Row, _ m: Row, bestProduct: Double = 1) -> Double {
        product(r, m) / bestProduct * (1 + options.authors * r[.authors] + options.topics * r[.topics]) + options.direct * r[.adjacent]
    }
}

/// With QUALITY_BLENDS=1 in the environment, more blends in every table (to see how the grid's
/// choice transfers; not part of the documented run).
func blendVariants() -> [Method] {
    guard ProcessInfo.processInfo.environment["QUALITY_BLENDS"] == "1" else { return [] }
    var variants: [Method] = []
    for boost in [1.0, 2, 4] {
        for rr in [2.0, 4] {
            for floor in [0.0, 0.1] {
                variants.append(Blend(boost: boost, referencesOfReferences: rr, floor: floor, members: 0.3, direct: 0.25).method())
            }
        }
    }
    return variants
}

/// With QUALITY_LOGLINEAR="floor:w1,…,w7;floor:…" in the environment, log-linear scores with other
/// floors and weights (walk, shared references, shared citers, references of references, citers of
/// citers, references of coupled papers, citers; an empty list keeps the shipped weights), for choosing
/// them on cit-HepTh (not part of the documented run).
func logLinearVariants() -> [Method] {
    guard let text = ProcessInfo.processInfo.environment["QUALITY_LOGLINEAR"] else { return [] }
    let all: [WritableKeyPath<KernelTimes, Double>] = [\.citation, \.neighborhood, \.walk, \.members]
    return text.split(separator: ";").compactMap { variant in
        let parts = variant.split(separator: ":", omittingEmptySubsequences: false)
        guard let floor = Double(parts[0]) else { return nil }
        var o = RelatedPaperOptions()
        o.floor = floor
        let w = parts.count > 1 ? parts[1].split(separator: ",").compactMap { Double($0) } : []
        if w.count == 7 {
            (o.walk, o.sharedReferences, o.sharedCiters, o.referencesOfReferences) = (w[0], w[1], w[2], w[3])
            (o.citersOfCiters, o.referencesOfCoupled, o.citedBy) = (w[4], w[5], w[6])
        }
        let score = LogLinear(options: o)
        return Method(name: "log-linear variant floor \(floor) weights \(w.isEmpty ? "shipped" : w.map { String($0) }.joined(separator: ","))", kernels: all) { r, m in
            score.score(r, m)
        }
    }
}

/// With QUALITY_YEAR="yearGap,newer;…" in the environment, the shipped log-linear score with other
/// year weights (for choosing them on cit-HepTh and seeing how they transfer; not part of the documented run).
func yearVariants() -> [Method] {
    guard let text = ProcessInfo.processInfo.environment["QUALITY_YEAR"] else { return [] }
    let all: [WritableKeyPath<KernelTimes, Double>] = [\.citation, \.neighborhood, \.walk, \.members]
    return text.split(separator: ";").compactMap { variant in
        let w = variant.split(separator: ",").compactMap { Double($0) }
        guard w.count == 2 else { return nil }
        var o = RelatedPaperOptions()
        (o.yearGap, o.newer) = (w[0], w[1])
        let score = LogLinear(options: o)
        return Method(name: "log-linear + year gap \(w[0]) newer \(w[1])", kernels: all) { r, m in score.score(r, m) }
    }
}

/// Every method of the side-by-side table except `related` as shipped (run through its API).
func baselineMethods() -> [Method] {
    func single(_ name: String, _ f: Feature, _ k: WritableKeyPath<KernelTimes, Double>) -> Method {
        Method(name: name, kernels: [k]) { r, _ in r[f] }
    }
    let all: [WritableKeyPath<KernelTimes, Double>] = [\.citation, \.neighborhood, \.walk, \.members]
    var withoutYear = RelatedPaperOptions()
    (withoutYear.yearGap, withoutYear.newer) = (0, 0)
    let noYear = LogLinear(options: withoutYear)
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
        single("signal: RA over references of coupled papers (x -> z <- w -> y)", .raReferencesOfCoupled, \.neighborhood),
        Method(name: "related v1 hand weights (recomputed from features)", kernels: all) { r, m in
            Weights.handChosen.score(r, m)
        },
        Method(name: "related log-linear (recomputed from features; = shipped when neighbours are removed)", kernels: all) { r, m in
            LogLinear().score(r, m)
        },
        Method(name: "related log-linear without the year term (recomputed from features; shipped before it)", kernels: all) { r, m in
            noYear.score(r, m)
        },
        Method(name: "blend walk x (1 + RA), RA refs of refs x 4 (recomputed from features; shipped before the log-linear score)", kernels: all) { r, m in
            previousBlend.score(r, m)
        },
    ] + blendVariants() + logLinearVariants() + yearVariants() + [0.5, 1, 2].map { walk in
        // The shipped weights (walk 0.5) and heavier walks: how the walk weight chosen on cit-HepTh transfers.
        let weights = Weights(authors: 0.3, topics: 0.3, walk: walk, sharedReferences: 1, sharedCiters: 1, referencesOfReferences: 2)
        return Method(name: "linear sum, walk \(walk) (recomputed from features\(walk == 0.5 ? "; shipped before the blends" : "; not shipped"))", kernels: all) { r, m in
            weights.score(r, m)
        }
    }
}
