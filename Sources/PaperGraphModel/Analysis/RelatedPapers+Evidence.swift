import Foundation
import GraphAlgorithms

/// What joins one candidate to the subject of a ``RelatedPaperSearch`` query, as gathered.
struct RelatedEvidence {
    /// Personalized PageRank from the subject (not yet divided by the best).
    var walk = 0.0
    /// The two-step paths between the subject and the candidate, if any.
    var paths: NeighborhoodSimilarityScore?
    /// The subject cites the candidate; the candidate cites the subject.
    var citedBySubject = false, citesSubject = false
    /// Authors and topics the candidate shares with the subject.
    var sharedAuthors: Int32 = 0, sharedTopics: Int32 = 0
    /// year(subject) − year(candidate), if both are known (``logYearFactor(_:gap:)``).
    var yearGap: Int32?

    /// The query's divisors: the best value of each signal among the candidates, the logarithm of
    /// the best product M, and the subject's author and topic counts.
    struct Scale {
        var walk = 0.0, sharedReferences = 0.0, sharedCiters = 0.0, referencesOfReferences = 0.0
        var citersOfCiters = 0.0, referencesOfCoupled = 0.0
        var logProduct = -Double.infinity
        var authors = 0, topics = 0

        /// The best of each signal over `evidence`.
        init(_ evidence: [RelatedEvidence], authors: Int, topics: Int) {
            for e in evidence {
                walk = max(walk, e.walk)
                guard let s = e.paths else { continue }
                sharedReferences = max(sharedReferences, s.sharedReferences)
                sharedCiters = max(sharedCiters, s.sharedCiters)
                referencesOfReferences = max(referencesOfReferences, s.referencesOfReferences)
                citersOfCiters = max(citersOfCiters, s.citersOfCiters)
                referencesOfCoupled = max(referencesOfCoupled, s.referencesOfCoupled)
            }
            self.authors = authors
            self.topics = topics
        }
    }

    /// The author and topic relations of the graph, both ways.
    struct Memberships {
        var paperAuthors: CSRRelation, authorship: CSRRelation
        var tagging: CSRRelation, topicPapers: CSRRelation
    }

    /// The weighted parts of the score; they add up to it.
    struct Parts {
        var walk = 0.0
        var sharedReferences = 0.0, sharedCiters = 0.0, referencesOfReferences = 0.0, citersOfCiters = 0.0
        var referencesOfCoupled = 0.0
        var direct = 0.0, authors = 0.0, topics = 0.0
        var total: Double {
            walk + sharedReferences + sharedCiters + referencesOfReferences + citersOfCiters + referencesOfCoupled
                + direct + authors + topics
        }
    }

    /// The logarithm of each signal's factor in M, relative to the signal being absent:
    /// `w · ln((f / best + floor) / floor)`, in the order walk, shared references, shared citers,
    /// references of references, citers of citers, references of coupled papers.
    private func logFactors(_ o: RelatedPaperOptions, _ scale: Scale) -> [Double] {
        func term(_ weight: Double, _ value: Double, _ best: Double) -> Double {
            best > 0 && value > 0 ? weight * log((value / best + o.floor) / o.floor) : 0
        }
        let s = paths
        return [term(o.walk, walk, scale.walk),
                term(o.sharedReferences, s?.sharedReferences ?? 0, scale.sharedReferences),
                term(o.sharedCiters, s?.sharedCiters ?? 0, scale.sharedCiters),
                term(o.referencesOfReferences, s?.referencesOfReferences ?? 0, scale.referencesOfReferences),
                term(o.citersOfCiters, s?.citersOfCiters ?? 0, scale.citersOfCiters),
                term(o.referencesOfCoupled, s?.referencesOfCoupled ?? 0, scale.referencesOfCoupled)]
    }

    /// ln M(y), up to a term common to every candidate of the query (the floors raised to the
    /// weights): the sum of ``logFactors(_:_:)``, the citers' term and the year term, without allocating.
    ///
    /// - Complexity: O(1).
    func logProduct(_ o: RelatedPaperOptions, _ scale: Scale, citers: Int) -> Double {
        func term(_ weight: Double, _ value: Double, _ best: Double) -> Double {
            best > 0 && value > 0 ? weight * log((value / best + o.floor) / o.floor) : 0
        }
        var sum = o.citedBy == 0 ? 0 : o.citedBy * log(1 + Double(citers))
        sum += term(o.walk, walk, scale.walk) + Self.logYearFactor(o, gap: yearGap)
        if let s = paths {
            sum += term(o.sharedReferences, s.sharedReferences, scale.sharedReferences)
                + term(o.sharedCiters, s.sharedCiters, scale.sharedCiters)
                + term(o.referencesOfReferences, s.referencesOfReferences, scale.referencesOfReferences)
                + term(o.citersOfCiters, s.citersOfCiters, scale.citersOfCiters)
                + term(o.referencesOfCoupled, s.referencesOfCoupled, scale.referencesOfCoupled)
        }
        return sum
    }

    /// The score of candidate `y` given m = M / best M: the total of ``parts(_:_:_:_:citers:)``,
    /// computed without splitting m among the signals.
    ///
    /// - Complexity: O(1).
    func score(_ options: RelatedPaperOptions, _ scale: Scale, _ graph: Memberships, _ y: UInt32, m: Double) -> Double {
        let members = memberTerms(options, scale, graph, y, m: m)
        return m + members.authors + members.topics + directTerm(options)
    }

    /// m times the weighted Jaccard indices of shared authors and of shared topics.
    private func memberTerms(_ options: RelatedPaperOptions, _ scale: Scale, _ graph: Memberships, _ y: UInt32,
                             m: Double) -> (authors: Double, topics: Double) {
        var result = (authors: 0.0, topics: 0.0)
        if sharedAuthors > 0 {
            let union = scale.authors + graph.paperAuthors.columns(of: Int(y)).count - Int(sharedAuthors)
            result.authors = m * options.authors * Double(sharedAuthors) / Double(union)
        }
        if sharedTopics > 0 {
            let union = scale.topics + graph.tagging.columns(of: Int(y)).count - Int(sharedTopics)
            result.topics = m * options.topics * Double(sharedTopics) / Double(union)
        }
        return result
    }

    private func directTerm(_ options: RelatedPaperOptions) -> Double {
        options.direct * Double((citedBySubject ? 1 : 0) + (citesSubject ? 1 : 0))
    }

    /// The parts of the score of candidate `y`: m = M / best M split among the signals that raise it
    /// (in proportion to their log factors; all of it to the walk when none does), m times the
    /// weighted Jaccard indices of shared authors and topics, and the direct citations.
    ///
    /// - Complexity: O(1).
    func parts(_ options: RelatedPaperOptions, _ scale: Scale, _ graph: Memberships, _ y: UInt32, citers: Int) -> Parts {
        var p = Parts()
        let m = scale.logProduct > -Double.infinity ? exp(logProduct(options, scale, citers: citers) - scale.logProduct) : 0
        let factors = logFactors(options, scale).map { max(0, $0) }
        let raising = factors.reduce(0, +)
        if raising > 0 {
            let share = factors.map { m * $0 / raising }
            p.walk = share[0]
            p.sharedReferences = share[1]
            p.sharedCiters = share[2]
            p.referencesOfReferences = share[3]
            p.citersOfCiters = share[4]
            p.referencesOfCoupled = share[5]
        } else {
            p.walk = m
        }
        p.direct = directTerm(options)
        (p.authors, p.topics) = memberTerms(options, scale, graph, y, m: m)
        return p
    }

    /// The reasons of candidate `y`, strongest part first: each kind of path names its part, the
    /// walk's part goes to the kind of path with the most resource-allocation mass, and a
    /// candidate with no named evidence is ``PaperReason/closeInCitationGraph``.
    ///
    /// - Complexity: O(authors and topics of x and y).
    func reasons(_ options: RelatedPaperOptions, _ scale: Scale, _ graph: Memberships, x: Int, y: UInt32,
                 citers: Int) -> [PaperReason] {
        let p = parts(options, scale, graph, y, citers: citers)
        var named: [(Double, PaperReason)] = []
        if let s = paths {
            let kinds: [(mass: Double, part: Double, reason: PaperReason?)] = [
                (s.sharedCiters, p.sharedCiters, s.cocitation > 0 ? .coCitedBy(s.cocitation) : nil),
                (s.sharedReferences, p.sharedReferences, s.coupling > 0 ? .sharesReferences(s.coupling) : nil),
                (s.referencesOfReferences, p.referencesOfReferences, s.viaReference.map { .referenceOfReference(PaperID($0)) }),
                (s.citersOfCiters, p.citersOfCiters, s.viaCiter.map { .citerOfCiter(PaperID($0)) }),
                (s.referencesOfCoupled, p.referencesOfCoupled, s.viaCoupled.map { .citedByCoupled(PaperID($0)) }),
            ]
            let strongest = kinds.indices.filter { kinds[$0].reason != nil }.max { kinds[$0].mass < kinds[$1].mass }
            for (i, kind) in kinds.enumerated() {
                guard let reason = kind.reason else { continue }
                named.append((kind.part + (i == strongest ? p.walk : 0), reason))
            }
        }
        if citedBySubject { named.append((options.direct, .citedBySubject)) }
        if citesSubject { named.append((options.direct, .citesSubject)) }
        if sharedAuthors > 0 {
            named.append((p.authors, .sameAuthor(Self.shared(graph.paperAuthors, x, Int(y)).map(AuthorID.init))))
        }
        if sharedTopics > 0 {
            named.append((p.topics, .sameTopic(Self.shared(graph.tagging, x, Int(y)).map(TopicID.init))))
        }
        let kept = named.enumerated().filter { $0.element.0 > 0 }
            .sorted { $0.element.0 != $1.element.0 ? $0.element.0 > $1.element.0 : $0.offset < $1.offset }
        return kept.isEmpty ? [.closeInCitationGraph] : kept.map(\.element.1)
    }

    /// The members (authors or topics) of `x` that `y` has too, in `x`'s order.
    private static func shared(_ relation: CSRRelation, _ x: Int, _ y: Int) -> [Int] {
        let theirs = Set(relation.columns(of: y))
        return relation.columns(of: x).filter { theirs.contains($0) }.map(Int.init)
    }
}
