import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("Node-link JSON writer")
struct NodeLinkJSONWriterTests {
    @Test("writes the small graph exactly as the golden file")
    func golden() throws {
        let graph = ExportTestSupport.smallGraph()
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: true, includeAuthors: true),
                                  decorations: ExportTestSupport.smallDecorations(graph))
        let text = NodeLinkJSONWriter.write(view)
        ExportTestSupport.expectGolden(text, "small.json")
        ExportTestSupport.writeSample(text, "small.json", view: view,
                                      titles: ["vaswani2017": "Attention Is All You Need"])
    }

    @Test("uses the links key d3 expects when asked")
    func linksKey() throws {
        let view = try ExportView(graph: ExportTestSupport.smallGraph())
        let document = try JSONParser.parse(Array(NodeLinkJSONWriter.write(view, options: .init(linksKey: "links", pretty: false)).utf8),
                                            path: "d3.json")
        #expect(document["links"]?.arrayValue?.count == 4)
        #expect(document["edges"] == nil)
        #expect(document["multigraph"]?.boolValue == false)
        #expect(document["directed"]?.boolValue == true)
    }

    @Test("every hostile title and key reads back exactly")
    func hostileTitles() throws {
        let graph = ExportTestSupport.hostileGraph()
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: true, includeAuthors: true))
        let text = NodeLinkJSONWriter.write(view)
        let document = try JSONParser.parse(Array(text.utf8), path: "hostile.json")
        let nodes = try #require(document["nodes"]?.arrayValue)
        let papers = nodes.filter { $0["kind"]?.stringValue == "paper" }
        #expect(papers.compactMap { $0["title"]?.stringValue } == ExportTestSupport.hostileTitles)
        #expect(papers.compactMap { $0["id"]?.stringValue } == graph.papers.map(\.key))
        var titles: [String: String] = [:]
        for paper in graph.papers { titles[paper.key] = paper.title }
        ExportTestSupport.writeSample(text, "hostile.json", view: view, titles: titles)
    }
}
