import PaperGraphModel

/// Results computed elsewhere (PageRank, communities, a reading path) that an export shows.
///
/// Exporters never compute these themselves: the caller runs the algorithms and passes the results,
/// so that every format shows the same numbers.
///
///     let decorations = ExportDecorations(rank: pageRank.scores,
///                                         clusters: ClusterAssignment(communityOf: communities, labels: names),
///                                         readingPath: plan.order)
public struct ExportDecorations: Sendable, Hashable {
    /// One score per paper (e.g. PageRank); exported as `rank` and used by ``ExportSelection/top``.
    public var rank: [Double]?
    /// A community per paper; exported as `cluster` and `cluster_label`.
    public var clusters: ClusterAssignment?
    /// Papers in reading order; a paper's `path_step` is its 1-based position (its first, if repeated).
    public var readingPath: [PaperID]?

    public init(rank: [Double]? = nil, clusters: ClusterAssignment? = nil, readingPath: [PaperID]? = nil) {
        self.rank = rank
        self.clusters = clusters
        self.readingPath = readingPath
    }

    /// No decorations.
    public static let none = ExportDecorations()
}

/// The community of every paper and a name for each community.
public struct ClusterAssignment: Sendable, Hashable {
    /// The community index of each paper (indexed by ``PaperID/index``); a negative value means none.
    public var communityOf: [Int]
    /// A label per community index; communities without one are called `cluster N`.
    public var labels: [String]

    public init(communityOf: [Int], labels: [String] = []) {
        self.communityOf = communityOf
        self.labels = labels
    }

    /// The label of community `c`.
    public func label(of c: Int) -> String {
        c >= 0 && c < labels.count ? labels[c] : "cluster \(c)"
    }
}
