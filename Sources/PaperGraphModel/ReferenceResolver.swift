import GraphAlgorithms

/// Finds the paper a reference names, and keeps a cited work that is not in the graph as an
/// external paper when the reference says enough to know it again.
///
/// A reference names a paper by its key (or alias), by a DOI, arXiv, OpenAlex or Semantic Scholar
/// id, given as identifiers or spelled in the key (`openalex:W2741809807`, `10.1145/…`,
/// `arXiv:1706.03762`), or by its normalized title and year. A citation that names no paper but
/// carries an identifier or a title creates an external paper, which later references meet by the
/// same names; one that carries only a key that names nothing is unresolved.
struct ReferenceResolver {
    private var index: PaperIndex
    /// Normalized title + year → the first paper with it.
    private var titles: [String: PaperID] = [:]
    /// Keys in use, so that an external paper's key never shadows another paper's.
    private var keys: Set<String> = []
    /// The next `-n` suffix to try per base key, so many references of one title stay linear.
    private var nextSuffix: [String: Int] = [:]
    /// External papers created from references known only by a title, and the references that
    /// met one of them by title and year.
    private var titleOnlyPapers = 0, titleOnlyMerges = 0

    init(papers: [Paper]) {
        index = PaperIndex(papers)
        for (i, paper) in papers.enumerated() {
            keys.insert(paper.key)
            keys.formUnion(paper.aliases)
            if let title = Self.titleKey(paper.title, paper.year), titles[title] == nil { titles[title] = PaperID(i) }
        }
    }

    /// The paper a reference names by key or identifier, without creating one.
    func paper(named reference: PaperReference) -> PaperID? {
        if !reference.key.isEmpty, let id = index.paper(forReference: reference.key) { return id }
        return index.paper(for: reference.identifiers)
    }

    /// The paper a citation names, creating an external paper when the citation carries an
    /// identifier or a title; `nil` when it names nothing that can be kept.
    ///
    /// A reference that meets an external paper fills what that paper lacks (title, year, authors,
    /// identifiers).
    mutating func citedPaper(_ reference: PaperReference, papers: inout [Paper], authors: inout AuthorTable) -> PaperID? {
        var identifiers = reference.identifiers
        if !reference.key.isEmpty { identifiers.fillGaps(from: .spelledOut(in: reference.key)) }
        let title = reference.title.map(TitleNormalization.foldedWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        let titleKey = title.flatMap { Self.titleKey($0, reference.year) }
        var found = paper(named: reference) ?? index.paper(for: identifiers)
        if found == nil, let titleKey, let id = titles[titleKey] {
            found = id
            if !identifiers.namesWork && papers[id.index].isExternal { titleOnlyMerges += 1 }
        }
        if let id = found {
            if papers[id.index].isExternal {
                complete(&papers[id.index], with: reference, title: title, identifiers: identifiers, authors: &authors)
                index.insert(papers[id.index].identifiers, as: id)
            }
            return id
        }
        guard identifiers.namesWork || title != nil else { return nil }
        if !identifiers.namesWork { titleOnlyPapers += 1 }
        let id = PaperID(papers.count)
        let key = uniqueKey(Self.externalKey(reference.key, identifiers, title: title, year: reference.year))
        let aliases = !reference.key.isEmpty && reference.key != key && !keys.contains(reference.key) ? [reference.key] : []
        let paper = Paper(key: key, aliases: aliases, title: title ?? "", year: reference.year,
                          authors: authors.intern(reference.authors), identifiers: identifiers, isExternal: true)
        papers.append(paper)
        keys.insert(key)
        keys.formUnion(aliases)
        index.insert(paper, as: id)
        if let titleKey, titles[titleKey] == nil { titles[titleKey] = id }
        return id
    }

    /// One note for the references known only by a title that were merged by title and year.
    var titleMergeNote: Diagnostic? {
        guard titleOnlyMerges > 0 else { return nil }
        return .warning("\(titleOnlyPapers + titleOnlyMerges) references known only by title merged into \(titleOnlyPapers) external papers by normalized title and year")
    }

    private func complete(_ paper: inout Paper, with reference: PaperReference, title: String?,
                          identifiers: PaperIdentifiers, authors: inout AuthorTable) {
        if paper.title.isEmpty, let title { paper.title = title }
        if paper.year == nil { paper.year = reference.year }
        if paper.authors.isEmpty { paper.authors = authors.intern(reference.authors) }
        paper.identifiers.fillGaps(from: identifiers)
    }

    /// The key of an external paper: its most stable identifier with its scheme
    /// (`openalex:W…`, `doi:…`, `arXiv:…`, `s2:…`), else the reference's own key, else
    /// `ref:<title-slug>-<year>`.
    static func externalKey(_ written: String, _ ids: PaperIdentifiers, title: String?, year: Int?) -> String {
        if !written.isEmpty && PaperIdentifiers.spelledOut(in: written).namesWork { return written }
        if let w = ids.openAlex { return "openalex:" + w }
        if let doi = ids.doi { return "doi:" + doi }
        if let arxiv = ids.arxiv { return "arXiv:" + arxiv }
        if let corpus = ids.semanticScholarCorpus { return "s2:" + corpus }
        if let s2 = ids.semanticScholar { return "s2:" + s2 }
        if !written.isEmpty { return written }
        return "ref:" + TitleNormalization.slug(title ?? "untitled") + (year.map { "-\($0)" } ?? "")
    }

    private mutating func uniqueKey(_ key: String) -> String {
        guard keys.contains(key) else { return key }
        var n = nextSuffix[key] ?? 2
        while keys.contains("\(key)-\(n)") { n += 1 }
        nextSuffix[key] = n + 1
        return "\(key)-\(n)"
    }

    private static func titleKey(_ title: String, _ year: Int?) -> String? {
        let normalized = TitleNormalization.normalizedTitle(title)
        return normalized.isEmpty ? nil : normalized + "\u{1F}" + (year.map(String.init) ?? "")
    }
}

/// Citations gathered while a graph is built, with the source of each.
struct CitationCollector {
    private var sources: [UInt32] = [], destinations: [UInt32] = [], origins: [UInt16] = []
    private var names: [String] = []
    private var nameIndex: [String: UInt16] = [:]

    /// Records `from → to` from `source` (`nil`: unnamed).
    mutating func add(from: PaperID, to: PaperID, source: String?) {
        let name = source ?? "input"
        let origin: UInt16
        if let known = nameIndex[name] {
            origin = known
        } else {
            origin = UInt16(truncatingIfNeeded: min(names.count, Int(UInt16.max)))
            if names.count < Int(UInt16.max) {
                nameIndex[name] = origin
                names.append(name)
            }
        }
        sources.append(from.rawValue)
        destinations.append(to.rawValue)
        origins.append(origin)
    }

    /// The citation graph (rows sorted, repeats once) and the source of each edge: the first
    /// source that gave it.
    ///
    /// - Complexity: O(V + E log d).
    func build(nodeCount: Int) -> (CSRGraph, CitationProvenance) {
        let graph = CSRGraph(nodeCount: nodeCount, sources: sources, destinations: destinations)
        guard names.count > 1 else { return (graph, CitationProvenance(uniform: names.first)) }
        var slots = [UInt16](repeating: UInt16.max, count: graph.edgeCount)
        for i in sources.indices {
            if let slot = graph.slot(from: sources[i], to: destinations[i]), slots[slot] == UInt16.max { slots[slot] = origins[i] }
        }
        return (graph, CitationProvenance(names: names, slots: slots))
    }
}
