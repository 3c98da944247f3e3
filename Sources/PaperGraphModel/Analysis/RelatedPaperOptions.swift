/// Settings and weights of ``PaperGraph/relatedPapers(to:options:)``, stated once: the CLI's
/// defaults and help text are read from here.
///
/// The score of a candidate y, with W the personalized PageRank from x (citations taken either
/// way) divided by the best paper's, and R the resource allocation over the two-step paths between x
/// and y, weighted by the kind of path and divided by the best candidate's total:
///
///     W · (1 + boost · R) + direct · (citations between x and y) + authors · J_authors + topics · J_topics
///
/// How they were chosen (`Benchmarks/quality/run.sh`, Benchmarks/quality/QUALITY.md): the product
/// replaced a linear sum that fell below the walk alone on held-out citations of Cora and
/// cit-HepPh; boost 1 because larger boosts (the best of the cit-HepTh grid is 4) fall below the
/// walk alone on Cora, so this one setting was informed by Cora; among the blends with boost 1,
/// the weight of references of references (4 against 2) was chosen on cit-HepTh only. The direct,
/// author and topic weights were set by hand (held-out citations leave adjacent papers out, and
/// cit-HepTh has no authors or topics).
public struct RelatedPaperOptions: Sendable, Equatable {
    /// At most this many papers. Default 10.
    public var limit = 10
    /// Whether external papers may be listed. Default false: only the user's own papers are, while
    /// external papers still count as shared references and citers.
    public var includeExternal = false
    /// How much the two-step paths multiply the walk: W · (1 + boost · R). Default 1.
    public var boost = 1.0
    /// Weight of a shared reference (x → z ← y) in R. Default 1.
    public var sharedReferences = 1.0
    /// Weight of a shared citer (x ← z → y) in R. Default 1.
    public var sharedCiters = 1.0
    /// Weight of a reference of a reference (x → z → y) in R. Default 4.
    public var referencesOfReferences = 4.0
    /// Weight of a citer of a citer (x ← z ← y) in R. Default 0.
    public var citersOfCiters = 0.0
    /// Added for each direction of a direct citation (x cites y, y cites x). Default 0.25.
    public var direct = 0.25
    /// Weight of the Jaccard index of shared authors. Default 0.3.
    public var authors = 0.3
    /// Weight of the Jaccard index of shared topics. Default 0.3.
    public var topics = 0.3

    public init(limit: Int = 10, includeExternal: Bool = false) {
        self.limit = limit
        self.includeExternal = includeExternal
    }
}
