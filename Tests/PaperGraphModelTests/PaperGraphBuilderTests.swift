import Testing
import PaperGraphModel

@Suite("PaperGraphBuilder")
struct PaperGraphBuilderTests {
    private func build(_ records: [PaperRecord], topics: [TopicRecord] = []) -> (PaperGraph, [Diagnostic]) {
        var builder = PaperGraphBuilder()
        builder.add(ImportedLibrary(papers: records, topics: topics))
        let built = builder.build()
        return (built.graph, built.diagnostics)
    }

    @Test("interns keys into dense ids in order of first appearance")
    func internsKeys() throws {
        let (graph, diagnostics) = build([
            PaperRecord(key: "b", title: "Second", cites: [PaperReference("a")]),
            PaperRecord(key: "a", title: "First"),
        ])
        #expect(diagnostics.isEmpty)
        #expect(graph.papers.map(\.key) == ["b", "a"])
        let a = try #require(graph.paper(forKey: "a")), b = try #require(graph.paper(forKey: "b"))
        #expect(graph.cited(by: b) == [a])
        #expect(graph.citing(a) == [b])
    }

    @Test("merges records with the same DOI, arXiv id, or title and year")
    func mergesDuplicates() throws {
        let (graph, _) = build([
            PaperRecord(key: "vaswani2017", title: "Attention Is All You Need", year: 2017,
                        identifiers: PaperIdentifiers(arxiv: "1706.03762")),
            PaperRecord(key: "attention", title: "Attention is all you need", year: 2017,
                        authors: ["Ashish Vaswani"], identifiers: PaperIdentifiers(arxiv: "arXiv:1706.03762v7")),
            PaperRecord(key: "bert", title: "BERT", identifiers: PaperIdentifiers(doi: "https://doi.org/10.18653/V1/N19-1423")),
            PaperRecord(key: "devlin2019", title: "BERT: Pre-training", identifiers: PaperIdentifiers(doi: "10.18653/v1/n19-1423"),
                        status: .read),
            PaperRecord(key: "resnet", title: "Deep Residual Learning!", year: 2016),
            PaperRecord(key: "he2016", title: "deep residual   learning", year: 2016, venue: "CVPR"),
            PaperRecord(key: "other-year", title: "Deep Residual Learning", year: 2015),
        ])
        #expect(graph.papers.count == 4)
        let transformer = try #require(graph.paper(forKey: "attention"))
        #expect(graph[transformer].key == "vaswani2017")
        #expect(graph[transformer].aliases == ["attention"])
        #expect(graph[transformer].authors.map { graph[$0].name } == ["Ashish Vaswani"])
        let bert = try #require(graph.paper(forKey: "devlin2019"))
        #expect(graph[bert].status == .read)
        #expect(graph.paper(forDOI: "10.18653/V1/N19-1423") == bert)
        #expect(graph[try #require(graph.paper(forKey: "he2016"))].venue == "CVPR")
        #expect(graph.paper(forKey: "other-year") != graph.paper(forKey: "resnet"))
    }

    @Test("does not merge same-titled works that contradict each other")
    func keepsDistinctWorks() {
        let (graph, _) = build([
            PaperRecord(key: "book", title: "Deep Learning", year: 2015, identifiers: PaperIdentifiers(url: "https://www.deeplearningbook.org/"), kind: .book),
            PaperRecord(key: "survey", title: "Deep learning", year: 2015, identifiers: PaperIdentifiers(url: "https://www.nature.com/articles/nature14539")),
            PaperRecord(key: "course", title: "Reinforcement Learning", year: 2018, kind: .course),
            PaperRecord(key: "rl-book", title: "Reinforcement learning", year: 2018, kind: .book),
            PaperRecord(key: "rl-paper", title: "Reinforcement learning", year: 2018, kind: .paper),
            PaperRecord(key: "same-site", title: "Deep learning", year: 2015, identifiers: PaperIdentifiers(url: "http://deeplearningbook.org/index.html")),
            PaperRecord(key: "a", title: "Attention", year: 2020, authors: ["Ada Lovelace"]),
            PaperRecord(key: "b", title: "Attention", year: 2020, authors: ["Alan Turing"]),
            PaperRecord(key: "c", title: "Attention", year: 2020, authors: ["A. Turing", "Grace Hopper"]),
            PaperRecord(key: "d", title: "Transformers", year: 2021, identifiers: PaperIdentifiers(doi: "10.1/a")),
            PaperRecord(key: "e", title: "Transformers", year: 2021, identifiers: PaperIdentifiers(doi: "10.1/b")),
        ])
        #expect(graph.papers.map(\.key) == ["book", "survey", "course", "rl-book", "a", "b", "d", "e"])
        #expect(graph.paper(forKey: "rl-paper") == graph.paper(forKey: "course"))
        #expect(graph.paper(forKey: "same-site") == graph.paper(forKey: "book"))
        #expect(graph[graph.paper(forKey: "c")!].key == "b")
    }

    @Test("reports conflicting fields with both values")
    func reportsConflicts() {
        let (_, diagnostics) = build([
            PaperRecord(key: "x", title: "A Paper", year: 2017, identifiers: PaperIdentifiers(arxiv: "1234.5678")),
            PaperRecord(key: "y", title: "A Paper", year: 2018, identifiers: PaperIdentifiers(arxiv: "1234.5678")),
        ])
        #expect(diagnostics.map(\.message) == ["conflicting year for 'x' and 'y': kept \"2017\", ignored \"2018\"",
                                              "2 records merged into 1 paper: 1 by arXiv id; `papergraph validate --merges` lists them"])
    }

    @Test("warns about duplicate keys, unknown citations and self-citations, and drops those edges")
    func warnsAboutBadReferences() throws {
        let location = SourceLocation(file: "g.json", line: 3, column: 7)
        let (graph, diagnostics) = build([
            PaperRecord(key: "a", title: "A", cites: [PaperReference("a", at: location), PaperReference("ghost"), PaperReference("b")]),
            PaperRecord(key: "b", title: "B"),
            PaperRecord(key: "a", title: "A again"),
        ])
        #expect(graph.papers.count == 2)
        #expect(graph.citations.edgeCount == 1)
        #expect(graph.selfCitations == [try #require(graph.paper(forKey: "a"))])
        #expect(graph.unresolvedReferences.map(\.reference) == ["ghost"])
        #expect(diagnostics.map(\.description) == [
            "warning: duplicate key 'a'; records merged",
            "warning: conflicting title for 'a': kept \"A\", ignored \"A again\"",
            "g.json:3:7: warning: 'a' cites itself; citation dropped",
            "warning: 'a' cites unknown paper 'ghost'; citation dropped",
            "warning: 2 records merged into 1 paper: 1 by key; `papergraph validate --merges` lists them",
        ])
    }

    @Test("resolves references by DOI and arXiv id as well as by key")
    func resolvesByIdentifier() throws {
        let (graph, diagnostics) = build([
            PaperRecord(key: "a", title: "A", cites: [PaperReference("10.1000/XYZ"), PaperReference("arXiv:2101.00001v2")]),
            PaperRecord(key: "b", title: "B", identifiers: PaperIdentifiers(doi: "10.1000/xyz")),
            PaperRecord(key: "c", title: "C", identifiers: PaperIdentifiers(arxiv: "2101.00001")),
        ])
        #expect(diagnostics.isEmpty)
        #expect(graph.citations.edgeCount == 2)
    }

    @Test("keeps prerequisites with their reasons and joins them with citations for reading order")
    func prerequisites() throws {
        let (graph, _) = build([
            PaperRecord(key: "flash2", title: "FlashAttention-2", prerequisites: [PaperReference("flash", reason: "follow-up")]),
            PaperRecord(key: "flash", title: "FlashAttention", cites: [PaperReference("transformer")]),
            PaperRecord(key: "transformer", title: "Transformer"),
        ])
        let flash2 = try #require(graph.paper(forKey: "flash2")), flash = try #require(graph.paper(forKey: "flash"))
        #expect(graph.prerequisites(of: flash2) == [flash])
        #expect(graph.reason(for: flash2, prerequisite: flash) == "follow-up")
        #expect(graph.readingDependencies.edgeCount == 2)
        #expect(graph.dependents.hasEdge(from: flash.index, to: flash2.index))
    }

    @Test("interns authors and topics, with topic parents and name lookup")
    func authorsAndTopics() throws {
        let (graph, diagnostics) = build([
            PaperRecord(key: "a", title: "A", authors: ["Ada  Lovelace", "Alan Turing"], topics: ["Seminal Architectures", "nlp"]),
            PaperRecord(key: "b", title: "B", authors: ["Alan Turing"], topics: ["NLP"]),
        ], topics: [TopicRecord(key: "nlp", name: "Natural Language Processing", parent: "ml")])
        #expect(diagnostics.isEmpty)
        #expect(graph.authors.map(\.name) == ["Ada Lovelace", "Alan Turing"])
        #expect(graph.authorship.columns(of: 1).count == 2)
        let nlp = try #require(graph.topic(named: "nlp"))
        #expect(graph[nlp].name == "Natural Language Processing")
        #expect(graph.topic(named: "natural language processing") == nlp)
        #expect(graph[try #require(graph[nlp].parent)].key == "ml")
        #expect(graph.topic(named: "Seminal Architectures").map { graph[$0].key } == "seminal-architectures")
        #expect(graph.topicPapers.columns(of: nlp.index).count == 2)
    }

    @Test("reverse adjacency mirrors forward adjacency for every relation")
    func reverseMirrorsForward() {
        var records: [PaperRecord] = []
        for i in 0..<60 {
            let cites = (0..<(i % 7)).map { PaperReference("p\((i * 13 + $0 * 7) % 60)") }
            records.append(PaperRecord(key: "p\(i)", title: "Paper \(i)", authors: ["A\(i % 5)", "A\(i % 11)"],
                                       topics: ["t\(i % 4)"], cites: cites))
        }
        let (graph, _) = build(records)
        for (s, d) in graph.citations.edges { #expect(graph.citedBy.hasEdge(from: Int(d), to: Int(s))) }
        #expect(graph.citedBy.edgeCount == graph.citations.edgeCount)
        #expect(graph.paperAuthors.pairCount == graph.authorship.pairCount)
        #expect(graph.paperAuthors.transposed() == graph.authorship)
        #expect(graph.topicPapers.transposed() == graph.tagging)
    }
}
