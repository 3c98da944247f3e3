import PaperGraphModel

/// Writes a graph in PaperGraph's native JSON format.
///
/// Papers are written in id order with members in a fixed order, so that the same graph always
/// gives the same bytes and reading the output back gives the same graph. A graph with external
/// papers or citations from more than one source is written as version 2 (`"external": true`,
/// `cites` entries `{"id", "source"}`); any other graph as version 1, which older readers take.
public enum NativeFormatWriter {
    /// The document as pretty-printed text with a final newline (see ``write(_:to:)``).
    public static func text(for graph: PaperGraph) -> String {
        TextSink.text { write(graph, to: &$0) }
    }

    /// Writes the document for `graph`, pretty-printed with a final newline, into `sink` paper by
    /// paper, so that neither the document nor its text is ever held whole.
    ///
    /// - Complexity: O(V + E) time in papers and relations; O(largest paper) space.
    public static func write<S: ByteSink>(_ graph: PaperGraph, to sink: inout S) {
        var topics: [JSONOutput] = []
        for topic in graph.topics {
            var members: [(String, JSONOutput)] = [("id", .string(topic.key)), ("name", .string(topic.name))]
            if let parent = topic.parent { members.append(("parent", .string(graph[parent].key))) }
            topics.append(.object(members))
        }
        let writesSources = graph.citationProvenance.names.count > 1
        let version = writesSources || graph.hasExternalPapers ? 2 : 1
        var out = "{\n  \"format\": \"papergraph\",\n  \"version\": \(version),\n  \"topics\": "
        JSONOutput.array(topics).write(to: &out, pretty: true, indent: 1)
        out += ",\n  \"papers\": "
        guard !graph.papers.isEmpty else {
            sink.write(out + "[]\n}\n")
            return
        }
        out += "["
        for i in graph.papers.indices {
            out += i == 0 ? "\n    " : ",\n    "
            paperObject(graph, PaperID(i), writesSources: writesSources).write(to: &out, pretty: true, indent: 2)
            sink.write(out)
            out.removeAll(keepingCapacity: true)
        }
        sink.write("\n  ]\n}\n")
    }

    private static func paperObject(_ graph: PaperGraph, _ id: PaperID, writesSources: Bool) -> JSONOutput {
        let paper = graph[id]
        var m: [(String, JSONOutput)] = [("id", .string(paper.key))]
        // An untitled paper of the user's (a stub of a citation dump) keeps its key as title, as
        // version 1 requires; an external one is written without a title until it is named.
        if !paper.title.isEmpty || !paper.isExternal { m.append(("title", .string(paper.displayTitle))) }
        if paper.isExternal { m.append(("external", .bool(true))) }
        if let year = paper.year { m.append(("year", .int(year))) }
        if let venue = paper.venue { m.append(("venue", .string(venue))) }
        if !paper.authors.isEmpty { m.append(("authors", .array(paper.authors.map { .string(graph[$0].name) }))) }
        if !paper.topics.isEmpty { m.append(("topics", .array(paper.topics.map { .string(graph[$0].key) }))) }
        m.append(("status", .string(paper.status.rawValue)))
        m.append(("kind", .string(paper.kind.rawValue)))
        let ids = identifiersObject(paper.identifiers)
        if !ids.isEmpty { m.append(("ids", .object(ids))) }
        let start = Int(graph.citations.offsets[id.index]), end = Int(graph.citations.offsets[id.index + 1])
        if start < end {
            m.append(("cites", .array((start..<end).map { slot in
                let key = JSONOutput.string(graph[PaperID(graph.citations.targets[slot])].key)
                guard writesSources, let source = graph.citationProvenance.source(atSlot: slot) else { return key }
                return .object([("id", key), ("source", .string(source))])
            })))
        }
        let prerequisites = graph.prerequisites(of: id)
        if !prerequisites.isEmpty {
            m.append(("prerequisites", .array(prerequisites.map { p in
                if let reason = graph.reason(for: id, prerequisite: p) {
                    return .object([("id", .string(graph[p].key)), ("reason", .string(reason))])
                }
                return .string(graph[p].key)
            })))
        }
        if let summary = paper.summary { m.append(("summary", .string(summary))) }
        if let notes = paper.notes { m.append(("notes", .string(notes))) }
        return .object(m)
    }

    /// Identifier members in a fixed order: arxiv, doi, url, then others sorted by scheme.
    static func identifiersObject(_ ids: PaperIdentifiers) -> [(String, JSONOutput)] {
        var m: [(String, JSONOutput)] = []
        if let arxiv = ids.arxiv { m.append(("arxiv", .string(arxiv))) }
        if let doi = ids.doi { m.append(("doi", .string(doi))) }
        if let url = ids.url { m.append(("url", .string(url))) }
        for scheme in ids.other.keys.sorted() { m.append((scheme, .string(ids.other[scheme]!))) }
        return m
    }
}
