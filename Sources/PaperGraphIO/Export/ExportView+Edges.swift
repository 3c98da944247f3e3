import PaperGraphModel

extension ExportView {
    /// The edges of a view, sorted by source node, then target node, made one source node's row
    /// at a time while iterated: an iteration holds one row, never the whole list.
    ///
    /// A paper's row holds its citations and prerequisites of papers in the view (a citation that
    /// is also a prerequisite is one edge) and its `tagged` edges; an author's row its `authored`
    /// edges; topics have none.
    public struct Edges: Sequence, Sendable {
        let nodes: Nodes
        /// The node of each topic and author of the graph, or -1 when it is not in the view.
        let nodeOfTopic: [Int32]
        let nodeOfAuthor: [Int32]
        /// Whether citations carry the name of their source (the graph has more than one).
        let recordsSources: Bool
        /// The reading-path step of the edges that join consecutive steps, by position in the sequence.
        var pathSteps: [Int: Int] = [:]

        init(nodes: Nodes) {
            self.nodes = nodes
            let graph = nodes.graph
            var nodeOfTopic = [Int32](repeating: -1, count: graph.topics.count)
            for (k, t) in nodes.topics.enumerated() { nodeOfTopic[Int(t)] = Int32(nodes.papers.count + k) }
            var nodeOfAuthor = [Int32](repeating: -1, count: graph.authors.count)
            for (k, a) in nodes.authors.enumerated() { nodeOfAuthor[Int(a)] = Int32(nodes.papers.count + nodes.topics.count + k) }
            self.nodeOfTopic = nodeOfTopic
            self.nodeOfAuthor = nodeOfAuthor
            self.recordsSources = graph.citationProvenance.names.count > 1
        }

        /// The number of edges.
        ///
        /// - Complexity: O(E): the rows are made and counted.
        public var count: Int {
            var row: [ExportEdge] = [], total = 0
            for node in nodes.indices {
                fillRow(of: node, into: &row)
                total += row.count
            }
            return total
        }

        public func makeIterator() -> Iterator { Iterator(edges: self) }

        /// Walks the rows in node order, making each when the previous one is used up.
        public struct Iterator: IteratorProtocol {
            let edges: Edges
            var source = 0, position = 0, index = 0
            var row: [ExportEdge] = []

            init(edges: Edges) { self.edges = edges }

            public mutating func next() -> ExportEdge? {
                while position == row.count {
                    guard source < edges.nodes.count else { return nil }
                    edges.fillRow(of: source, into: &row)
                    source += 1
                    position = 0
                }
                var edge = row[position]
                position += 1
                if !edges.pathSteps.isEmpty, let step = edges.pathSteps[index] { edge.pathStep = step }
                index += 1
                return edge
            }
        }

        /// Replaces `row` with the edges leaving node `from`, sorted by target.
        ///
        /// - Complexity: O(d log d) for the d edges, plus O(d · q) to merge q prerequisites of a paper.
        func fillRow(of from: Int, into row: inout [ExportEdge]) {
            row.removeAll(keepingCapacity: true)
            let graph = nodes.graph
            switch nodes.kind(at: from) {
            case .paper:
                let p = nodes.papers[from]
                for slot in Int(graph.citations.offsets[p.index])..<Int(graph.citations.offsets[p.index + 1]) {
                    let to = nodes.nodeOfPaper[Int(graph.citations.targets[slot])]
                    guard to >= 0 else { continue }
                    var edge = ExportEdge(source: from, target: Int(to), kind: .cites, cites: true)
                    if recordsSources { edge.citationSource = graph.citationProvenance.source(atSlot: slot) }
                    row.append(edge)
                }
                for q in graph.prerequisites(of: p) {
                    guard let to = nodes.node(ofPaper: q) else { continue }
                    let reason = graph.reason(for: p, prerequisite: q)
                    if let i = row.firstIndex(where: { $0.target == to }) {
                        row[i].kind = .prerequisite
                        row[i].reason = reason
                    } else {
                        row.append(ExportEdge(source: from, target: to, kind: .prerequisite, cites: false, reason: reason))
                    }
                }
                for t in graph[p].topics where nodeOfTopic[t.index] >= 0 {
                    row.append(ExportEdge(source: from, target: Int(nodeOfTopic[t.index]), kind: .tagged, cites: false))
                }
            case .topic:
                return
            case .author:
                let a = Int(nodes.authors[from - nodes.papers.count - nodes.topics.count])
                for p in graph.authorship.columns(of: a) where nodes.nodeOfPaper[Int(p)] >= 0 {
                    row.append(ExportEdge(source: from, target: Int(nodes.nodeOfPaper[Int(p)]), kind: .authored, cites: false))
                }
            }
            row.sort { $0.target < $1.target }
        }
    }
}
