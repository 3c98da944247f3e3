import GraphAlgorithms

/// Who the random reader of personalized PageRank restarts from.
public enum RankingSeed: Sendable, Equatable {
    /// Uniform teleport: plain PageRank.
    case everyone
    /// Restart at these papers.
    case papers([PaperID])
    /// Restart at the papers marked read: "what matters most from where I stand".
    case readPapers
}

/// Settings for ``PaperGraph/rankPapers(_:)``.
public struct PaperRankingOptions: Sendable, Equatable {
    /// Probability of following a citation rather than restarting. Default 0.85.
    public var damping: Double = PageRankOptions.defaultDamping
    /// L1 stopping bound of the power method. Default 1e-10.
    public var tolerance: Double = 1e-10
    /// Most power iterations. Default 100.
    public var maxIterations: Int = 100
    /// Solver: exact solve along strongly connected components, or power iteration.
    public var method: PageRankMethod = .automatic
    /// Where the reader restarts. Default: everyone (plain PageRank).
    public var seed: RankingSeed = .everyone

    public init(damping: Double = PageRankOptions.defaultDamping, tolerance: Double = 1e-10, maxIterations: Int = 100,
                method: PageRankMethod = .automatic, seed: RankingSeed = .everyone) {
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.method = method
        self.seed = seed
    }
}

/// PageRank scores of the papers, with ordering helpers.
public struct PaperRanking: Sendable, Equatable {
    /// One score per paper (index = ``PaperID/index``), summing to 1.
    public let scores: [Double]
    public let iterations: Int
    public let converged: Bool
    public let method: PageRankMethod

    /// Paper ids from most to least important, in the ``ImportanceOrder`` (ties broken by earlier
    /// year, then key).
    ///
    /// - Complexity: O(V log V).
    public func order(in graph: PaperGraph) -> [PaperID] {
        graph.byImportance(graph.paperIDs, scores: scores)
    }

    /// Each paper's place in ``order(in:)``: 0 for the most important.
    public func positions(in graph: PaperGraph) -> [Int] {
        var position = [Int](repeating: 0, count: scores.count)
        for (i, id) in order(in: graph).enumerated() { position[id.index] = i }
        return position
    }
}

/// A score for an author or topic, summed from their papers.
public struct AggregateScore<ID: Hashable & Sendable>: Sendable, Equatable {
    public var id: ID
    public var score: Double
    public var papers: Int
}

extension PaperGraph {
    /// PageRank over the citation graph: a paper cited by important papers is important.
    ///
    /// Rank flows along citations (citing → cited); papers that cite nothing spread their rank by the
    /// restart distribution, as `networkx.pagerank` does. With ``RankingSeed/readPapers`` the reader
    /// restarts only at papers marked read (plain PageRank when nothing is read).
    ///
    /// - Complexity: O(V + E) with the exact method on a nearly acyclic citation graph; O(k (V + E))
    ///   for k power iterations.
    public func rankPapers(_ options: PaperRankingOptions = .init()) -> PaperRanking {
        let result = citations.pageRank(options: PageRankOptions(
            damping: options.damping, tolerance: options.tolerance, maxIterations: options.maxIterations,
            personalization: personalization(for: options.seed), method: options.method), reversed: citedBy)
        return PaperRanking(scores: result.scores, iterations: result.iterations, converged: result.converged,
                            method: result.method)
    }

    /// The restart distribution for a seed, or `nil` for uniform.
    func personalization(for seed: RankingSeed) -> [Double]? {
        let seeds: [PaperID]
        switch seed {
        case .everyone: return nil
        case .papers(let ids): seeds = ids
        case .readPapers: seeds = paperIDs.filter { papers[$0.index].status == .read }
        }
        guard !seeds.isEmpty else { return nil }
        var vector = [Double](repeating: 0, count: papers.count)
        for id in seeds { vector[id.index] = 1 }
        return vector
    }

    /// Authors ranked by the PageRank of their papers, each paper's score shared equally among its
    /// authors (so author scores sum to the score of papers that have authors).
    ///
    /// - Complexity: O(P + A log A) for P authorship pairs and A authors.
    public func rankAuthors(_ ranking: PaperRanking) -> [AggregateScore<AuthorID>] {
        aggregate(ranking, count: authors.count, members: \.authorIndices, papersOf: authorship) { authors[$0].name }
            .map { AggregateScore(id: AuthorID($0.id), score: $0.score, papers: $0.papers) }
    }

    /// Topics ranked by the PageRank of their papers, each paper's score shared equally among its
    /// topics.
    public func rankTopics(_ ranking: PaperRanking) -> [AggregateScore<TopicID>] {
        aggregate(ranking, count: topics.count, members: \.topicIndices, papersOf: topicPapers) { topics[$0].key }
            .map { AggregateScore(id: TopicID($0.id), score: $0.score, papers: $0.papers) }
    }

    /// Sums each paper's score, shared equally, onto its members; best first, ties by `name`.
    private func aggregate(_ ranking: PaperRanking, count: Int, members: KeyPath<Paper, [Int]>,
                           papersOf: CSRRelation, name: (Int) -> String) -> [AggregateScore<Int>] {
        var totals = [Double](repeating: 0, count: count)
        for (i, paper) in papers.enumerated() {
            let ids = paper[keyPath: members]
            for m in ids { totals[m] += ranking.scores[i] / Double(ids.count) }
        }
        return (0..<count).map { AggregateScore(id: $0, score: totals[$0], papers: papersOf.columns(of: $0).count) }
            .sorted { ($0.score, name($1.id)) > ($1.score, name($0.id)) }
    }
}

extension Paper {
    /// Author ids as plain indices.
    var authorIndices: [Int] { authors.map(\.index) }
    /// Topic ids as plain indices.
    var topicIndices: [Int] { topics.map(\.index) }
}
