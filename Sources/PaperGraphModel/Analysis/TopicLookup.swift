/// What a topic name typed by a user refers to.
public enum TopicLookupResult: Sendable, Equatable {
    /// Exactly one topic.
    case found(TopicID)
    /// Several topics match; they are listed in id order.
    case ambiguous([TopicID])
    /// No topic matches.
    case notFound
}

extension PaperGraph {
    /// The topic `name` refers to: its key, name or slug in any case (``topic(named:)``), else the
    /// one topic whose normalized name or key contains the normalized `name`.
    ///
    ///     lookUpTopic("Scaling laws")  →  .found(scaling-laws)
    ///     lookUpTopic("attention")     →  .ambiguous([attention-analysis, attention-efficiency])
    ///
    /// - Complexity: O(1) expected for an exact match, else O(T · L) for T topics of length L.
    public func lookUpTopic(_ name: String) -> TopicLookupResult {
        if let id = topic(named: name) { return .found(id) }
        let query = TitleNormalization.normalizedTitle(name)
        let matches = topics.indices.filter {
            TitleNormalization.normalizedTitle(topics[$0].name).contains(query) || topics[$0].key.contains(query)
        }.map(TopicID.init)
        switch matches.count {
        case 0: return .notFound
        case 1: return .found(matches[0])
        default: return .ambiguous(matches)
        }
    }
}
