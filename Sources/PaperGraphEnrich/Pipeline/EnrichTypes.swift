import PaperGraphModel

/// One of the user's papers to enrich: what the list says of it.
public struct EnrichTarget: Sendable, Hashable {
    public var key: String
    public var title: String
    public var year: Int?
    public var authors: [String]
    public var identifiers: PaperIdentifiers

    public init(key: String, title: String, year: Int? = nil, authors: [String] = [], identifiers: PaperIdentifiers = .init()) {
        self.key = key
        self.title = title
        self.year = year
        self.authors = authors
        self.identifiers = identifiers
    }
}

/// What `enrich` fetches, and from where. Each default is declared here once.
public struct EnrichOptions: Sendable, Hashable {
    /// Sources asked in order (a work's references come from the source listing most of them).
    public var sources: [EnrichSource] = [.openalex, .s2]
    /// Papers citing each of the user's papers to fetch (0: none).
    public var citing = 0
    /// External works cited by at least this many of the user's papers get their metadata
    /// fetched (0: none are named).
    public var nameThreshold = 2
    public var titleMatcher = TitleMatcher()

    public init() {}
}

/// How a paper was matched.
public enum MatchMethod: String, Sendable, Hashable, CaseIterable {
    case doi
    case arxiv
    /// By an OpenAlex or Semantic Scholar id the list already had.
    case id
    case title
}

/// A matched paper: identifiers found, metadata, references and citing papers.
public struct PaperMatch: Sendable, Hashable {
    /// Index into the targets.
    public var target: Int
    public var method: MatchMethod
    /// Identifiers found across the sources (the user's own included).
    public var identifiers: PaperIdentifiers
    /// The first source's description (title, year, authors, venue).
    public var metadata: FetchedWork
    /// The works it cites, from ``referenceSource``.
    public var references: [FetchedReference] = []
    public var referenceSource: EnrichSource?
    /// Papers citing it (`--citing N`), from ``citingSource``.
    public var citing: [FetchedWork] = []
    public var citingSource: EnrichSource?
    /// Sources that described it.
    public var sources: [EnrichSource] = []
}

/// Why a paper was not matched.
public enum UnmatchedReason: Sendable, Hashable {
    /// No source knows its identifiers, or no title candidate passes (closest candidate and why).
    case notFound(String?)
    /// Several title candidates pass: nothing is guessed.
    case ambiguous([String])
    /// No answer could be had (failed requests, offline without cache).
    case unavailable(String)
    /// Neither an identifier nor a title to search.
    case nothingToSearch
}

/// A paper that was not matched, and why.
public struct Unmatched: Sendable, Hashable {
    public var target: Int
    public var reason: UnmatchedReason
}

/// Everything one enrichment found, for the records and for the summary.
public struct EnrichResult: Sendable {
    public var matches: [PaperMatch] = []
    public var unmatched: [Unmatched] = []
    /// Metadata fetched for external works, by every identity key of the work.
    public var names: [String: FetchedWork] = [:]
    /// Groups of targets (two or more) that resolved to the same work (an OpenAlex or S2 id, DOI or
    /// arXiv id found in common): the builder merges them into one paper.
    public var sameWork: [[Int]] = []
    /// References in all (one per citing paper and cited work).
    public var referenceCount = 0
    /// Distinct works referenced outside the user's papers.
    public var distinctExternal = 0
    /// Distinct external works cited by at least ``EnrichOptions/nameThreshold`` of the user's papers.
    public var sharedExternal = 0
    /// Title searches asked.
    public var titleSearches = 0
}
