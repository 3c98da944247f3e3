import GraphAlgorithms

/// A reading order: every paper after the papers it builds on.
public struct ReadingOrder: Sendable, Equatable {
    /// One step of the order.
    public struct Entry: Sendable, Equatable {
        public var paper: PaperID
        /// 1-based place in the order.
        public var position: Int
        /// The index in ``ReadingOrder/cyclicGroups`` of the group the paper belongs to, if any.
        public var group: Int?
    }

    public let entries: [Entry]
    /// Groups of papers that build on each other in a cycle (e.g. simultaneous papers citing each
    /// other); each is listed together in the order, by year then rank.
    public let cyclicGroups: [[PaperID]]
}

extension PaperGraph {
    /// Orders `selection` (all papers by default) so that cited papers and prerequisites come before
    /// the papers that build on them.
    ///
    /// Among papers that are free to come next, the higher-ranked comes first (PageRank), then the
    /// earlier year, then the key. Citation cycles are found as strongly connected components (Tarjan),
    /// condensed, and each group is listed together, inside by year then rank.
    ///
    ///     seq2seq ◀── bahdanau ◀── transformer ◀── bert     order: seq2seq, bahdanau, transformer, bert
    ///
    /// - Parameters:
    ///   - selection: The papers to order; edges to papers outside it are ignored.
    ///   - ranking: Importance used to break ties.
    /// - Complexity: O(P log P) to rank all P papers of the graph (done whatever the selection),
    ///   plus O(S log S + E) for the S selected papers and the E relations among them.
    public func readingOrder(of selection: [PaperID]? = nil, ranking: PaperRanking) -> ReadingOrder {
        let nodes = (selection ?? paperIDs).map(\.rawValue)
        // Edges prerequisite → dependent: "read the tail before the head".
        let subgraph = InducedSubgraph(of: readingDependents, nodes: nodes)
        let byRank = ranking.positions(in: self)
        let priority = nodes.map { byRank[Int($0)] }
        let withinGroup = priority.indices.sorted { a, b in
            let pa = papers[Int(nodes[a])], pb = papers[Int(nodes[b])]
            return ((pa.year ?? Int.max), priority[a]) < ((pb.year ?? Int.max), priority[b])
        }
        var innerPriority = [Int](repeating: 0, count: nodes.count)
        for (rank, local) in withinGroup.enumerated() { innerPriority[local] = rank }
        let order = subgraph.graph.topologicalOrder(priority: priority, withinGroupPriority: innerPriority)
        let entries = order.order.enumerated().map { position, local in
            let group = order.groupOf[Int(local)]
            return ReadingOrder.Entry(paper: PaperID(nodes[Int(local)]), position: position + 1,
                                      group: group >= 0 ? Int(group) : nil)
        }
        let groups = order.cyclicGroups.map { $0.map { PaperID(nodes[Int($0)]) } }
        return ReadingOrder(entries: entries, cyclicGroups: groups)
    }

}
