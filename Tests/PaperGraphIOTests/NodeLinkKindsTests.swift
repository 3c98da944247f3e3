import Testing
@testable import PaperGraphIO
import PaperGraphModel

/// Edges that are a citation and a prerequisite at once, and topics without papers of their own.
@Suite("Node-link edge kinds and topic hierarchy")
struct NodeLinkKindsTests {
    /// `b` cites `a` and needs it first (one edge, both kinds); `c` cites `b`; `c` needs `a` without
    /// citing it. Topics: Machine Learning > NLP > Attention, only Attention has papers.
    private func graph() -> PaperGraph {
        var builder = PaperGraphBuilder()
        builder.add(ImportedLibrary(papers: [
            PaperRecord(key: "a", title: "A", topics: ["attention"]),
            PaperRecord(key: "b", title: "B", topics: ["attention"], cites: [PaperReference("a")],
                        prerequisites: [PaperReference("a", reason: "builds on it")]),
            PaperRecord(key: "c", title: "C", cites: [PaperReference("b")], prerequisites: [PaperReference("a")]),
        ], topics: [
            TopicRecord(key: "ml", name: "Machine Learning"), TopicRecord(key: "nlp", name: "NLP", parent: "ml"),
            TopicRecord(key: "attention", name: "Attention", parent: "nlp"),
        ]))
        return builder.build().graph
    }

    @Test("kind == cites keeps every citation; the prerequisite boolean every prerequisite; kinds lists both")
    func filters() throws {
        let document = try JSONParser.parse(Array(NodeLinkJSONWriter.write(try ExportView(graph: graph())).utf8), path: "g.json")
        let edges = try #require(document["edges"]?.arrayValue)
        #expect(edges.count == 3)
        #expect(edges.filter { $0["kind"]?.stringValue == "cites" }.count == 2)
        #expect(edges.filter { $0["cites"]?.boolValue == true }.count == 2)
        #expect(edges.filter { $0["prerequisite"]?.boolValue == true }.count == 2)
        let both = try #require(edges.first { $0["source"]?.stringValue == "b" })
        #expect(both["kinds"]?.arrayValue?.compactMap(\.stringValue) == ["cites", "prerequisite"])
        #expect(both["reason"]?.stringValue == "builds on it")
    }

    @Test("the topic hierarchy survives export and re-import, with or without topic nodes", arguments: [false, true])
    func hierarchy(includeTopics: Bool) throws {
        let original = graph()
        let view = try ExportView(graph: original, selection: ExportSelection(includeTopics: includeTopics))
        let text = NodeLinkJSONWriter.write(view)
        var builder = PaperGraphBuilder()
        builder.add(NodeLinkJSONReader.read(try JSONParser.parse(Array(text.utf8), path: "g.json")))
        let (copy, diagnostics) = builder.build()
        #expect(diagnostics.isEmpty)
        #expect(copy.topics.count == 3)
        let parentOf = { (g: PaperGraph, key: String) in g.topic(named: key).flatMap { g[$0].parent }.map { g[$0].key } }
        #expect(parentOf(copy, "attention") == "nlp" && parentOf(copy, "nlp") == "ml" && parentOf(copy, "ml") == nil)
        #expect(copy.citations.edgeCount == original.citations.edgeCount)
        let prerequisites = { (g: PaperGraph) in g.paperIDs.flatMap { p in g.prerequisites(of: p).map { "\(g[p].key)<\(g[$0].key)" } } }
        #expect(prerequisites(copy).sorted() == prerequisites(original).sorted())
    }
}
