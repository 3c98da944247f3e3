import GraphAlgorithms

/// What joins one candidate to the subject of a ``RelatedPaperSearch`` query, as gathered.
struct RelatedEvidence {
    /// Personalized PageRank from the subject (not yet divided by the best).
    var walk = 0.0
    /// Where the two-step paths between the subject and the candidate are in the query's path
    /// scores, or -1 when there are none (an index, not a copy: a hub's query has 10^5 candidates).
    var pathsIndex: Int32 = -1
    /// The subject cites the candidate; the candidate cites the subject.
    var citedBySubject = false, citesSubject = false
    /// Authors and topics the candidate shares with the subject.
    var sharedAuthors: Int32 = 0, sharedTopics: Int32 = 0

    init() {}

    /// The evidence of a paper that shares `sharedTopics` topics with the subject and nothing else.
    init(sharedTopics: Int32) { self.sharedTopics = sharedTopics }

    /// The query's divisors: the best walk score and resource-allocation total among the
    /// candidates, and the subject's author and topic counts.
    struct Scale {
        var walk: Double, paths: Double
        var authors: Int, topics: Int
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
        var direct = 0.0, authors = 0.0, topics = 0.0
        var total: Double {
            walk + sharedReferences + sharedCiters + referencesOfReferences + citersOfCiters + direct + authors + topics
        }
    }

    /// The parts of the score of candidate `y`: W · (1 + boost · R) split into W and one part per
    /// kind of path, then the direct citations and the Jaccard indices.
    ///
    /// - Complexity: O(1).
    func parts(_ options: RelatedPaperOptions, _ scale: Scale, _ graph: Memberships, _ y: UInt32,
               paths: [NeighborhoodSimilarityScore]) -> Parts {
        var p = Parts()
        let w = scale.walk > 0 ? walk / scale.walk : 0
        p.walk = w
        if pathsIndex >= 0, scale.paths > 0 {
            let s = paths[Int(pathsIndex)]
            let m = options.boost * w / scale.paths
            p.sharedReferences = m * options.sharedReferences * s.sharedReferences
            p.sharedCiters = m * options.sharedCiters * s.sharedCiters
            p.referencesOfReferences = m * options.referencesOfReferences * s.referencesOfReferences
            p.citersOfCiters = m * options.citersOfCiters * s.citersOfCiters
        }
        p.direct = options.direct * Double((citedBySubject ? 1 : 0) + (citesSubject ? 1 : 0))
        if sharedAuthors > 0 {
            let union = scale.authors + graph.paperAuthors.columns(of: Int(y)).count - Int(sharedAuthors)
            p.authors = options.authors * Double(sharedAuthors) / Double(union)
        }
        if sharedTopics > 0 {
            let union = scale.topics + graph.tagging.columns(of: Int(y)).count - Int(sharedTopics)
            p.topics = options.topics * Double(sharedTopics) / Double(union)
        }
        return p
    }

    /// The reasons of candidate `y`, strongest part first: each kind of path names its part, the
    /// walk's part goes to the kind of path with the most resource-allocation mass, and a
    /// candidate with no named evidence is ``PaperReason/closeInCitationGraph``.
    ///
    /// - Complexity: O(authors and topics of x and y).
    func reasons(_ options: RelatedPaperOptions, _ scale: Scale, _ graph: Memberships, x: Int, y: UInt32,
                 paths: [NeighborhoodSimilarityScore]) -> [PaperReason] {
        let p = parts(options, scale, graph, y, paths: paths)
        var named: [(Double, PaperReason)] = []
        if pathsIndex >= 0 {
            let s = paths[Int(pathsIndex)]
            let kinds: [(mass: Double, part: Double, reason: PaperReason?)] = [
                (s.sharedCiters, p.sharedCiters, s.cocitation > 0 ? .coCitedBy(s.cocitation) : nil),
                (s.sharedReferences, p.sharedReferences, s.coupling > 0 ? .sharesReferences(s.coupling) : nil),
                (s.referencesOfReferences, p.referencesOfReferences, s.viaReference.map { .referenceOfReference(PaperID($0)) }),
                (s.citersOfCiters, p.citersOfCiters, s.viaCiter.map { .citerOfCiter(PaperID($0)) }),
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
