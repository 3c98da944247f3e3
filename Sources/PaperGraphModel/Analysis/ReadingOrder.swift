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
        /// Whether the graph knows none of the paper's references (it cites nothing in it), so it
        /// may come earlier than its real prerequisites would put it.
        public var referencesUnknown: Bool

        public init(paper: PaperID, position: Int, group: Int?, referencesUnknown: Bool = false) {
            self.paper = paper
            self.position = position
            self.group = group
            self.referencesUnknown = referencesUnknown
        }
    }

    public let entries: [Entry]
    /// Groups of papers that build on each other in a cycle (e.g. simultaneous papers citing each
    /// other); each is listed together in the order, by year then rank.
    public let cyclicGroups: [[PaperID]]

    /// How many entries have ``Entry/referencesUnknown``.
    public var referencesUnknownCount: Int { entries.reduce(0) { $0 + ($1.referencesUnknown ? 1 : 0) } }
}

extension PaperGraph {
    /// Orders `selection` (all papers by default) so that cited papers and prerequisites come before
    /// the papers that build on them.
    ///
    /// Among papers that are free to come next, the earlier year comes first (papers without a
    /// year last), then the higher-ranked (PageRank), then the smaller id (the order papers were
    /// read in), so an order reads like a history of the idea. Citation cycles are found as
    /// strongly connected components, condensed, and each group is listed together, inside by
    /// the same keys. A paper that cites nothing in the graph is marked
    /// ``ReadingOrder/Entry/referencesUnknown``.
    ///
    ///     seq2seq ◀── bahdanau ◀── transformer ◀── bert     order: seq2seq, bahdanau, transformer, bert
    ///
    /// - Parameters:
    ///   - selection: The papers to order; edges to papers outside it are ignored.
    ///   - ranking: Importance used to break ties within a year.
    /// - Complexity: O(V + E + V log b) for the selected papers and the relations among them, b
    ///   being the most papers of one year free at once (see
    ///   `CSRGraph.topologicalOrder(levels:weights:components:)`); no sort of all papers.
    public func readingOrder(of selection: [PaperID]? = nil, ranking: PaperRanking) -> ReadingOrder {
        // Edges prerequisite → dependent: "read the tail before the head". Local ids ascend with
        // paper ids, so the last tie-break is the paper id.
        let nodes: [UInt32]?
        let graph: CSRGraph
        if let selection {
            let sorted = selection.map(\.rawValue).sorted()
            nodes = sorted
            graph = InducedSubgraph(of: readingDependents, nodes: sorted).graph
        } else {
            nodes = nil
            graph = readingDependents
        }
        func paper(_ local: Int) -> Int { nodes.map { Int($0[local]) } ?? local }
        let levels = (0..<graph.nodeCount).map { papers[paper($0)].year ?? Int.max }
        let weights = (0..<graph.nodeCount).map { ranking.scores[paper($0)] }
        let order = graph.topologicalOrder(levels: levels, weights: weights)
        let entries = order.order.enumerated().map { position, local in
            let group = order.groupOf[Int(local)]
            let id = paper(Int(local))
            return ReadingOrder.Entry(paper: PaperID(UInt32(id)), position: position + 1,
                                      group: group >= 0 ? Int(group) : nil,
                                      referencesUnknown: citations.outDegree(of: id) == 0)
        }
        let groups = order.cyclicGroups.map { $0.map { PaperID(UInt32(paper(Int($0)))) } }
        return ReadingOrder(entries: entries, cyclicGroups: groups)
    }
}
