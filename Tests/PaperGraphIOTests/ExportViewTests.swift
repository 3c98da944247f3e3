import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("Export view")
struct ExportViewTests {
    let graph = ExportTestSupport.smallGraph()

    @Test("papers come first, then topics, then authors; edges sorted by source and target")
    func stableOrder() throws {
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: true, includeAuthors: true))
        #expect(view.nodes.map(\.id) == [
            "sutskever2014", "bahdanau2014", "vaswani2017", "devlin2019", "topic:nlp", "topic:seq2seq",
            "author:Ilya Sutskever", "author:Oriol Vinyals", "author:Dzmitry Bahdanau", "author:Ashish Vaswani",
            "author:Jacob Devlin",
        ])
        let pairs = view.edges.map { "\(view.nodes[$0.source].key)>\(view.nodes[$0.target].key):\($0.kind.rawValue)" }
        #expect(pairs == [
            "sutskever2014>seq2seq:tagged", "bahdanau2014>seq2seq:tagged",
            "vaswani2017>sutskever2014:prerequisite", "vaswani2017>bahdanau2014:cites", "vaswani2017>nlp:tagged",
            "devlin2019>bahdanau2014:prerequisite", "devlin2019>vaswani2017:cites", "devlin2019>nlp:tagged",
            "Ilya Sutskever>sutskever2014:authored", "Oriol Vinyals>sutskever2014:authored",
            "Dzmitry Bahdanau>bahdanau2014:authored", "Ashish Vaswani>vaswani2017:authored",
            "Jacob Devlin>devlin2019:authored",
        ])
        #expect(view.nodes[5].parentTopic == "nlp")
        #expect(view.nodes[4].parentTopic == nil)
    }

    @Test("a citation that is also a prerequisite is one edge with its reason")
    func mergesParallelRelations() throws {
        let view = try ExportView(graph: graph)
        let merged = try #require(view.edges.first { view.nodes[$0.source].key == "vaswani2017" && view.nodes[$0.target].key == "sutskever2014" })
        #expect(merged.kind == .prerequisite && merged.cites && merged.reason == "encoder-decoder")
        let plain = try #require(view.edges.first { view.nodes[$0.source].key == "devlin2019" && view.nodes[$0.target].key == "bahdanau2014" })
        #expect(plain.kind == .prerequisite && !plain.cites)
        #expect(view.edges.count == 4)
    }

    @Test("decorations land on the right papers, and the path links consecutive steps")
    func decorations() throws {
        let view = try ExportView(graph: graph, decorations: ExportTestSupport.smallDecorations(graph))
        #expect(view.nodes.map(\.rank) == [0.2, 0.3, 0.35, 0.15])
        #expect(view.nodes.map(\.clusterLabel) == ["RNN era", "RNN era", "Transformers", "Transformers"])
        #expect(view.nodes.map(\.pathStep) == [1, 2, 3, 4])
        // sutskever→bahdanau has no edge; bahdanau–vaswani and vaswani–devlin do.
        #expect(view.pathLinks.map(\.step) == [1, 2, 3])
        #expect(view.pathLinks.map { $0.edge != nil } == [false, true, true])
        #expect(view.edges.compactMap(\.pathStep).sorted() == [2, 3])
    }

    @Test("a path step outside the selection breaks the chain but keeps numbers")
    func pathOutsideSelection() throws {
        let vaswani = try #require(graph.paper(forKey: "vaswani2017"))
        let view = try ExportView(graph: graph, selection: ExportSelection(around: vaswani, depth: 0),
                                  decorations: ExportTestSupport.smallDecorations(graph))
        #expect(view.nodes.map(\.pathStep) == [3])
        #expect(view.pathLinks.isEmpty)
    }

    @Test("node ids stay unique when a paper key looks like a topic id")
    func uniqueIDs() throws {
        var builder = PaperGraphBuilder()
        builder.add(ImportedLibrary(papers: [PaperRecord(key: "topic:nlp", title: "A", topics: ["nlp"])]))
        let view = try ExportView(graph: builder.build().graph, selection: ExportSelection(includeTopics: true))
        #expect(view.nodes.map(\.id) == ["topic:nlp", "topic:nlp#2"])
    }
}
