/// A paper, book, post or any other work in a reading graph.
public struct Paper: Hashable, Sendable {
    /// The paper's key: the string id users and files refer to it by.
    public var key: String
    /// Keys of records that were merged into this paper (same DOI, arXiv id, or title and year).
    public var aliases: [String]
    public var title: String
    public var year: Int?
    public var venue: String?
    /// Authors in byline order.
    public var authors: [AuthorID]
    /// Topics the paper is tagged with, in the order the source gave them.
    public var topics: [TopicID]
    public var identifiers: PaperIdentifiers
    public var kind: PaperKind
    public var status: ReadingStatus
    public var summary: String?
    public var notes: String?
    /// Whether the paper lies outside the user's own papers: a work that their papers cite (or that
    /// cites them), kept so that analyses see the shared references. Not a reading status.
    public var isExternal: Bool

    public init(key: String, aliases: [String] = [], title: String, year: Int? = nil, venue: String? = nil,
                authors: [AuthorID] = [], topics: [TopicID] = [], identifiers: PaperIdentifiers = .init(),
                kind: PaperKind = .paper, status: ReadingStatus = .unread, summary: String? = nil, notes: String? = nil,
                isExternal: Bool = false) {
        self.isExternal = isExternal
        self.key = key
        self.aliases = aliases
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
    }
}

extension Paper {
    /// The title, or the key when the title is unknown: a work known only by an identifier
    /// (`openalex:W2741809807`) is shown by that identifier, never given a made-up title.
    public var displayTitle: String { title.isEmpty ? key : title }
}

/// A person who wrote papers in the graph.
public struct Author: Hashable, Sendable {
    /// The name as written, white space folded; also the author's key.
    public var name: String
    public init(name: String) { self.name = name }
}

/// A subject papers are tagged with; topics may nest under a parent.
public struct Topic: Hashable, Sendable {
    /// The topic's key (a slug such as `seminal-architectures`).
    public var key: String
    /// The human-readable name.
    public var name: String
    /// The enclosing topic, if any.
    public var parent: TopicID?
    public init(key: String, name: String, parent: TopicID? = nil) {
        self.key = key
        self.name = name
        self.parent = parent
    }
}
