/// A bibliographic service `enrich` can ask.
public enum EnrichSource: String, Sendable, Hashable, CaseIterable, Comparable {
    case openalex
    case s2
    case crossref

    public static func < (a: EnrichSource, b: EnrichSource) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The name users read.
    public var displayName: String {
        switch self {
        case .openalex: "OpenAlex"
        case .s2: "Semantic Scholar"
        case .crossref: "Crossref"
        }
    }

    /// The public service.
    public var defaultBaseURL: String {
        switch self {
        case .openalex: "https://api.openalex.org"
        case .s2: "https://api.semanticscholar.org"
        case .crossref: "https://api.crossref.org"
        }
    }

    /// The environment variable that overrides ``defaultBaseURL`` (a mirror, or the tests).
    public var baseURLVariable: String {
        switch self {
        case .openalex: "PAPERGRAPH_OPENALEX_URL"
        case .s2: "PAPERGRAPH_S2_URL"
        case .crossref: "PAPERGRAPH_CROSSREF_URL"
        }
    }

    /// Requests per second by default, within each service's published limits: OpenAlex allows
    /// 10 per second, Semantic Scholar 1 per second with a key, Crossref 5 per second in its
    /// public pool (fewer if its `x-rate-limit-*` headers say so).
    public var defaultRate: Double {
        switch self {
        case .openalex: 5
        case .s2: 1
        case .crossref: 3
        }
    }

    /// What is worth asking again. OpenAlex answers 403 to "slow down" and 429 when the daily
    /// budget is spent (asking again the same day is pointless: the run moves to the next source).
    public var retryPolicy: RetryPolicy {
        var policy = RetryPolicy()
        switch self {
        case .openalex: policy.retryableStatuses = [403, 500, 502, 503, 504]
        case .s2, .crossref: policy.retryableStatuses = [429, 500, 502, 503, 504]
        }
        return policy
    }

    /// Whether the service lists the papers citing a work (Crossref's cited-by is not open).
    public var listsCitingPapers: Bool { self != .crossref }

    /// Whether the service searches titles.
    public var searchesTitles: Bool { self != .crossref }
}
