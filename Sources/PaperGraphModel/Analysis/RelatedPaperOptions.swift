/// Settings and weights of ``PaperGraph/relatedPapers(to:options:)``, stated once: the CLI's
/// defaults and help text are read from here.
///
/// The score of a candidate y is a weighted geometric mean of its evidence, scaled so that the best
/// candidate's is 1, raised by shared authors and topics, plus a small term for direct citations:
///
///     M(y) = Π_s (f_s(y) / best_s + floor)^(w_s) · (1 + citers of y)^(w_citedBy)
///            · (1 + |year(x) − year(y)|)^(w_yearGap) · (e^(w_newer) if y is newer than x)
///     score = M(y) / best M · (1 + authors · J_authors + topics · J_topics) + direct · (citations between x and y)
///
/// where f_s are the signals (personalized PageRank from x, the resource allocation over each kind of
/// two-step path, and over the three-step paths x → z ← w → y), each divided by the best
/// candidate's. A weight below 0 counts against: a citer of a citer of x is younger than x, so x
/// rarely cites it, and a heavily cited paper is reached by every signal alike. The year factors are
/// 1 when either year is unknown.
///
/// How they were chosen (`Benchmarks/quality/run.sh`, Benchmarks/quality/QUALITY.md): a logistic
/// regression of "x cites y" on the logarithms of these signals as `related` computes them (the
/// local push, the three-step paths of the 200 strongest coupled papers), fitted on the held-out
/// citations of cit-HepTh alone (1,760 queries, the candidates any signal puts in its top 200;
/// `Benchmarks/quality/fit/fit_related.py --features`) and rounded to two decimals, with the floor
/// 0.01 chosen there over 0.001 and over a finer walk; the other graphs were measured with them
/// unchanged. The two year weights were fitted the same way afterwards, on the same candidates with
/// the other weights held fixed (`fit_related.py --features --floor=0.01 --year`; the years of
/// cit-HepTh are read from its arXiv ids). The direct, author and topic weights are not fitted
/// there: held-out citations leave adjacent papers out, and cit-HepTh has no authors or topics. The
/// author weight was set by hand; the direct and topic weights were chosen on the annotated relations
/// of ml-landmarks (`related_annotations.csv`, adjacent papers kept) by recall@20 on every other
/// query paper, and measured on the rest (Benchmarks/MEASURED.md, session 11).
public struct RelatedPaperOptions: Sendable, Equatable {
    /// At most this many papers. Default 10.
    public var limit = 10
    /// Whether external papers may be listed. Default false: only the user's own papers are, while
    /// external papers still count as shared references and citers.
    public var includeExternal = false
    /// Exponent of personalized PageRank from x (citations taken either way). Default 0.40.
    public var walk = 0.40
    /// Exponent of the resource allocation over shared references (x → z ← y). Default 0.34.
    public var sharedReferences = 0.34
    /// Exponent of the resource allocation over shared citers (x ← z → y). Default 0.29.
    public var sharedCiters = 0.29
    /// Exponent of the resource allocation over references of references (x → z → y). Default 0.43.
    public var referencesOfReferences = 0.43
    /// Exponent of the resource allocation over citers of citers (x ← z ← y). Default -0.43.
    public var citersOfCiters = -0.43
    /// Exponent of the resource allocation over references of coupled papers (x → z ← w → y: a
    /// paper sharing references with x cites y). Default 0.83.
    public var referencesOfCoupled = 0.83
    /// Exponent of 1 + the number of papers citing y. Default -0.01.
    public var citedBy = -0.01
    /// Exponent of 1 + |year(x) − year(y)| in years, when both are known. Default -0.06.
    public var yearGap = -0.06
    /// Added to ln M when y is newer than x (a factor e^newer), when both years are known. Default -0.32.
    public var newer = -0.32
    /// Added to every normalised signal before the power, so that a signal absent for y lowers its
    /// score without zeroing it. Default 0.01.
    public var floor = 0.01
    /// Added for each direction of a direct citation (x cites y, y cites x). Default 1.0.
    public var direct = 1.0
    /// Weight of the Jaccard index of shared authors (a factor 1 + authors · J). Default 0.3.
    public var authors = 0.3
    /// Weight of the Jaccard index of shared topics (a factor 1 + topics · J). Default 1.0.
    public var topics = 1.0

    public init(limit: Int = 10, includeExternal: Bool = false) {
        self.limit = limit
        self.includeExternal = includeExternal
    }
}
