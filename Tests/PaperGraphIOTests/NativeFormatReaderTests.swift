import Foundation
import Testing
import PaperGraphIO
import PaperGraphModel

/// The path of a file in the test fixtures.
func fixturePath(_ name: String) -> String {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
}

@Suite("Native JSON format")
struct NativeFormatReaderTests {
    @Test("loads the minimal document from the README")
    func loadsMinimalDocument() throws {
        let (graph, diagnostics) = try GraphLoader.load(paths: [fixturePath("minimal.json")])
        #expect(diagnostics.isEmpty)
        #expect(graph.papers.count == 3)
        let vaswani = try #require(graph.paper(forKey: "vaswani2017"))
        let bahdanau = try #require(graph.paper(forKey: "bahdanau2014"))
        let paper = graph[vaswani]
        #expect(paper.title == "Attention Is All You Need")
        #expect(paper.year == 2017)
        #expect(paper.venue == "NeurIPS 2017")
        #expect(paper.status == .read)
        #expect(paper.kind == .paper)
        #expect(paper.identifiers.arxiv == "1706.03762")
        #expect(paper.identifiers.doi == "10.48550/arxiv.1706.03762")
        #expect(paper.authors.map { graph[$0].name } == ["Ashish Vaswani", "Noam Shazeer"])
        #expect(paper.topics.map { graph[$0].name } == ["Seminal Architectures"])
        #expect(graph.cited(by: vaswani) == [bahdanau])
        #expect(graph.reason(for: vaswani, prerequisite: bahdanau) == "introduces attention")
        #expect(graph.prerequisites.edgeCount == 2)
        #expect(graph[bahdanau].status == .unread)
    }

    @Test("reports every wrong type with its path, key, line and column")
    func reportsTypeErrors() throws {
        let path = fixturePath("type-errors.json")
        let library = try GraphLoader.importLibrary(atPath: path)
        #expect(library.diagnostics.map(\.description) == [
            "\(path):4:48: error: papers[1] (\"b\").year: expected an integer, found a string",
            "\(path):5:24: error: papers[2] (\"c\").title: expected a non-empty string, found a number",
            "\(path):5:57: error: papers[2] (\"c\").authors: expected an array of strings, found a string",
            "\(path):5:38: error: papers[2] (\"c\").status: expected \"read\", \"reading\" or \"unread\", found \"done\"",
            "\(path):6:3: error: papers[3]: missing required member \"id\"",
            "\(path):6:22: warning: papers[3]: unknown member \"colour\" ignored",
        ])
        #expect(library.papers.map(\.key) == ["a"])
    }

    @Test("rejects documents of another shape with one clear error", arguments: [
        ("[1, 2]", "expected a JSON object with a \"papers\" array, found an array"),
        ("{\"papers\": 3}", "document.papers: expected an array, found a number"),
        ("{\"format\": \"papergraph\", \"version\": 3, \"papers\": []}", "unsupported version 3; this papergraph reads versions 1 and 2"),
        ("{\"papers\": [{\"id\": \"a\", \"title\": \"A\", \"cites\": [1]}]}",
         "papers[0] (\"a\").cites[]: expected a paper id or {\"id\", \"source\"}, found a number"),
    ])
    func rejectsOtherShapes(text: String, message: String) throws {
        let library = NativeFormatReader.read(try JSONParser.parse(Array(text.utf8), path: "x.json"))
        #expect(library.diagnostics.map(\.message) == [message])
    }

    @Test("writes a graph that reads back as the same graph")
    func roundTrip() throws {
        let (graph, _) = try GraphLoader.load(paths: [fixturePath("minimal.json")])
        let text = NativeFormatWriter.text(for: graph)
        let again = NativeFormatReader.read(try JSONParser.parse(Array(text.utf8), path: "again.json"))
        #expect(again.diagnostics.isEmpty)
        var builder = PaperGraphBuilder()
        builder.add(again)
        let rebuilt = builder.build().graph
        #expect(rebuilt.papers == graph.papers)
        #expect(rebuilt.authors == graph.authors)
        #expect(rebuilt.topics == graph.topics)
        #expect(rebuilt.citations == graph.citations)
        #expect(rebuilt.prerequisites == graph.prerequisites)
        #expect(rebuilt.prerequisiteReasons == graph.prerequisiteReasons)
        #expect(NativeFormatWriter.text(for: rebuilt) == text)
    }

    @Test("gives one clear error for a missing file, a folder and invalid UTF-8")
    func unreadableInputs() throws {
        #expect(throws: Diagnostic.error("/no/such/file.json: no such file")) {
            try GraphLoader.load(paths: ["/no/such/file.json"])
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: Diagnostic.error("\(folder): is a directory, expected a file")) {
            try GraphLoader.load(paths: [folder])
        }
    }
}
