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

    /// Two cliques of six (each paper cites every earlier one of its group) joined by one citation.
    /// Topics: Deep Learning on all 12 (never distinctive); X: Vision 6, Detection 5, Rare 1;
    /// Y: Vision 4, Detection 4, Segmentation 3. The old rule (most frequent two) named them
    /// "Vision · Detection" and "Detection · Vision".
    private let labelled: PaperGraph = {
        func group(_ name: String, _ topics: [[String]]) -> [PaperRecord] {
            topics.indices.map { i in
                paper("\(name)\(i)", 2000 + i, cites: (0..<i).map { "\(name)\($0)" } + (name == "y" && i == 0 ? ["x0"] : []),
                      topics: ["Deep Learning"] + topics[i])
            }
        }
        return makeGraph(group("x", [["Vision", "Detection"], ["Vision", "Detection"], ["Vision", "Detection"],
                                     ["Vision", "Detection"], ["Vision", "Detection", "Rare"], ["Vision"]])
                         + group("y", [["Vision", "Detection", "Segmentation"], ["Vision", "Detection", "Segmentation"],
                                       ["Vision", "Detection", "Segmentation"], ["Vision", "Detection"], [], []]))
    }()

    @Test("labels name over-represented topics, never a pair twice, never a topic few papers carry")
    func distinctiveLabels() {
        let clustering = labelled.topicClusters(TopicClusterOptions(citationsOnly: true), ranking: labelled.rankPapers())
        let byFirstPaper = Dictionary(uniqueKeysWithValues: clustering.clusters.map { (labelled.keys($0.papers).sorted()[0], $0.label) })
        #expect(clustering.clusters.count == 2)
        // X: Vision s=1, g=10/12, score 1·ln 1.2 = 0.182; Detection s=5/6, g=9/12, score 0.833·ln 1.111 = 0.088.
        #expect(byFirstPaper["x0"] == "Vision · Detection")
        // Y: Vision and Detection are rarer there than in the graph; Segmentation s=1/2, g=1/4.
        #expect(byFirstPaper["y0"] == "Segmentation")
        #expect(!clustering.clusters.contains { $0.label.contains("Deep Learning") || $0.label.contains("Rare") })
    }

    @Test("a second cluster with the same distinctive topics takes another pair or its top paper, not the pair swapped")
    func noSwappedPairs() {
        let twins = makeGraph((0..<2).flatMap { g in
            (0..<4).map { i in
                paper("g\(g)p\(i)", 2000 + i, cites: (0..<i).map { "g\(g)p\($0)" }, title: "Group \(g) paper \(i)",
                      topics: ["Alpha", "Beta"])
            }
        } + [paper("z", 2010, topics: ["Gamma"])])
        let clustering = twins.topicClusters(TopicClusterOptions(citationsOnly: true), ranking: twins.rankPapers())
        let labels = clustering.clusters.map(\.label)
        #expect(labels.filter { $0.contains("Alpha") && $0.contains("Beta") }.count == 1)
        #expect(Set(labels).count == labels.count)
    }
}
