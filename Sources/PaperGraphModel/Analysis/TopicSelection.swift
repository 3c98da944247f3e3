extension PaperGraph {
    /// The topic and every topic nested under it, at any depth.
    ///
    /// - Complexity: O(T · d) for T topics of nesting depth d.
    public func topicWithDescendants(_ topic: TopicID) -> [TopicID] {
        topics.indices.map(TopicID.init).filter { Topic.isNested($0, within: topic, in: topics) }
    }

    /// Papers tagged with the topic or a topic nested under it, ascending.
    public func papers(inTopic topic: TopicID) -> [PaperID] {
        var selected = [Bool](repeating: false, count: papers.count)
        for t in topicWithDescendants(topic) {
            for p in topicPapers.columns(of: t.index) { selected[Int(p)] = true }
        }
        return paperIDs.filter { selected[$0.index] }
    }
}
