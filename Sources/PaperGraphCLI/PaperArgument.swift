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

    /// The topic `name` refers to (key or name, any case, or a unique part of one).
    ///
    /// - Throws: ``CLIError/failure(_:)`` listing matching (or known) topics.
    static func resolveTopic(_ name: String, in graph: PaperGraph) throws(CLIError) -> TopicID {
        func list(_ ids: [TopicID]) -> String {
            ids.prefix(8).map { "'\(graph[$0].key)' (\(graph[$0].name))" }.joined(separator: ", ")
        }
        switch graph.lookUpTopic(name) {
        case .found(let id): return id
        case .ambiguous(let matches): throw .failure("'\(name)' matches several topics: \(list(matches))")
        case .notFound: throw .failure("no topic matches '\(name)'; topics: \(list(graph.topics.indices.map(TopicID.init)))")
        }
    }

    private static func describe(_ ids: [PaperID], _ graph: PaperGraph) -> String {
        ids.map { id in
            let paper = graph[id]
            return "'\(paper.key)' (\(paper.title)\(paper.year.map { ", \($0)" } ?? ""))"
        }.joined(separator: ", ")
    }
}
