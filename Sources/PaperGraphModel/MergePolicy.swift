/// Which records describe the same work and merge into one paper (`--merge`).
public enum MergePolicy: String, Sendable, CaseIterable {
    /// Equal keys, DOIs, arXiv ids, OpenAlex or Semantic Scholar ids always; the same normalized
    /// title and year (or the same URL) only across sources, or inside a source whose records have
    /// no ids of their own (a Markdown list). The default.
    case auto
    /// As `auto`, and by title and year (or URL) inside keyed sources too.
    case titles
    /// Only equal keys and identifiers: never by title or URL.
    case ids
    /// Only records with the same key (one key names one paper).
    case none
}

/// Why a record joined a group of records of the same work.
public enum MergeReason: String, Sendable, CaseIterable, Comparable {
    case key, doi, arxiv, workID = "work-id", url, title

    /// How the reason reads in a summary: "by DOI", "by title and year".
    public var phrase: String {
        switch self {
        case .key: "by key"
        case .doi: "by DOI"
        case .arxiv: "by arXiv id"
        case .workID: "by OpenAlex or Semantic Scholar id"
        case .url: "by URL"
        case .title: "by title and year"
        }
    }

    public static func < (a: MergeReason, b: MergeReason) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Records that were merged into one paper, with where each came from and why it joined.
public struct MergeGroup: Sendable, Equatable {
    /// One merged record: its key as written, where it starts, and why it joined the group (`nil`
    /// for the group's first record).
    public struct Member: Sendable, Equatable {
        public var key: String
        public var location: SourceLocation?
        public var reason: MergeReason?
    }

    public var paper: PaperID
    public var members: [Member]
}
