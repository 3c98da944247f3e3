import Foundation
import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("Node-link JSON reader")
struct NodeLinkJSONReaderTests {
    /// Everything a graph says, by key, in a form that does not depend on ids.
    struct Summary: Equatable {
        var papers: [String]
        var citations: [String]
        var prerequisites: [String]
        var topics: [String]

        init(_ g: PaperGraph) {
            papers = g.papers.map { p in
                [p.key, p.title, p.year.map(String.init) ?? "-", p.venue ?? "-", p.authors.map { g[$0].name }.joined(separator: "|"),
                 p.topics.map { g[$0].key }.joined(separator: "|"), p.status.rawValue, p.kind.rawValue,
                 p.identifiers.doi ?? "-", p.identifiers.arxiv ?? "-", p.identifiers.url ?? "-",
                 p.identifiers.other.keys.sorted().map { "\($0)=\(p.identifiers.other[$0] ?? "")" }.joined(separator: "|"),
                 p.summary ?? "-", p.notes ?? "-"].joined(separator: " ¦ ")
            }.sorted()
            citations = g.citations.edges.map { "\(g.papers[Int($0.0)].key) → \(g.papers[Int($0.1)].key)" }.sorted()
            prerequisites = g.paperIDs.flatMap { p in
                g.prerequisites(of: p).map { "\(g[p].key) needs \(g[$0].key): \(g.reason(for: p, prerequisite: $0) ?? "-")" }
            }.sorted()
            topics = g.topics.map { "\($0.key) ¦ \($0.name) ¦ \($0.parent.map { g[$0].key } ?? "-")" }.sorted()
        }
    }

    private func roundTrip(_ graph: PaperGraph) throws -> (PaperGraph, [Diagnostic]) {
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: true, includeAuthors: true),
                                  decorations: ExportDecorations(rank: graph.papers.map { _ in 0.25 }))
        let text = NodeLinkJSONWriter.write(view)
        let library = NodeLinkJSONReader.read(try JSONParser.parse(Array(text.utf8), path: "export.json"))
        var builder = PaperGraphBuilder()
        builder.add(library)
        return builder.build()
    }

    @Test("export then import gives the same graph", arguments: ["small", "hostile"])
    func roundTrips(name: String) throws {
        let graph = name == "small" ? ExportTestSupport.smallGraph() : ExportTestSupport.hostileGraph()
        let (again, diagnostics) = try roundTrip(graph)
        #expect(diagnostics.isEmpty)
        #expect(Summary(again) == Summary(graph))
        #expect(again.citations.edgeCount == graph.citations.edgeCount)
    }

    @Test("GraphLoader recognises node-link JSON by content and by --from node-link")
    func loaderDetects() throws {
        let graph = ExportTestSupport.smallGraph()
        let text = NodeLinkJSONWriter.write(try ExportView(graph: graph, selection: ExportSelection(includeTopics: true)),
                                            options: .init(linksKey: "links"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nodelink-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (loaded, diagnostics) = try GraphLoader.load(paths: [path])
        #expect(diagnostics.isEmpty)
        #expect(Summary(loaded) == Summary(graph))
        #expect(InputFormat(rawValue: "node-link") == .nodeLink)
        #expect(try GraphLoader.importLibrary(atPath: path, format: .nodeLink).papers.count == 4)
    }

    @Test("reads networkx-style files: numeric ids, links, no kinds")
    func networkxStyle() throws {
        let text = """
        {"directed": true, "multigraph": false, "graph": {},
         "nodes": [{"id": 0, "title": "Zero"}, {"id": 1, "label": "One", "authors": "Ann Lee; Bo Chen"}],
         "links": [{"source": 1, "target": 0, "weight": 2}]}
        """
        let library = NodeLinkJSONReader.read(try JSONParser.parse(Array(text.utf8), path: "nx.json"))
        #expect(library.diagnostics.isEmpty)
        #expect(library.papers.map(\.key) == ["0", "1"])
        #expect(library.papers.map(\.title) == ["Zero", "One"])
        #expect(library.papers[1].authors == ["Ann Lee", "Bo Chen"])
        #expect(library.papers[1].cites.map(\.key) == ["0"])
    }

    @Test("reports bad nodes and edges at their line and column")
    func errors() throws {
        let text = """
        {"nodes": [
          {"id": "a", "title": "A"},
          {"title": "no id"},
          {"id": "b", "title": "B", "year": "1999"},
          {"id": "c", "kind": "venue"},
          {"id": "d"}
        ],
        "edges": [
          {"source": "a", "target": "zzz"},
          {"source": "a", "target": "a", "kind": "authored"},
          {"source": "a"}
        ]}
        """
        let library = NodeLinkJSONReader.read(try JSONParser.parse(Array(text.utf8), path: "bad.json"))
        #expect(library.diagnostics.map(\.description) == [
            "bad.json:3:3: error: nodes[1]: missing required member \"id\"",
            "bad.json:4:37: error: nodes[2].year: expected an integer, found a string",
            "bad.json:5:23: warning: nodes[3]: unknown node kind \"venue\" (expected paper, topic or author); node skipped",
            "bad.json:9:3: warning: edges[0]: unknown node \"zzz\"; edge skipped",
            "bad.json:10:3: warning: edges[1]: a \"authored\" edge from \"a\" to \"a\" joins nodes of the wrong kinds; edge skipped",
            "bad.json:11:3: error: edges[2]: missing required member \"target\"",
        ])
        // "d" has no title: its id stands in, as in a plain networkx graph.
        #expect(library.papers.map(\.key) == ["a", "d"])
        #expect(library.papers.map(\.title) == ["A", "d"])
    }

    @Test("rejects documents without nodes and edges")
    func rejectsOtherShapes() throws {
        let library = NodeLinkJSONReader.read(try JSONParser.parse(Array("{\"nodes\": []}".utf8), path: "x.json"))
        #expect(library.diagnostics.map(\.message) == ["expected an \"edges\" or \"links\" array, found neither"])
        #expect(!NodeLinkJSONReader.recognizes(try JSONParser.parse(Array("{\"papers\": []}".utf8), path: "x.json")))
    }
}
