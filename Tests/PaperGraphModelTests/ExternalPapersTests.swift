import Testing
import PaperGraphModel

/// Builds a graph from records, returning it with the warnings' messages.
private func build(_ records: [PaperRecord]) -> (graph: PaperGraph, messages: [String]) {
    var builder = PaperGraphBuilder()
    for record in records { builder.add(record) }
    let (graph, diagnostics) = builder.build()
    return (graph, diagnostics.map(\.message))
}

private let here = SourceLocation(file: "/home/me/list.md", line: 1, column: 1)

@Suite("External papers: references outside the list are kept")
struct ExternalPapersTests {
    @Test("two papers citing the same DOI meet at one external paper; a bare unknown key stays unresolved")
    func sameDOI() throws {
        let (graph, messages) = build([
            PaperRecord(key: "a", title: "A", cites: [PaperReference("10.1000/shared"), PaperReference("typo2019")], location: here),
            PaperRecord(key: "b", title: "B", cites: [PaperReference("https://doi.org/10.1000/SHARED")], location: here),
        ])
        #expect(graph.papers.count == 3)
        #expect(graph.externalPaperCount == 1)
        let shared = try #require(graph.paper(forDOI: "10.1000/shared"))
        #expect(graph[shared].isExternal)
        #expect(graph[shared].key == "10.1000/shared")
        #expect(graph[shared].title == "")
        #expect(graph[shared].displayTitle == "10.1000/shared")
        #expect(Set(graph.citing(shared).map { graph[$0].key }) == ["a", "b"])
        #expect(graph.unresolvedReferences.map(\.reference) == ["typo2019"])
        #expect(messages == ["'a' cites unknown paper 'typo2019'; citation dropped"])
        let stats = GraphStatistics(graph)
        #expect(stats.papers == 2)
        #expect(stats.external == 1)
        #expect(stats.unread == 2)
        #expect(stats.citationsBySource == [.init(source: "list.md", citations: 2)])
    }

    @Test("OpenAlex ids dedupe, fetched metadata names the work, and each citation keeps its source")
    func openAlexReferences() throws {
        let w = { (id: String) in PaperReference("openalex:" + id, identifiers: PaperIdentifiers(other: ["openalex": id]), source: "openalex") }
        let (graph, _) = build([
            PaperRecord(key: "mine1", title: "Mine one", cites: [w("W1"), w("W2"), PaperReference("mine2")], location: here),
            PaperRecord(key: "mine2", title: "Mine two", cites: [w("W1")], location: here),
            // The metadata of W1, fetched separately.
            PaperRecord(key: "openalex:W1", title: "Attention Is All You Need", year: 2017,
                        identifiers: PaperIdentifiers(doi: "10.48550/arXiv.1706.03762", other: ["openalex": "W1"]), isExternal: true),
        ])
        #expect(graph.papers.map(\.key) == ["mine1", "mine2", "openalex:W1", "openalex:W2"])
        #expect(graph.papers.map(\.isExternal) == [false, false, true, true])
        let w1 = try #require(graph.paper(for: PaperIdentifiers(other: ["openalex": "W1"])))
        #expect(graph[w1].title == "Attention Is All You Need")
        #expect(graph.citing(w1).count == 2)
        let mine1 = try #require(graph.paper(forKey: "mine1")), mine2 = try #require(graph.paper(forKey: "mine2"))
        #expect(graph.source(ofCitationFrom: mine1, to: w1) == "openalex")
        #expect(graph.source(ofCitationFrom: mine1, to: mine2) == "list.md")
        #expect(GraphStatistics(graph).citationsBySource == [.init(source: "openalex", citations: 3), .init(source: "list.md", citations: 1)])
    }

    @Test("references known only by title merge by normalized title and year, and the merge is reported")
    func titleOnly() throws {
        let (graph, messages) = build([
            PaperRecord(key: "a", title: "A", cites: [PaperReference("", title: "Deep Residual Learning", year: 2016),
                                                      PaperReference("", title: "deep residual learning.", year: 2016),
                                                      PaperReference("", title: "Deep Residual Learning", year: 2015)]),
            PaperRecord(key: "b", title: "B", cites: [PaperReference("", title: "Deep  Residual Learning", year: 2016)]),
        ])
        let external = graph.papers.filter(\.isExternal)
        #expect(external.map(\.key) == ["ref:deep-residual-learning-2016", "ref:deep-residual-learning-2015"])
        #expect(graph.citations.edgeCount == 3)
        #expect(messages == ["4 references known only by title merged into 2 external papers by normalized title and year"])
    }

    @Test("a later reference fills what an id-only external paper lacks; a title reference meets one of your papers")
    func completesStubs() throws {
        let (graph, _) = build([
            PaperRecord(key: "a", title: "A", cites: [PaperReference("arXiv:1706.03762")]),
            PaperRecord(key: "b", title: "B", cites: [PaperReference("", identifiers: PaperIdentifiers(arxiv: "1706.03762v5"),
                                                                     title: "Attention Is All You Need", year: 2017,
                                                                     authors: ["Ashish Vaswani"]),
                                                      PaperReference("", title: "A", year: nil)]),
        ])
        let attention = try #require(graph.paper(forArXiv: "1706.03762"))
        #expect(graph[attention].key == "arXiv:1706.03762")
        #expect(graph[attention].title == "Attention Is All You Need")
        #expect(graph[attention].year == 2017)
        #expect(graph[attention].authors.map { graph[$0].name } == ["Ashish Vaswani"])
        #expect(graph.citing(attention).map { graph[$0].key } == ["a", "b"])
        let a = try #require(graph.paper(forKey: "a")), b = try #require(graph.paper(forKey: "b"))
        #expect(graph.cited(by: b).contains(a))
        #expect(graph.externalPaperCount == 1)
    }

    @Test("two records of the same OpenAlex work merge (the arXiv link of a list and the DOI of a .bib)")
    func sameWork() {
        let (graph, _) = build([
            PaperRecord(key: "list-item", title: "Attention is all you need (arXiv)", identifiers: PaperIdentifiers(arxiv: "1706.03762", other: ["openalex": "W2963403868"])),
            PaperRecord(key: "vaswani2017", title: "Attention Is All You Need", identifiers: PaperIdentifiers(doi: "10.5555/3295222", other: ["openalex": "W2963403868"])),
        ])
        #expect(graph.papers.count == 1)
        #expect(graph.papers[0].aliases == ["vaswani2017"])
    }

    @Test("analyses run on the whole graph but list only your papers unless asked")
    func listing() throws {
        // a and b are read; c (unread) cites the read a and two external works; d cites an unread external.
        let e = { (suffix: String) in PaperReference("10.1000/" + suffix) }
        let (graph, _) = build([
            PaperRecord(key: "a", title: "A", status: .read, cites: [e("x")]),
            PaperRecord(key: "b", title: "B", status: .read, cites: [e("x"), e("y")]),
            PaperRecord(key: "c", title: "C", cites: [PaperReference("a"), e("x"), e("y")]),
            PaperRecord(key: "d", title: "D", cites: [e("z")]),
        ])
        let next = graph.nextPapers().map { graph[$0.paper].key }
        // External references never hold a paper back; external papers are not listed.
        #expect(next.sorted() == ["c", "d"])
        let withExternal = graph.nextPapers(includeExternal: true).map { graph[$0.paper].key }
        #expect(Set(withExternal) == ["c", "d", "10.1000/x", "10.1000/y", "10.1000/z"])
        let c = try #require(graph.paper(forKey: "c"))
        #expect(graph.relatedPapers(to: c).allSatisfy { !graph[$0.paper].isExternal })
        // a (cited by c, sharing the external x) before b (sharing x and y, two steps away).
        #expect(graph.relatedPapers(to: c).map { graph[$0.paper].key } == ["a", "b"])
        #expect(graph.relatedPapers(to: c, options: .init(includeExternal: true)).contains { graph[$0.paper].isExternal })
        let path = graph.readingPath(to: [c], options: .init(includeRead: true), ranking: graph.rankPapers())
        #expect(path.steps.map { graph[$0.paper].key } == ["a", "c"])
        #expect(graph.listedPaperIDs(includeExternal: false).map { graph[$0].key } == ["a", "b", "c", "d"])
    }

    @Test("records() builds back into the same graph")
    func recordsRoundTrip() {
        let (graph, _) = build([
            PaperRecord(key: "a", title: "A", year: 2020, authors: ["X Y"], topics: ["t"], status: .read,
                        cites: [PaperReference("openalex:W9", source: "openalex"), PaperReference("b")],
                        prerequisites: [PaperReference("b", reason: "basics")], location: here),
            PaperRecord(key: "b", title: "B", location: here),
        ])
        var builder = PaperGraphBuilder()
        builder.add(graph.records())
        let (again, messages) = builder.build()
        #expect(messages.isEmpty)
        #expect(again.papers == graph.papers)
        #expect(again.citations == graph.citations)
        let sources = { (g: PaperGraph) in (0..<g.citations.edgeCount).map { g.citationProvenance.source(atSlot: $0) } }
        #expect(sources(again) == sources(graph))
        #expect(sources(graph) == ["list.md", "openalex"])  // row order: b (id 1), then openalex:W9 (id 2)
        #expect(again.prerequisiteReasons == graph.prerequisiteReasons)
        #expect(again.topics == graph.topics)
    }
}

@Suite("Identifiers spelled in a reference")
struct SpelledIdentifierTests {
    @Test("recognises the schemes, and nothing in a citation key", arguments: [
        ("openalex:W2741809807", "openalex", "W2741809807"), ("https://openalex.org/W123", "openalex", "W123"),
        ("s2:13756489", "s2corpus", "13756489"), ("s2:204E3073870FAE3D05BCBC2F6A8E263D9B72E776", "s2", "204e3073870fae3d05bcbc2f6a8e263d9b72e776"),
        ("doi:10.1145/3292500", "doi", "10.1145/3292500"), ("10.18653/v1/N19-1423", "doi", "10.18653/v1/n19-1423"),
        ("arXiv:1706.03762v5", "arxiv", "1706.03762"), ("2004.05150", "arxiv", "2004.05150"),
        ("vaswani2017", "", ""), ("10.5", "", ""), ("2017.1", "", ""), ("W123", "", ""),
    ])
    func schemes(_ text: String, _ scheme: String, _ value: String) {
        let ids = PaperIdentifiers.spelledOut(in: text)
        switch scheme {
        case "doi": #expect(ids.doi == value)
        case "arxiv": #expect(ids.arxiv == value)
        case "": #expect(!ids.namesWork)
        default: #expect(ids.other[scheme] == value)
        }
    }
}
