extension PaperGraph {
    /// The topic and every topic nested under it, at any depth.
    ///
    /// - Complexity: O(T · d) for T topics of nesting depth d.
    public func topicWithDescendants(_ topic: TopicID) -> [TopicID] {
        topics.indices.map(TopicID.init).filter { candidate in
            var current: TopicID? = candidate
            var steps = 0
            while let c = current, steps <= topics.count {
                if c == topic { return true }
                current = topics[c.index].parent
                steps += 1
            }
            return false
        }
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
