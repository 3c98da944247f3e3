import GraphAlgorithms

extension PaperGraph {
    /// A paper graph around a generated citation graph, with made-up names.
    ///
    /// Paper `v` has key `"\(v)"` (the same token an edge list of the graph uses) and title
    /// `"Synthetic paper \(v)"`; author `a` is `"Author \(a)"`; topic `t` has key `topic-\(t)` and
    /// name `"Topic \(t)"`. Every paper is unread, of kind `paper`, with the generated year.
    ///
    ///     let synthetic = SyntheticCitationGraph(options: .init(paperCount: 1_000))
    ///     let graph = PaperGraph(synthetic: synthetic)
    ///
    /// - Complexity: O(V + E) time and space.
    public init(synthetic: SyntheticCitationGraph) {
        let authors = (0..<synthetic.authorCount).map { Author(name: "Author \($0)") }
        let topics = (0..<synthetic.topicCount).map { Topic(key: "topic-\($0)", name: "Topic \($0)") }
        var papers = [Paper]()
        papers.reserveCapacity(synthetic.paperCount)
        for v in 0..<synthetic.paperCount {
            let byline = synthetic.authorIDs[Int(synthetic.authorOffsets[v])..<Int(synthetic.authorOffsets[v + 1])]
            let tags = synthetic.topicIDs[Int(synthetic.topicOffsets[v])..<Int(synthetic.topicOffsets[v + 1])]
            papers.append(Paper(key: String(v), title: "Synthetic paper \(v)", year: Int(synthetic.years[v]),
                                authors: byline.map(AuthorID.init), topics: tags.map(TopicID.init)))
        }
        let none = CSRGraph(nodeCount: synthetic.paperCount, offsets: [UInt32](repeating: 0, count: synthetic.paperCount + 1),
                            targets: [])
        self.init(papers: papers, authors: authors, topics: topics, citations: synthetic.citations,
                  prerequisites: none, dependents: none, prerequisiteReasons: [])
    }
}
