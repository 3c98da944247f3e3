import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("Export selection")
struct ExportSelectionTests {
    let graph = ExportTestSupport.smallGraph()

    private func keys(_ selection: ExportSelection, rank: [Double]? = nil) throws -> [String] {
        try selection.papers(in: graph, rank: rank).map { graph[$0].key }
    }

    @Test("selects everything by default, in id order")
    func everything() throws {
        #expect(try keys(.everything) == ["sutskever2014", "bahdanau2014", "vaswani2017", "devlin2019"])
    }

    @Test("a topic keeps papers tagged with it or a nested topic")
    func topicWithDescendants() throws {
        let nlp = try #require(graph.topic(named: "nlp")), seq = try #require(graph.topic(named: "seq2seq"))
        #expect(try keys(ExportSelection(topic: nlp)) == ["sutskever2014", "bahdanau2014", "vaswani2017", "devlin2019"])
        #expect(try keys(ExportSelection(topic: seq)) == ["sutskever2014", "bahdanau2014"])
    }

    @Test("around walks citations and prerequisites both ways up to depth", arguments: [
        (0, ["sutskever2014"]),
        (1, ["sutskever2014", "vaswani2017"]),
        (2, ["sutskever2014", "bahdanau2014", "vaswani2017", "devlin2019"]),
    ])
    func neighbourhood(depth: Int, expected: [String]) throws {
        let start = try #require(graph.paper(forKey: "sutskever2014"))
        #expect(try keys(ExportSelection(around: start, depth: depth)) == expected)
    }

    @Test("top keeps the highest ranks, ties broken by year then key (the importance order)")
    func topByRank() throws {
        #expect(try keys(ExportSelection(top: 2), rank: [0.2, 0.3, 0.35, 0.15]) == ["bahdanau2014", "vaswani2017"])
        // devlin2019 ties on rank with the two 2014 papers but is later.
        #expect(try keys(ExportSelection(top: 2), rank: [0.5, 0.5, 0.1, 0.5]) == ["sutskever2014", "bahdanau2014"])
        // sutskever2014 (lower id) and bahdanau2014 tie on rank and year: the smaller key wins.
        #expect(try keys(ExportSelection(top: 1), rank: [0.5, 0.5, 0.1, 0.1]) == ["bahdanau2014"])
        #expect(try keys(ExportSelection(top: 10), rank: [1, 1, 1, 1]).count == 4)
        #expect(try keys(ExportSelection(top: 1), rank: [.nan, 0.1, 0.2, 0.0]) == ["vaswani2017"])
    }

    @Test("filters intersect, and top applies to what the others kept")
    func intersection() throws {
        let seq = try #require(graph.topic(named: "seq2seq"))
        let vaswani = try #require(graph.paper(forKey: "vaswani2017"))
        #expect(try keys(ExportSelection(topic: seq, around: vaswani, depth: 1)) == ["sutskever2014", "bahdanau2014"])
        #expect(try keys(ExportSelection(topic: seq, top: 1), rank: [0.2, 0.3, 0.35, 0.15]) == ["bahdanau2014"])
    }

    @Test("top without ranks, or negative sizes, are errors")
    func errors() {
        #expect(throws: Diagnostic.self) { try ExportSelection(top: 3).papers(in: graph, rank: nil) }
        #expect(throws: Diagnostic.self) { try ExportSelection(top: -1).papers(in: graph, rank: [1, 1, 1, 1]) }
        #expect(throws: Diagnostic.self) { try ExportSelection(around: PaperID(0), depth: -1).papers(in: graph, rank: nil) }
    }
}
