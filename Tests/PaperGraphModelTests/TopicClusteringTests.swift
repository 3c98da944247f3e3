import Testing
import PaperGraphModel
import GraphAlgorithms

@Suite("Topic clusters")
struct TopicClusteringTests {
    /// Two citation triangles joined by one citation: a1 → b1.
    private let graph = makeGraph([
        paper("a1", 2001, cites: ["a2", "a3", "b1"], topics: ["Vision"]), paper("a2", 2000, cites: ["a3"], topics: ["Vision"]),
        paper("a3", 1999, topics: ["Vision"]),
        paper("b1", 2001, cites: ["b2", "b3"], topics: ["Language"]), paper("b2", 2000, cites: ["b3"], topics: ["Language"]),
        paper("b3", 1999, topics: ["Language"]),
        paper("lonely", 2010),
    ])

    @Test("splits two joined triangles and labels them by their topics")
    func triangles() {
        let clustering = graph.topicClusters(TopicClusterOptions(citationsOnly: true), ranking: graph.rankPapers())
        #expect(clustering.clusters.count == 3)
        let byLabel = Dictionary(uniqueKeysWithValues: clustering.clusters.map { ($0.label, Set(graph.keys($0.papers))) })
        #expect(byLabel["Vision"] == ["a1", "a2", "a3"])
        #expect(byLabel["Language"] == ["b1", "b2", "b3"])
        // Modularity of {a}, {b}, {lonely} on 7 undirected edges: by hand, each triangle has 3 internal
        // edges and degree sums 7 and 7: Q = 2 × (3/7 − (7/14)²) = 6/7 − 1/2 = 0.357142857...
        #expect(abs(clustering.modularity - (6.0 / 7.0 - 0.5)) < 1e-12)
        #expect(clustering.clusters.map(\.id) == [1, 2, 3])
    }

    @Test("folds clusters smaller than --min-size into other")
    func minSize() {
        var options = TopicClusterOptions(minSize: 2)
        options.citationsOnly = true
        let clustering = graph.topicClusters(options, ranking: graph.rankPapers())
        #expect(clustering.clusters.count == 2)
        #expect(graph.keys(clustering.other) == ["lonely"])
        #expect(clustering.clusterOf[graph.id("lonely").index] == 0)
    }

    @Test("covers every paper exactly once and is deterministic for a seed")
    func partition() {
        let first = graph.topicClusters(ranking: graph.rankPapers())
        let again = graph.topicClusters(ranking: graph.rankPapers())
        #expect(first == again)
        let all = first.clusters.flatMap(\.papers) + first.other
        #expect(all.count == graph.papers.count && Set(all).count == graph.papers.count)
    }
}
