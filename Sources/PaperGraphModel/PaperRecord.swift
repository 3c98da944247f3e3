/// A reference from one record to a paper, by key, DOI or arXiv id, as a source wrote it.
///
/// A reference may also carry what the source knows of the cited work (identifiers, title, year,
/// authors): when it names no paper of the graph, the builder keeps it as an *external* paper
/// instead of dropping it, so that a reference list fetched from OpenAlex or Semantic Scholar keeps
/// every cited work.
public struct PaperReference: Hashable, Sendable {
    /// The referenced paper's key, DOI or arXiv id; empty when only ``identifiers`` or ``title`` name it.
    public var key: String
    /// Why the reference is there (used for prerequisites).
    public var reason: String?
    /// Where the reference was written.
    public var location: SourceLocation?
    /// Identifiers of the cited work that the source gave (DOI, arXiv id, `openalex`, `s2`).
    public var identifiers: PaperIdentifiers
    /// The cited work's title, when the source gave one.
    public var title: String?
    /// The cited work's year, when the source gave one.
    public var year: Int?
    /// The cited work's authors, when the source gave them.
    public var authors: [String]
    /// Where the citation came from: `openalex`, `s2`, `crossref`, ...; `nil` for the file it was read from.
    public var source: String?

    public init(_ key: String, identifiers: PaperIdentifiers = .init(), title: String? = nil, year: Int? = nil,
                authors: [String] = [], source: String? = nil, reason: String? = nil, at location: SourceLocation? = nil) {
        self.key = key
        self.reason = reason
        self.location = location
        self.identifiers = identifiers
        self.title = title
        self.year = year
        self.authors = authors
        self.source = source
    }
}

/// A paper as an importer read it, before keys are interned into dense ids.
///
/// Authors and topics are names; citations and prerequisites are references the
/// ``PaperGraphBuilder`` resolves once every record is known.
public struct PaperRecord: Hashable, Sendable {
    public var key: String
    public var title: String
    public var year: Int?
    public var venue: String?
    public var authors: [String]
    /// Topic keys or names.
    public var topics: [String]
    public var identifiers: PaperIdentifiers
    public var kind: PaperKind?
    public var status: ReadingStatus?
    public var summary: String?
    public var notes: String?
    /// Papers this one cites.
    public var cites: [PaperReference]
    /// Papers to read before this one.
    public var prerequisites: [PaperReference]
    /// Where the record starts in its source.
    public var location: SourceLocation?
    /// Whether the record describes a work outside the user's own papers (a cited work whose
    /// metadata was fetched, a reference list's entry). A merged paper is external only when all
    /// its records are.
    public var isExternal: Bool

    public init(key: String, title: String, year: Int? = nil, venue: String? = nil, authors: [String] = [],
                topics: [String] = [], identifiers: PaperIdentifiers = .init(), kind: PaperKind? = nil,
                status: ReadingStatus? = nil, summary: String? = nil, notes: String? = nil,
                cites: [PaperReference] = [], prerequisites: [PaperReference] = [], location: SourceLocation? = nil,
                isExternal: Bool = false) {
        self.isExternal = isExternal
        self.key = key
        self.title = title
        self.year = year
        self.venue = venue
        self.authors = authors
        self.topics = topics
        self.identifiers = identifiers
        self.kind = kind
        self.status = status
        self.summary = summary
        self.notes = notes
        self.cites = cites
        self.prerequisites = prerequisites
        self.location = location
    }
}

/// A topic as an importer read it.
public struct TopicRecord: Hashable, Sendable {
    public var key: String
    public var name: String
    /// The parent topic's key or name.
    public var parent: String?
    public var location: SourceLocation?

    public init(key: String, name: String? = nil, parent: String? = nil, location: SourceLocation? = nil) {
        self.key = key
        self.name = name ?? key
        self.parent = parent
        self.location = location
    }
}

/// What kind of source records came from, for the rules that merge them.
public struct RecordSource: Sendable, Hashable {
    /// Whether the source's records carry their own ids (native JSON, a table with an id column,
    /// edge lists, node-link, Semantic Scholar, OpenAlex, CSL-JSON, BibTeX, `.pgraph`): inside such a
    /// source two records are two works unless they share a key, a DOI, an arXiv id or a work id,
    /// however alike their titles ("Introduction", "Preface", a reprint).
    public var isKeyed: Bool
    /// Whether people edit the source by hand (a reading list, a `.bib`, a table, a hand-written
    /// JSON file): its read marks override those of a graph that papergraph wrote.
    public var isEditedByUser: Bool
    /// Whether the source marks what is read (a reading list with ✔️ marks), so that a record of it
    /// without a status is unread: un-checking a paper in the list overrides an older graph.
    public var marksReadStatus: Bool

    public init(isKeyed: Bool, isEditedByUser: Bool, marksReadStatus: Bool = false) {
        self.isKeyed = isKeyed
        self.isEditedByUser = isEditedByUser
        self.marksReadStatus = marksReadStatus
    }

    /// A hand-kept list without ids of its own (a Markdown reading list).
    public static let unkeyedList = RecordSource(isKeyed: false, isEditedByUser: true)
}

/// Everything one importer read from one source: records plus the warnings it raised.
public struct ImportedLibrary: Sendable {
    public var papers: [PaperRecord]
    public var topics: [TopicRecord]
    public var diagnostics: [Diagnostic]
    /// What kind of source it is; `nil` when the importer leaves it to its caller.
    public var source: RecordSource?

    public init(papers: [PaperRecord] = [], topics: [TopicRecord] = [], diagnostics: [Diagnostic] = [],
                source: RecordSource? = nil) {
        self.papers = papers
        self.topics = topics
        self.diagnostics = diagnostics
        self.source = source
    }
}
