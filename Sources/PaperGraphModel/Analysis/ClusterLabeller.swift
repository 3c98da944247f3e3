import Foundation

/// Names clusters by what is distinctive in them, largest cluster first.
///
/// A topic can name a cluster when at least a quarter of its papers (and at least two) carry it,
/// and it is over-represented there: its share in the cluster, s, exceeds its share in the whole
/// graph, g. Candidates rank by s · ln(s / g) (common in the cluster and rare elsewhere), then by
/// name. The label is the best one or two candidates whose set no earlier cluster took ("Vision ·
/// Detection" and "Detection · Vision" never both appear); a cluster with none takes the short
/// title of its top paper.
///
///     graph: Vision 10/12, Detection 9/12, Segmentation 3/12, Deep Learning 12/12
///     cluster X: Vision 6/6, Detection 5/6       → "Vision · Detection"
///     cluster Y: Vision 4/6, Detection 4/6, Segmentation 3/6 → "Segmentation"
struct ClusterLabeller<Graph: ClusteredPaperGraph> {
    private let graph: Graph
    private let graphCounts: [Int]
    private var used: Set<[Int]> = []

    /// - Complexity: O(P + T) for P paper-topic tags and T topics.
    init(_ graph: Graph) {
        self.graph = graph
        var counts = [Int](repeating: 0, count: graph.tagging.columnCount)
        for t in graph.tagging.columns { counts[Int(t)] += 1 }
        graphCounts = counts
    }

    /// The label of the next cluster (call in the order clusters are numbered).
    ///
    /// - Complexity: O(tags of the group + T + C²) for C candidate topics.
    mutating func label(_ group: [PaperID]) -> String {
        var counts: [Int: Int] = [:]
        for p in group { for t in graph.tagging.columns(of: p.index) { counts[Int(t), default: 0] += 1 } }
        let threshold = max(2, (group.count + 3) / 4)
        let size = Double(group.count), total = Double(max(1, graph.paperCount))
        let scored = counts.filter { $0.value >= threshold }.compactMap { topic, count -> (topic: Int, score: Double)? in
            let share = Double(count) / size, overall = Double(graphCounts[topic]) / total
            guard share > overall else { return nil }
            return (topic, share * log(share / overall))
        }
        let ranked = scored.sorted {
            ($0.score, graph.topicName(TopicID($1.topic)), $1.topic) > ($1.score, graph.topicName(TopicID($0.topic)), $0.topic)
        }
            .map(\.topic)
        var choice: [Int]?
        pairs: for i in ranked.indices {
            for j in ranked.indices.dropFirst(i + 1) where !used.contains([ranked[i], ranked[j]].sorted()) {
                choice = [ranked[i], ranked[j]]
                break pairs
            }
        }
        if choice == nil, let single = ranked.first(where: { !used.contains([$0]) }) { choice = [single] }
        guard let choice else { return graph.shortTitle(group[0].index) }
        used.insert(choice.sorted())
        return choice.map { graph.topicName(TopicID($0)) }.joined(separator: " · ")
    }
}
