/// The outcome of looking a paper up by the name a user typed.
public enum PaperLookupResult: Sendable, Equatable {
    /// Exactly one paper matches.
    case found(PaperID)
    /// No paper is named so, but one is clearly the closest (a typo): the caller should say which
    /// paper it took.
    case closeMatch(PaperID)
    /// Several papers match equally well; the closest ones, best first.
    case ambiguous([PaperID])
    /// Nothing matches well enough; the closest candidates, best first (possibly none).
    case notFound(closest: [PaperID])
}

/// How loosely ``PaperGraph/lookUpPaper(_:matching:)`` reads a name.
public enum PaperNameMatching: Sendable {
    /// Key, merged alias, arXiv id, DOI or the whole title (ignoring case and punctuation) only:
    /// for scripts, where a guess is worse than an error.
    case exact
    /// Also unique prefixes, word prefixes and close matches (typos).
    case fuzzy
}

extension PaperGraph {
    /// The least similarity (0...1) a close match needs to be taken.
    public static let closeMatchThreshold = 0.75
    /// How far ahead of the second candidate a close match must be to be taken without asking.
    public static let closeMatchMargin = 0.05

    /// Finds the paper a user means by `name`: a key, an arXiv id, a DOI, or a title.
    ///
    /// Tried in order, the first rule that matches anything decides:
    /// 1. the key or a merged alias, exactly;
    /// 2. the arXiv id or DOI (any version suffix, URL or letter case);
    /// 3. the title, ignoring case, accents and punctuation;
    /// 4. a prefix of the title or of the key (unique, or ambiguous);
    /// 5. every word of the query starts a word of the title or of the key (`chinchilla` finds
    ///    `2022-12-chinchilla-scaling-laws`);
    /// 6. a close match over each paper's title, short name (the title before a colon), key (with
    ///    and without its leading date) and arXiv id: trigram similarity picks the
    ///    ``fuzzyCandidateCount`` likeliest papers, then edit distance scores them (a match on a
    ///    run of the field's words counts 0.9 of one on the whole field). The best is taken as a
    ///    ``PaperLookupResult/closeMatch(_:)`` when it scores at least ``closeMatchThreshold`` and
    ///    leads the next paper by ``closeMatchMargin``; several above the threshold are ambiguous.
    ///
    /// With ``PaperNameMatching/exact`` only rules 1–3 apply; the closest candidates are still
    /// listed when nothing matches.
    ///
    /// - Complexity: O(P · L log L) for P papers of title length L, plus O(L²·W) edit distance on
    ///   the few candidates of W words.
    public func lookUpPaper(_ name: String, matching: PaperNameMatching = .fuzzy) -> PaperLookupResult {
        let query = name.trimmingWhitespace()
        if let id = paper(forKey: query) { return .found(id) }
        if let id = paper(forArXiv: query) ?? paper(forDOI: query) { return .found(id) }
        let normalized = TitleNormalization.normalizedTitle(query)
        guard !normalized.isEmpty else { return .notFound(closest: []) }
        let titles = papers.map { TitleNormalization.normalizedTitle($0.title) }
        let byRelevance = { (ids: [PaperID]) -> [PaperID] in
            ids.sorted { (titles[$0.index].count, $0.rawValue) < (titles[$1.index].count, $1.rawValue) }
        }
        let exact = paperIDs.filter { titles[$0.index] == normalized }
        if exact.count == 1 { return .found(exact[0]) }
        if exact.count > 1 { return .ambiguous(byRelevance(exact)) }
        let ranked = fuzzyRanking(normalized, titles: titles)
        guard matching == .fuzzy else { return .notFound(closest: ranked.prefix(5).map(\.id)) }
        let lowerQuery = query.lowercased()
        let prefixed = paperIDs.filter {
            titles[$0.index].hasPrefix(normalized) || papers[$0.index].key.lowercased().hasPrefix(lowerQuery)
        }
        if prefixed.count == 1 { return .found(prefixed[0]) }
        if prefixed.count > 1 { return .ambiguous(Array(byRelevance(prefixed).prefix(8))) }
        let words = normalized.split(separator: " ")
        let wordMatches = paperIDs.filter { id in
            let titleWords = titles[id.index].split(separator: " ")
                + TitleNormalization.normalizedTitle(papers[id.index].key).split(separator: " ")
            return words.allSatisfy { w in titleWords.contains { $0.hasPrefix(w) } }
        }
        if wordMatches.count == 1 { return .found(wordMatches[0]) }
        if wordMatches.count > 1 { return .ambiguous(Array(byRelevance(wordMatches).prefix(8))) }
        guard let best = ranked.first, best.score >= Self.closeMatchThreshold else {
            return .notFound(closest: ranked.prefix(5).map(\.id))
        }
        let contenders = ranked.filter { best.score - $0.score < Self.closeMatchMargin }
        return contenders.count == 1 ? .closeMatch(best.id) : .ambiguous(contenders.prefix(8).map(\.id))
    }

    /// How many papers, picked by trigram similarity, get the edit-distance check.
    public static let fuzzyCandidateCount = 12

    /// The papers most like `query` (normalized), best first by edit similarity, then trigram
    /// similarity, then id; only papers sharing at least one trigram with the query.
    func fuzzyRanking(_ query: String, titles: [String]) -> [(id: PaperID, score: Double)] {
        let queryGrams = FuzzyText.trigrams(query)
        var candidates: [(id: PaperID, trigram: Double)] = []
        for id in paperIDs {
            let similarity = fuzzyFields(id, title: titles[id.index])
                .map { FuzzyText.trigramSimilarity(query: queryGrams, field: FuzzyText.trigrams($0)) }.max() ?? 0
            if similarity > 0 { candidates.append((id, similarity)) }
        }
        candidates.sort { ($0.trigram, $1.id.rawValue) > ($1.trigram, $0.id.rawValue) }
        let scored = candidates.prefix(Self.fuzzyCandidateCount).map { candidate in
            (id: candidate.id, trigram: candidate.trigram,
             score: fuzzyFields(candidate.id, title: titles[candidate.id.index])
                .map { FuzzyText.editSimilarity(query: query, field: $0) }.max() ?? 0)
        }
        return scored.sorted { ($0.score, $0.trigram, $1.id.rawValue) > ($1.score, $1.trigram, $0.id.rawValue) }
            .map { (id: $0.id, score: $0.score) }
    }

    /// The normalized names a paper goes by: title, short name, key, key without its date, arXiv id.
    private func fuzzyFields(_ id: PaperID, title: String) -> [String] {
        let paper = papers[id.index]
        var fields = [title]
        if let colon = paper.title.firstIndex(of: ":") {
            fields.append(TitleNormalization.normalizedTitle(String(paper.title[..<colon])))
        }
        let key = TitleNormalization.normalizedTitle(paper.key)
        fields.append(key)
        let undated = key.split(separator: " ").drop { $0.allSatisfy(\.isNumber) }.joined(separator: " ")
        if !undated.isEmpty && undated != key { fields.append(undated) }
        if let arxiv = paper.identifiers.arxiv { fields.append(TitleNormalization.normalizedTitle(arxiv)) }
        return fields.filter { !$0.isEmpty }
    }
}
