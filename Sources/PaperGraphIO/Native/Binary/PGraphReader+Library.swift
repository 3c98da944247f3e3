import PaperGraphModel

extension PGraphReader {
    /// The records of a graph read from a `.pgraph` file, for merging it with other inputs.
    ///
    /// A single `.pgraph` input is loaded directly as a graph; only merging goes through records.
    /// Every field round-trips except merged aliases, which records have no place for.
    ///
    /// - Complexity: O(V + E).
    public static func library(from graph: PaperGraph) -> ImportedLibrary {
        var library = ImportedLibrary()
        for topic in graph.topics {
            library.topics.append(TopicRecord(key: topic.key, name: topic.name, parent: topic.parent.map { graph[$0].key }))
        }
        for id in graph.paperIDs {
            let paper = graph[id]
            var record = PaperRecord(key: paper.key, title: paper.title)
            record.year = paper.year
            record.venue = paper.venue
            record.authors = paper.authors.map { graph[$0].name }
            record.topics = paper.topics.map { graph[$0].key }
            record.identifiers = paper.identifiers
            record.kind = paper.kind
            record.status = paper.status
            record.summary = paper.summary
            record.notes = paper.notes
            record.cites = graph.cited(by: id).map { PaperReference(graph[$0].key) }
            record.prerequisites = graph.prerequisites(of: id).map {
                PaperReference(graph[$0].key, reason: graph.reason(for: id, prerequisite: $0))
            }
            library.papers.append(record)
        }
        library.source = InputFormat.pgraph.recordSource
        return library
    }
}
