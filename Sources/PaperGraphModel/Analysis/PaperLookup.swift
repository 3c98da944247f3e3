/// The outcome of looking a paper up by the name a user typed.
public enum PaperLookupResult: Sendable, Equatable {
    /// Exactly one paper matches.
    case found(PaperID)
    /// Several papers match equally well; the closest ones, best first.
    case ambiguous([PaperID])
    /// Nothing matches well enough; the closest candidates, best first (possibly none).
    case notFound(closest: [PaperID])
}

extension PaperGraph {
    /// Finds the paper a user means by `name`: a key, an arXiv id, a DOI, or a title.
    ///
    /// Tried in order, the first rule that matches anything decides:
    /// 1. the key or a merged alias, exactly;
    /// 2. the arXiv id or DOI (any version suffix, URL or letter case);
    /// 3. the title, ignoring case, accents and punctuation;
    /// 4. a prefix of the title or of the key (unique, or ambiguous);
    /// 5. every word of the query starts a word of the title or of the key (`chinchilla` finds
    ///    `2022-12-chinchilla-scaling-laws`);
    /// 6. a close match: the title within a small edit distance (a quarter of its length).
    ///
    /// - Complexity: O(P · L) for P papers of title length L in the worst case.
    public func lookUpPaper(_ name: String) -> PaperLookupResult {
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
        let distances = paperIDs.map { (id: $0, distance: Self.editDistance(normalized, titles[$0.index], limit: 64)) }
        let ranked = distances.sorted { ($0.distance, $0.id.rawValue) < ($1.distance, $1.id.rawValue) }
        if let best = ranked.first, best.distance <= max(2, normalized.count / 4) {
            let tied = ranked.filter { $0.distance == best.distance }
            return tied.count == 1 ? .found(best.id) : .ambiguous(tied.prefix(8).map(\.id))
        }
        return .notFound(closest: ranked.prefix(5).map(\.id))
    }

    /// Levenshtein distance over Unicode scalars, capped at `limit` (returns `limit` when larger).
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) >= limit { return limit }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: y.count, by: 1) {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum >= limit { return limit }
            swap(&previous, &current)
        }
        return min(previous[y.count], limit)
    }
}
