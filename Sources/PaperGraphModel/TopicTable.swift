/// Interns topics by key and name while a graph is built.
struct TopicTable {
    private(set) var topics: [Topic] = []
    /// Keys, lowercased names and slugs → id.
    private(set) var index: [String: TopicID] = [:]

    /// Adds declared topics, then links parents (an unknown parent is created; a cycle is cut).
    mutating func add(_ records: [TopicRecord], diagnostics: inout [Diagnostic]) {
        for record in records {
            if let existing = index[record.key] {
                if topics[existing.index].name != record.name {
                    diagnostics.append(.warning("duplicate topic '\(record.key)'; kept name \"\(topics[existing.index].name)\"",
                                                at: record.location))
                }
                continue
            }
            insert(key: record.key, name: record.name)
        }
        for record in records {
            guard let parentName = record.parent, let child = index[record.key] else { continue }
            let parent = resolveOrCreate(parentName)
            if createsCycle(child: child, parent: parent) {
                diagnostics.append(.warning("topic '\(record.key)' cannot have parent '\(parentName)': that would make a cycle",
                                            at: record.location))
            } else if topics[child.index].parent == nil {
                topics[child.index].parent = parent
            }
        }
    }

    /// The topic with this key or name, created (key = slug of the name) if unknown.
    mutating func resolveOrCreate(_ name: String) -> TopicID {
        if let id = index[name] ?? index[name.lowercased()] ?? index[TitleNormalization.slug(name)] { return id }
        return insert(key: TitleNormalization.slug(name), name: name)
    }

    @discardableResult
    private mutating func insert(key: String, name: String) -> TopicID {
        let id = TopicID(topics.count)
        topics.append(Topic(key: key, name: name))
        for alias in topics[id.index].lookupNames where index[alias] == nil { index[alias] = id }
        return id
    }

    private func createsCycle(child: TopicID, parent: TopicID) -> Bool {
        Topic.isNested(parent, within: child, in: topics)
    }
}

extension Topic {
    /// The names a topic is found by: its key, its lowercased name and the slug of its name.
    var lookupNames: [String] { [key, name.lowercased(), TitleNormalization.slug(name)] }

    /// Whether `topic` is `ancestor` or nested under it at any depth (bounded, so a malformed
    /// parent chain cannot loop forever).
    static func isNested(_ topic: TopicID, within ancestor: TopicID, in topics: [Topic]) -> Bool {
        var current: TopicID? = topic
        var steps = 0
        while let c = current, steps <= topics.count {
            if c == ancestor { return true }
            current = topics[c.index].parent
            steps += 1
        }
        return false
    }
}
