import GraphAlgorithms

/// Settings for ``PaperGraph/topicClusters(_:ranking:)``.
public struct TopicClusterOptions: Sendable, Equatable {
    /// Modularity resolution γ: higher gives more, smaller clusters. Default 1.0.
    public var resolution: Double = 1.0
    /// Seed of Leiden's randomized refinement. Default 42.
    public var seed: UInt64 = LeidenOptions.defaultSeed
    /// Clusters smaller than this are folded into "other". Default 1 (keep all).
    public var minSize: Int = 1
    /// Cluster on citations alone (each citation an undirected edge of weight 1), without
    /// co-citation, coupling or shared topics: the setting used to compare with networkx.
    public var citationsOnly = false
    /// Weights of the citation blend (direct citation 1, Salton coupling 0.5, Salton co-citation 0.5).
    public var blend = CitationBlendOptions()
    /// Total weight a paper gains from sharing one topic with the rest of it: each pair of the
    /// topic's papers is linked with `topicWeight / (size − 1)`. Default 0.25. Topics with more than
    /// ``maximumTopicSize`` papers add nothing (too broad to say two papers belong together).
    public var topicWeight = 0.25
    /// The largest topic whose papers are linked pairwise. Default 300.
    public var maximumTopicSize = 300

    /// Leiden's settings: the resolution and seed, the rest Leiden's defaults.
    var leiden: LeidenOptions { LeidenOptions(resolution: resolution, seed: seed) }

    public init(resolution: Double = 1.0, seed: UInt64 = LeidenOptions.defaultSeed, minSize: Int = 1, citationsOnly: Bool = false) {
        self.resolution = resolution
        self.seed = seed
        self.minSize = minSize
        self.citationsOnly = citationsOnly
    }
}

/// A group of papers that belong together.
public struct TopicCluster: Sendable, Equatable {
    /// 1-based id; clusters are numbered by decreasing size.
    public var id: Int
    /// The one or two topics that set the cluster apart (see ``ClusterLabeller``), else the title
    /// words of its top paper.
    public var label: String
    /// Members, most important first (PageRank, then year, then key).
    public var papers: [PaperID]
}

/// Papers partitioned into topic clusters.
public struct TopicClustering: Sendable, Equatable {
    public let clusters: [TopicCluster]
    /// Papers of clusters smaller than `minSize`, most important first.
    public let other: [PaperID]
    /// Modularity of the partition (before folding small clusters) on the graph clustered.
    public let modularity: Double
    /// Each paper's cluster id, or 0 for "other".
    public let clusterOf: [Int]
}

extension PaperGraph {
    /// Groups papers into clusters with the Leiden algorithm (Traag, Waltman & van Eck 2019),
    /// maximizing modularity on an undirected weighted paper graph.
    ///
    /// Edge weights: 1 for a citation either way, plus 0.5 × Salton bibliographic coupling (shared
    /// references), plus 0.5 × Salton co-citation (cited together), plus shared topics
    /// (`topicWeight`, spread over the topic's papers). With `citationsOnly`, citations alone
    /// (``ClusteredPaperGraph/citationClusters(_:scores:)``).
    ///
    /// - Complexity: O(E·K) to build the blended graph (K the hub cut-off), then near-linear Leiden
    ///   passes.
    public func topicClusters(_ options: TopicClusterOptions = .init(), ranking: PaperRanking) -> TopicClustering {
        if options.citationsOnly { return citationClusters(options, scores: ranking.scores) }
        let result = WeightedGraph(blending: citations, citers: citedBy, options: options.blend, extraEdges: topicEdges(options))
            .leidenCommunities(options: options.leiden)
        return clusters(result, options, order: importanceOrder(scores: ranking.scores))
    }

    /// Pairwise links between the papers of each topic of at most `maximumTopicSize` papers.
    private func topicEdges(_ options: TopicClusterOptions) -> [(UInt32, UInt32, Double)] {
        guard options.topicWeight > 0 else { return [] }
        var edges: [(UInt32, UInt32, Double)] = []
        for t in 0..<topics.count {
            let members = topicPapers.columns(of: t)
            guard members.count > 1 && members.count <= options.maximumTopicSize else { continue }
            let weight = options.topicWeight / Double(members.count - 1)
            for (i, a) in members.enumerated() {
                for b in members.dropFirst(i + 1) { edges.append((a, b, weight)) }
            }
        }
        return edges
    }
}

extension ClusteredPaperGraph {
    /// Groups papers into clusters on citations alone: ``PaperGraph/topicClusters(_:ranking:)``
    /// with `citationsOnly` (each citation an undirected edge of weight 1, reciprocal citations
    /// one edge), on any graph that has the citations, topics and papers' fields.
    ///
    /// - Parameters:
    ///   - options: Resolution, seed and minimum size (`citationsOnly` and the blend are not read).
    ///   - scores: The papers' PageRank, which orders each cluster's members.
    /// - Complexity: O(V + E) to build the undirected graph (4 bytes per entry, unit weights), then
    ///   near-linear Leiden passes and O(V log V) to order the papers.
    public func citationClusters(_ options: TopicClusterOptions, scores: [Double]) -> TopicClustering {
        let undirected = WeightedGraph(undirected: citations, reversed: citedBy)
        doneWithCitations()
        // The undirected graph is freed once Leiden returns, before the papers are ordered.
        let result = undirected.leidenCommunities(options: options.leiden)
        return clusters(result, options, order: importanceOrder(scores: scores))
    }

    /// The clusters of Leiden's `result` (one node per paper): numbered by size, their members in
    /// `order` (by importance), small ones folded into "other", each labelled.
    func clusters(_ result: LeidenResult, _ options: TopicClusterOptions, order: [PaperID]) -> TopicClustering {
        var members = [[PaperID]](repeating: [], count: result.communityCount)
        for id in order { members[Int(result.communityOf[id.index])].append(id) }
        members.sort { ($0.count, $1.first?.rawValue ?? 0) > ($1.count, $0.first?.rawValue ?? 0) }
        var clusters: [TopicCluster] = []
        var clusterOf = [Int](repeating: 0, count: paperCount)
        var labels = ClusterLabeller(self)
        for group in members where !group.isEmpty && group.count >= options.minSize {
            let id = clusters.count + 1
            for p in group { clusterOf[p.index] = id }
            clusters.append(TopicCluster(id: id, label: labels.label(group), papers: group))
        }
        // The folded papers in the importance order: those of `order` left in no cluster.
        let other = clusters.count == result.communityCount ? [] : order.filter { clusterOf[$0.index] == 0 }
        return TopicClustering(clusters: clusters, other: other, modularity: result.modularity, clusterOf: clusterOf)
    }
}
