import GraphAlgorithms

/// An external paper worth adding to the list, and the evidence for it.
public struct Suggestion: Sendable, Equatable {
    public var paper: PaperID
    /// The user's papers that cite it, most important first.
    public var citedBy: [PaperID]
    /// The user's papers it cites (counted with ``SuggestionOptions/citing``), most important first.
    public var cites: [PaperID]
    /// Closeness to what the user has read: personalized PageRank restarting at the read papers
    /// (at all of the user's papers when none is read). The tie-breaker after the counts.
    public var closeness: Double
}

/// Settings for ``PaperGraph/suggestions(_:)``.
public struct SuggestionOptions: Sendable, Equatable {
    /// Also count the user's papers that an external paper cites (papers that build on the list).
    /// Default false: only references of the user's papers count.
    public var citing = false
    /// At most this many suggestions; `nil` for all. Default 20.
    public var limit: Int? = 20

    public init(citing: Bool = false, limit: Int? = 20) {
        self.citing = citing
        self.limit = limit
    }
}

extension PaperGraph {
    /// What to read that is not in the list yet: the external papers cited by the most of the
    /// user's papers (with ``SuggestionOptions/citing``, plus those citing the most of them),
    /// ranked by that count, then by closeness to the read papers, then by importance order.
    ///
    /// Like Local Citation Network's "top references" and "top citations", with the evidence:
    /// each suggestion lists the user's papers behind it.
    ///
    ///     mine1 ──▶ E1 ◀── mine2       E1 is cited by 2 of your papers: suggested first
    ///     mine1 ──▶ E2
    ///
    /// - Complexity: O(V + E) plus one personalized PageRank over the citations.
    public func suggestions(_ options: SuggestionOptions = .init()) -> [Suggestion] {
        guard hasExternalPapers else { return [] }
        let own = paperIDs.filter { !papers[$0.index].isExternal }
        let read = own.filter { papers[$0.index].status == .read }
        let closeness = rankPapers(PaperRankingOptions(seed: .papers(read.isEmpty ? own : read))).scores
        let importance = rankPapers().scores
        var suggestions: [Suggestion] = []
        for id in paperIDs where papers[id.index].isExternal {
            let citers = citing(id).filter { !papers[$0.index].isExternal }
            let cited = options.citing ? cited(by: id).filter { !papers[$0.index].isExternal } : []
            guard !citers.isEmpty || !cited.isEmpty else { continue }
            suggestions.append(Suggestion(paper: id, citedBy: byImportance(citers, scores: importance),
                                          cites: byImportance(cited, scores: importance),
                                          closeness: closeness[id.index]))
        }
        suggestions.sort { a, b in
            let ca = a.citedBy.count + a.cites.count, cb = b.citedBy.count + b.cites.count
            if ca != cb { return ca > cb }
            if a.closeness != b.closeness { return a.closeness > b.closeness }
            return isRanked(a.paper, before: b.paper, scores: importance)
        }
        return Array(suggestions.prefix(options.limit ?? suggestions.count))
    }
}
