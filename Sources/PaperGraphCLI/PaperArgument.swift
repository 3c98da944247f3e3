import PaperGraphModel

/// Turning the paper and topic names users type into ids, with helpful errors.
enum PaperArgument {
    /// The paper `name` refers to (key, arXiv id, DOI, title, unique prefix or close match).
    ///
    /// - Throws: ``CLIError/failure(_:)`` listing the closest candidates when the name is unknown or
    ///   ambiguous.
    static func resolve(_ name: String, in graph: PaperGraph) throws(CLIError) -> PaperID {
        switch graph.lookUpPaper(name) {
        case .found(let id):
            return id
        case .ambiguous(let candidates):
            throw .failure("'\(name)' matches several papers; be more specific: " + describe(candidates, graph))
        case .notFound(let closest):
            let hint = closest.isEmpty ? "" : "; closest: " + describe(closest, graph)
            throw .failure("no paper matches '\(name)'\(hint)")
        }
    }

    /// The topic `name` refers to (key or name, any case).
    static func resolveTopic(_ name: String, in graph: PaperGraph) throws(CLIError) -> TopicID {
        if let id = graph.topic(named: name) { return id }
        let query = TitleNormalization.normalizedTitle(name)
        let matches = graph.topics.indices.filter {
            TitleNormalization.normalizedTitle(graph.topics[$0].name).contains(query) || graph.topics[$0].key.contains(query)
        }
        if matches.count == 1 { return TopicID(matches[0]) }
        let known = (matches.isEmpty ? Array(graph.topics.indices) : matches).prefix(8)
            .map { "'\(graph.topics[$0].key)' (\(graph.topics[$0].name))" }.joined(separator: ", ")
        throw .failure(matches.isEmpty ? "no topic matches '\(name)'; topics: \(known)"
                       : "'\(name)' matches several topics: \(known)")
    }

    private static func describe(_ ids: [PaperID], _ graph: PaperGraph) -> String {
        ids.map { id in
            let paper = graph[id]
            return "'\(paper.key)' (\(paper.title)\(paper.year.map { ", \($0)" } ?? ""))"
        }.joined(separator: ", ")
    }
}
