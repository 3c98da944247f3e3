import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("GraphML writer")
struct GraphMLWriterTests {
    @Test("writes the small graph exactly as the golden file")
    func golden() throws {
        let graph = ExportTestSupport.smallGraph()
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: true, includeAuthors: true),
                                  decorations: ExportTestSupport.smallDecorations(graph))
        let text = GraphMLWriter.write(view)
        ExportTestSupport.expectGolden(text, "small.graphml")
        ExportTestSupport.writeSample(text, "small.graphml", view: view, titles: ["vaswani2017": "Attention Is All You Need"])
    }

    @Test("declares every attribute once with its type")
    func typedKeys() throws {
        let graph = ExportTestSupport.smallGraph()
        let view = try ExportView(graph: graph, decorations: ExportTestSupport.smallDecorations(graph))
        let root = try XMLTestParser.parse(GraphMLWriter.write(view)).get()
        let keys = root.all("key").map { "\($0.attributes["for"] ?? "")/\($0.attributes["attr.name"] ?? ""):\($0.attributes["attr.type"] ?? "")" }
        #expect(keys.contains("node/year:int"))
        #expect(keys.contains("node/rank:double"))
        #expect(keys.contains("edge/cites:boolean"))
        #expect(Set(keys).count == keys.count)
        #expect(root.all("graph").first?.attributes["edgedefault"] == "directed")
    }

    @Test("hostile titles and keys make well-formed XML and read back")
    func hostileTitles() throws {
        let graph = ExportTestSupport.hostileGraph()
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: true, includeAuthors: true))
        let text = GraphMLWriter.write(view)
        let root = try XMLTestParser.parse(text).get()
        let titleKey = try #require(root.all("key").first { $0.attributes["attr.name"] == "title" }?.attributes["id"])
        let nodes = root.all("node")
        #expect(nodes.compactMap { $0.attributes["id"] }.prefix(graph.papers.count) == ArraySlice(graph.papers.map(\.key)))
        let titles = nodes.compactMap { node in node.children.first { $0.attributes["key"] == titleKey }?.text }
        #expect(titles == ExportTestSupport.hostileTitles.map(ExportTestSupport.withoutControls))
        #expect(root.all("edge").count == view.edges.count)
        var expected: [String: String] = [:]
        for paper in graph.papers { expected[paper.key] = ExportTestSupport.withoutControls(paper.title) }
        ExportTestSupport.writeSample(text, "hostile.graphml", view: view, titles: expected)
    }
}
