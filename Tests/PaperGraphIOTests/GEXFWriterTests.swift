import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("GEXF writer")
struct GEXFWriterTests {
    @Test("writes the small graph exactly as the golden file")
    func golden() throws {
        let graph = ExportTestSupport.smallGraph()
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: true, includeAuthors: true),
                                  decorations: ExportTestSupport.smallDecorations(graph))
        let text = GEXFWriter.write(view)
        ExportTestSupport.expectGolden(text, "small.gexf")
        ExportTestSupport.writeSample(text, "small.gexf", view: view, titles: ["vaswani2017": "Attention Is All You Need"])
    }

    @Test("is GEXF 1.3 with typed attributes, cluster colours and rank sizes")
    func structure() throws {
        let graph = ExportTestSupport.smallGraph()
        let view = try ExportView(graph: graph, decorations: ExportTestSupport.smallDecorations(graph))
        let root = try XMLTestParser.parse(GEXFWriter.write(view)).get()
        #expect(root.attributes["xmlns"] == "http://gexf.net/1.3")
        #expect(root.attributes["version"] == "1.3")
        let types = root.all("attribute").map { "\($0.attributes["title"] ?? ""):\($0.attributes["type"] ?? "")" }
        #expect(types.contains("year:integer") && types.contains("rank:double") && types.contains("cites:boolean"))
        #expect(!types.contains { $0.hasPrefix("label:") })
        // vaswani2017 (highest rank, cluster 1 = sky blue) is the largest node.
        let vaswani = try #require(root.all("node").first { $0.attributes["id"] == "vaswani2017" })
        #expect(vaswani.all("color").first?.attributes == ["r": "86", "g": "180", "b": "233"])
        #expect(vaswani.all("size").first?.attributes["value"] == "24")
    }

    @Test("hostile titles and keys make well-formed XML and read back")
    func hostileTitles() throws {
        let graph = ExportTestSupport.hostileGraph()
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: true, includeAuthors: true))
        let text = GEXFWriter.write(view)
        let root = try XMLTestParser.parse(text).get()
        let papers = root.all("node").prefix(graph.papers.count)
        #expect(papers.compactMap { $0.attributes["label"] } == ExportTestSupport.hostileTitles.map(ExportTestSupport.withoutControls))
        #expect(papers.compactMap { $0.attributes["id"] } == graph.papers.map(\.key))
        var expected: [String: String] = [:]
        for paper in graph.papers { expected[paper.key] = ExportTestSupport.withoutControls(paper.title) }
        ExportTestSupport.writeSample(text, "hostile.gexf", view: view, titles: expected)
    }
}
