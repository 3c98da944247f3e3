import PaperGraphModel

extension ExportView {
    /// The nodes of a view: papers (ascending id), then topics, then authors. Each ``ExportNode``
    /// is made from the graph when read, so reading one costs its author and topic lists; ``id(at:)``,
    /// ``kind(at:)`` and ``paper(at:)`` answer without making it.
    public struct Nodes: RandomAccessCollection, Sendable {
        let graph: PaperGraph
        let decorations: ExportDecorations
        /// The graph indices of the papers, topics and authors, in node order.
        let papers: [PaperID]
        let topics: [Int32]
        let authors: [Int32]
        /// Topic and author ids that clash with an earlier id, by node index.
        let renamedIDs: [Int: String]
        /// The first reading-path step of each paper on the path, by paper index.
        let pathStep: [Int: Int]
        /// The node of each paper, or -1 when it is not in the view.
        let nodeOfPaper: [Int32]

        init(graph: PaperGraph, decorations: ExportDecorations, papers: [PaperID], topics: [Int32], authors: [Int32],
             renamedIDs: [Int: String], pathStep: [Int: Int]) {
            self.graph = graph
            self.decorations = decorations
            self.papers = papers
            self.topics = topics
            self.authors = authors
            self.renamedIDs = renamedIDs
            self.pathStep = pathStep
            var nodeOfPaper = [Int32](repeating: -1, count: graph.papers.count)
            for (i, p) in papers.enumerated() { nodeOfPaper[p.index] = Int32(i) }
            self.nodeOfPaper = nodeOfPaper
        }

        public var startIndex: Int { 0 }
        public var endIndex: Int { papers.count + topics.count + authors.count }

        /// The node at `i`, made from the graph.
        ///
        /// - Complexity: O(authors + topics) of a paper, O(1) for other nodes.
        public subscript(i: Int) -> ExportNode {
            switch kind(at: i) {
            case .paper:
                return paperNode(papers[i])
            case .topic:
                let topic = graph.topics[Int(topics[i - papers.count])]
                var node = ExportNode(kind: .topic, id: id(at: i), key: topic.key, label: topic.name)
                node.parentTopic = topic.parent.map { graph[$0].key }
                return node
            case .author:
                let name = graph.authors[Int(authors[i - papers.count - topics.count])].name
                return ExportNode(kind: .author, id: id(at: i), key: name, label: name)
            }
        }

        /// The kind of node `i`.
        ///
        /// - Complexity: O(1).
        public func kind(at i: Int) -> ExportNode.Kind {
            i < papers.count ? .paper : i < papers.count + topics.count ? .topic : .author
        }

        /// The id of node `i` (``ExportNode/id``), without making the node.
        ///
        /// - Complexity: O(1) (O(length) for a topic or author id, which is built).
        public func id(at i: Int) -> String {
            switch kind(at: i) {
            case .paper: graph[papers[i]].key
            case .topic: renamedIDs[i] ?? "topic:" + graph.topics[Int(topics[i - papers.count])].key
            case .author: renamedIDs[i] ?? "author:" + graph.authors[Int(authors[i - papers.count - topics.count])].name
            }
        }

        /// The paper node `i` stands for, if it is one (``ExportNode/paper``).
        ///
        /// - Complexity: O(1).
        public func paper(at i: Int) -> PaperID? { i < papers.count ? papers[i] : nil }

        /// The node of `paper`, if the view has it.
        ///
        /// - Complexity: O(1).
        public func node(ofPaper paper: PaperID) -> Int? {
            guard paper.index < nodeOfPaper.count, nodeOfPaper[paper.index] >= 0 else { return nil }
            return Int(nodeOfPaper[paper.index])
        }

        /// The number of nodes of `kind`.
        ///
        /// - Complexity: O(1).
        public func count(of kind: ExportNode.Kind) -> Int {
            switch kind {
            case .paper: papers.count
            case .topic: topics.count
            case .author: authors.count
            }
        }

        private func paperNode(_ id: PaperID) -> ExportNode {
            let paper = graph[id]
            var node = ExportNode(kind: .paper, id: paper.key, key: paper.key, label: paper.displayTitle)
            node.paper = id
            node.isExternal = paper.isExternal
            node.isUntitled = paper.title.isEmpty
            node.year = paper.year
            node.venue = paper.venue
            node.authors = paper.authors.map { graph[$0].name }
            node.topics = paper.topics.map { graph[$0].key }
            node.status = paper.status
            node.workKind = paper.kind
            node.identifiers = paper.identifiers
            node.summary = paper.summary
            node.notes = paper.notes
            node.rank = decorations.rank?[id.index]
            if let clusters = decorations.clusters, clusters.communityOf[id.index] >= 0 {
                let c = clusters.communityOf[id.index]
                node.cluster = c
                node.clusterLabel = clusters.label(of: c)
            }
            node.pathStep = pathStep[id.index]
            return node
        }
    }
}
