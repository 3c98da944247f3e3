import PaperGraphModel

/// Format-specific settings for ``GraphLoader``, filled from command-line flags.
///
/// Every member has a default that suits the common case, so `ImportOptions()` reads every
/// format without flags.
public struct ImportOptions: Sendable, Equatable {
    /// Settings for edge lists (`--from edgelist`).
    public var edgeList: EdgeListOptions
    /// Settings for CSV/TSV tables (`--from csv`).
    public var table: TableImportOptions
    /// Options for Markdown reading lists.
    public var markdown: MarkdownReadingListOptions
    /// Which records merge into one paper (`--merge`). Default ``MergePolicy/auto``.
    public var merge: MergePolicy = .auto

    public init(edgeList: EdgeListOptions = EdgeListOptions(), table: TableImportOptions = TableImportOptions(),
                markdown: MarkdownReadingListOptions = MarkdownReadingListOptions()) {
        self.edgeList = edgeList
        self.table = table
        self.markdown = markdown
    }
}

/// Settings for reading edge lists.
public struct EdgeListOptions: Sendable, Equatable {
    /// Whether each line is `cited citing` instead of `citing cited`; `nil` (the default) means
    /// "reversed when the file name ends in `.cites`", the LINQS convention (`cora.cites`).
    public var reverse: Bool?

    public init(reverse: Bool? = nil) {
        self.reverse = reverse
    }

    /// Whether lines of the file at `path` are read as `cited citing`.
    public func isReversed(forPath path: String) -> Bool {
        if let reverse { return reverse }
        return FileExtensions.name(of: path) == "cites"
    }
}

/// Settings for reading CSV and TSV tables of papers.
public struct TableImportOptions: Sendable, Equatable {
    /// A second table of `citing,cited` rows (CLI: `--citations FILE`).
    public var citationsPath: String?
    /// Header names to read as PaperGraph columns, e.g. `["paper_id": "id", "abstract": "summary"]`;
    /// compared case-insensitively. Applied before the built-in synonyms.
    public var columnMap: [String: String]
    /// What separates authors in one field; `nil` means `;`, or ` and ` (BibTeX style) in a field
    /// without `;`.
    public var authorSeparator: String?

    public init(citationsPath: String? = nil, columnMap: [String: String] = [:], authorSeparator: String? = nil) {
        self.citationsPath = citationsPath
        self.columnMap = columnMap
        self.authorSeparator = authorSeparator
    }
}
