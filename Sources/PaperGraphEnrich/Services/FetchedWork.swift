import PaperGraphModel

/// A work as a service described it: identifiers, metadata, references.
///
/// Built from the service's own record by the importers PaperGraph already has
/// (``OpenAlexImporter``, ``SemanticScholarImporter``), so the formats are read in one place.
public struct FetchedWork: Sendable, Hashable {
    /// The service that described it.
    public var source: EnrichSource
    /// DOI, arXiv id, `other["openalex"]` (W-id), `other["s2"]` (S2 paperId).
    public var identifiers: PaperIdentifiers
    public var title: String?
    public var year: Int?
    public var authors: [String]
    public var venue: String?
    /// The works it cites, as the service lists them.
    public var references: [FetchedReference]
    /// How many references the service counts (`referenced_works_count`, `referenceCount`),
    /// which may exceed ``references`` when a list is withheld or truncated.
    public var referenceCount: Int?

    public init(source: EnrichSource, identifiers: PaperIdentifiers = .init(), title: String? = nil, year: Int? = nil,
                authors: [String] = [], venue: String? = nil, references: [FetchedReference] = [], referenceCount: Int? = nil) {
        self.source = source
        self.identifiers = identifiers
        self.title = title
        self.year = year
        self.authors = authors
        self.venue = venue
        self.references = references
        self.referenceCount = referenceCount
    }

    /// The work as a reference (its identifiers and metadata).
    public var asReference: FetchedReference {
        FetchedReference(identifiers: identifiers, title: title, year: year, authors: authors, venue: venue)
    }
}

/// A work named by a reference list: identifiers when the service knows them, else a title only.
public struct FetchedReference: Sendable, Hashable {
    public var identifiers: PaperIdentifiers
    public var title: String?
    public var year: Int?
    public var authors: [String]
    public var venue: String?

    public init(identifiers: PaperIdentifiers = .init(), title: String? = nil, year: Int? = nil,
                authors: [String] = [], venue: String? = nil) {
        self.identifiers = identifiers
        self.title = title
        self.year = year
        self.authors = authors
        self.venue = venue
    }

    /// The key that identifies the work across the user's papers, strongest identifier first:
    /// `openalex:W…`, `s2:…`, `doi:…`, `arxiv:…`, else `title:<normalized title>|<year>`.
    public var identity: String {
        if let w = identifiers.other["openalex"] { return "openalex:" + w }
        if let s2 = identifiers.other["s2"] { return "s2:" + s2 }
        if let corpus = identifiers.other["s2corpus"] { return "s2corpus:" + corpus }
        if let doi = identifiers.doi { return "doi:" + doi }
        if let arxiv = identifiers.arxiv { return "arxiv:" + arxiv }
        return "title:" + TitleNormalization.normalizedTitle(title ?? "") + "|" + (year.map(String.init) ?? "")
    }

    /// Every identifier as `scheme:value` (`openalex:W1`, `doi:10.…`), or the title identity when
    /// there is none: two references naming the same work share at least one of these.
    public var identityKeys: [String] {
        var keys: [String] = []
        if let w = identifiers.other["openalex"] { keys.append("openalex:" + w) }
        if let s2 = identifiers.other["s2"] { keys.append("s2:" + s2) }
        if let corpus = identifiers.other["s2corpus"] { keys.append("s2corpus:" + corpus) }
        if let doi = identifiers.doi { keys.append("doi:" + doi) }
        if let arxiv = identifiers.arxiv { keys.append("arxiv:" + arxiv) }
        return keys.isEmpty ? [identity] : keys
    }

    /// Whether the reference has a title (a name to show).
    public var isNamed: Bool { !(title ?? "").isEmpty }
}
