import PaperGraphModel

/// A node of an ``ExportView``: a paper, a topic or an author with everything an exporter shows.
///
/// Ids are unique in the view: a paper's id is its key, a topic's is `topic:` and its key, an
/// author's is `author:` and the name (with `#2`, `#3`... appended in the unlikely event of a clash).
public struct ExportNode: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case paper, topic, author
    }

    public var kind: Kind
    /// The node's unique id in the export.
    public var id: String
    /// The paper or topic key, or the author's name.
    public var key: String
    /// The title of a paper, the name of a topic or author.
    public var label: String
    public var year: Int?
    public var venue: String?
    /// Author names in byline order (papers).
    public var authors: [String] = []
    /// Topic keys (papers).
    public var topics: [String] = []
    public var status: ReadingStatus?
    /// What sort of work a paper is (exported as `work_kind`, since `kind` is the node kind).
    public var workKind: PaperKind?
    public var identifiers = PaperIdentifiers()
    public var summary: String?
    public var notes: String?
    /// The parent topic's key (topics).
    public var parentTopic: String?
    public var rank: Double?
    public var cluster: Int?
    public var clusterLabel: String?
    /// The 1-based position on the reading path.
    public var pathStep: Int?
    /// The paper this node stands for, if it is one.
    public var paper: PaperID?
    /// Whether the paper is external: outside the user's list (drawn in its own style).
    public var isExternal = false
    /// Whether the paper's title is unknown (the label is then its key).
    public var isUntitled = false

    public init(kind: Kind, id: String, key: String, label: String) {
        self.kind = kind
        self.id = id
        self.key = key
        self.label = label
    }

    /// The paper's title (papers only).
    public var title: String? { kind == .paper ? label : nil }
}

/// An edge of an ``ExportView``, in the data direction of the model.
///
///     citing ──cites──▶ cited          dependent ──prerequisite──▶ prerequisite
///     author ──authored──▶ paper       paper ──tagged──▶ topic
///
/// A paper that both cites another and names it as a prerequisite gives one edge of kind
/// `prerequisite` with ``cites`` set, so that every format is a simple directed graph.
public struct ExportEdge: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case cites, prerequisite, authored, tagged
    }

    /// Index of the tail in ``ExportView/nodes``.
    public var source: Int {
        get { Int(tail) }
        set { tail = Int32(newValue) }
    }
    /// Index of the head in ``ExportView/nodes``.
    public var target: Int {
        get { Int(head) }
        set { head = Int32(newValue) }
    }
    /// Why the target is a prerequisite, if a reason was given.
    public var reason: String?
    /// Where a citation came from (`openalex`, `s2`, `crossref`, a file name), set when the graph
    /// has citations from more than one source.
    public var citationSource: String?
    /// For an edge joining consecutive reading-path steps (either way): the earlier step's number.
    public var pathStep: Int? {
        get { step.map(Int.init) }
        set { step = newValue.map { Int32($0) } }
    }
    // Stored narrow and in this order, 48 bytes an edge instead of 72: a view of 10^6 citations
    // holds 24 MB less (node indices and path steps fit in 32 bits; the initializer traps otherwise).
    private var tail: Int32
    private var head: Int32
    private var step: Int32?
    public var kind: Kind
    /// Whether the source cites the target (always true for `cites`, false for author and topic edges).
    public var cites: Bool

    public init(source: Int, target: Int, kind: Kind, cites: Bool, reason: String? = nil, pathStep: Int? = nil) {
        self.tail = Int32(source)
        self.head = Int32(target)
        self.kind = kind
        self.cites = cites
        self.reason = reason
        self.step = pathStep.map { Int32($0) }
    }

    /// Whether the edge joins two papers.
    public var isPaperToPaper: Bool { kind == .cites || kind == .prerequisite }
}

/// Two consecutive reading-path steps that are both in the view.
public struct ExportPathLink: Sendable, Hashable {
    /// Node index of step `step`.
    public var from: Int
    /// Node index of step `step + 1`.
    public var to: Int
    public var step: Int
    /// The index in ``ExportView/edges`` of an edge joining the two papers, if there is one.
    public var edge: Int?
}
