/// Groups records that describe the same work, with a union–find over shared keys.
///
/// Two records are the same work when they share a key, a DOI, an arXiv id, an OpenAlex or
/// Semantic Scholar id (the arXiv link of a list and the conference DOI of a .bib, once both were
/// matched to one OpenAlex work), a URL (ignoring the scheme, `www.`, a trailing slash and a
/// fragment), or a normalized title together with the same year (two records without a year and
/// with the same title also match). Which of these apply is the ``MergePolicy``: by default titles
/// and URLs merge records of different sources, or of a source without ids of its own, never two
/// records of one keyed source (a citation network's "Introduction" and "Preface" papers stay
/// apart). A title match is not taken when the records contradict each other: different DOIs,
/// different arXiv ids, links to different web sites (a book's site and a journal's page, both
/// "Deep Learning", 2015), two different kinds other than the default `paper` (a course and a
/// book), or author lists with no surname in common.
/// Groups are ordered by their first record, and members keep input order.
struct RecordGrouping {
    /// Record indices of each group.
    private(set) var members: [[Int]] = []
    /// Why each record joined its group (`nil` for the first record of a group).
    private(set) var reasons: [MergeReason?]

    /// - Parameters:
    ///   - records: Every record, in input order.
    ///   - sourceOf: The index in `sources` of each record's source.
    ///   - sources: The sources.
    ///   - policy: Which matches merge.
    init(records: [PaperRecord], sourceOf: [Int], sources: [RecordSource], policy: MergePolicy,
         diagnostics: inout [Diagnostic]) {
        var parent = Array(records.indices)
        var reasons = [MergeReason?](repeating: nil, count: records.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        func union(_ a: Int, _ b: Int, _ reason: MergeReason) {
            let ra = find(a), rb = find(b)
            guard ra != rb else { return }
            parent[max(ra, rb)] = min(ra, rb)
            if reasons[b] == nil { reasons[b] = reason }
        }
        /// Whether a title or URL match between records `a` (earlier) and `b` may merge them.
        func looseMatchAllowed(_ a: Int, _ b: Int) -> Bool {
            switch policy {
            case .titles: true
            case .ids, .none: false
            case .auto: sourceOf[a] != sourceOf[b] || !sources[sourceOf[b]].isKeyed
            }
        }
        var byKey: [String: Int] = [:], byDOI: [String: Int] = [:], byArXiv: [String: Int] = [:], byURL: [String: [Int]] = [:]
        var byWork: [String: Int] = [:]
        var byTitle: [String: [Int]] = [:]
        let matchesIDs = policy != .none
        for (i, record) in records.enumerated() {
            if let first = byKey[record.key] {
                let firstLocation = records[first].location.map { " (first defined at \($0))" } ?? ""
                diagnostics.append(.warning("duplicate key '\(record.key)'\(firstLocation); records merged",
                                            at: record.location))
                union(first, i, .key)
            } else {
                byKey[record.key] = i
            }
            guard matchesIDs else { continue }
            if let doi = record.identifiers.doi {
                if let first = byDOI[doi] { union(first, i, .doi) } else { byDOI[doi] = i }
            }
            if let arxiv = record.identifiers.arxiv {
                if let first = byArXiv[arxiv] { union(first, i, .arxiv) } else { byArXiv[arxiv] = i }
            }
            for name in PaperIndex.workNames(record.identifiers) {
                if let first = byWork[name] { union(first, i, .workID) } else { byWork[name] = i }
            }
            if let url = record.identifiers.url.flatMap(Self.normalizedURL) {
                if let match = byURL[url]?.first(where: { looseMatchAllowed($0, i) }) {
                    union(match, i, .url)
                } else {
                    byURL[url, default: []].append(i)
                }
            }
            let title = TitleNormalization.normalizedTitle(record.title)
            if !title.isEmpty {
                let titleKey = title + "\u{1F}" + (record.year.map(String.init) ?? "")
                // Join the first earlier record of this title and year that may be merged with it.
                if let match = byTitle[titleKey]?.first(where: { looseMatchAllowed($0, i) && Self.mayBeSameWork(records[$0], record) }) {
                    union(match, i, .title)
                } else {
                    byTitle[titleKey, default: []].append(i)
                }
            }
        }
        self.reasons = reasons
        var groupOfRoot: [Int: Int] = [:]
        for i in records.indices {
            let root = find(i)
            if let g = groupOfRoot[root] {
                members[g].append(i)
            } else {
                groupOfRoot[root] = members.count
                members.append([i])
            }
        }
    }

    /// Whether two records with the same title and year may describe the same work.
    static func mayBeSameWork(_ a: PaperRecord, _ b: PaperRecord) -> Bool {
        func differ<T: Equatable>(_ x: T?, _ y: T?) -> Bool {
            if let x, let y { return x != y }
            return false
        }
        let specificKinds = [a.kind, b.kind].map { $0 == .paper ? nil : $0 }
        if differ(a.identifiers.doi, b.identifiers.doi) || differ(a.identifiers.arxiv, b.identifiers.arxiv)
            || differ(specificKinds[0], specificKinds[1])
            || differ(a.identifiers.url.flatMap(host), b.identifiers.url.flatMap(host)) {
            return false
        }
        guard !a.authors.isEmpty && !b.authors.isEmpty else { return true }
        let surnames = Set(a.authors.map(surname))
        return b.authors.contains { surnames.contains(surname($0)) }
    }

    /// The host of a URL without `www.`, lowercased.
    private static func host(_ url: String) -> String? {
        normalizedURL(url + "/x").map { String($0.prefix { $0 != "/" }) }
    }

    /// The last word of a display name, folded: "Yann LeCun" → "lecun".
    private static func surname(_ name: String) -> String {
        TitleNormalization.normalizedTitle(name).split(separator: " ").last.map(String.init) ?? ""
    }

    /// A URL without scheme, `www.`, fragment or trailing slash, lowercased host; `nil` when too
    /// short to identify a work (a bare site such as `https://example.com/`).
    static func normalizedURL(_ raw: String) -> String? {
        var s = Substring(raw.trimmingWhitespace())
        for scheme in ["https://", "http://"] where s.lowercased().hasPrefix(scheme) { s = s.dropFirst(scheme.count) }
        if s.lowercased().hasPrefix("www.") { s = s.dropFirst(4) }
        if let hash = s.firstIndex(of: "#") { s = s[..<hash] }
        while s.hasSuffix("/") { s = s.dropLast() }
        guard let slash = s.firstIndex(of: "/"), s.index(after: slash) < s.endIndex else { return nil }
        return s[..<slash].lowercased() + s[slash...]
    }
}
