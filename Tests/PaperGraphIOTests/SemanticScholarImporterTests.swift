import Testing
import TestSupport
import PaperGraphIO
import PaperGraphModel

@Suite("Semantic Scholar papers and S2AG records")
struct SemanticScholarImporterTests {
    @Test("reads an API page: references become citations with their metadata, citers external records")
    func apiPage() throws {
        let path = fixturePath("s2-api.json")
        let library = try GraphLoader.importLibrary(atPath: path, format: .s2)
        #expect(library.papers.map(\.key) == [
            "s2:13756489", "s2:df2b0e26d0599ce3e70df8a9da02e51594e0e992", "s2:fa72afa9b2cbc8f0d7b05d52548906610ffbb9c5",
        ])
        #expect(library.papers.map(\.isExternal) == [false, true, false])
        let attention = library.papers[0]
        #expect(attention.title == "Attention is All you Need")
        #expect(attention.year == 2017)
        #expect(attention.venue == "Neural Information Processing Systems")
        #expect(attention.authors == ["Ashish Vaswani", "Noam Shazeer"])
        #expect(attention.topics == ["Computer Science", "Linguistics"])
        #expect(attention.identifiers.doi == "10.48550/arxiv.1706.03762")
        #expect(attention.identifiers.arxiv == "1706.03762")
        #expect(attention.identifiers.other == ["s2": "204e3073870fae3d05bcbc2f6a8e263d9b72e776", "s2corpus": "13756489",
                                                "dblp": "conf/nips/VaswaniSPUJGKP17"])
        // Three references: two by paperId (one with title and year), one S2 could not link, kept by its title.
        #expect(attention.cites.map(\.key) == ["s2:fa72afa9b2cbc8f0d7b05d52548906610ffbb9c5", "s2:cea967b59209c6be22829699f05b8b1ac4dc092d", ""])
        #expect(attention.cites.map(\.title) == ["Neural Machine Translation by Jointly Learning to Align and Translate", nil,
                                                "A reference Semantic Scholar could not resolve"])
        #expect(attention.cites[0].year == 2014)
        #expect(attention.cites[1].identifiers.semanticScholar == "cea967b59209c6be22829699f05b8b1ac4dc092d")
        // The citing paper is outside the input: an external record that cites the top-level paper.
        #expect(library.papers[1].title == "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding")
        #expect(library.papers[1].cites.map(\.key) == ["s2:13756489"])
        #expect(library.papers[2].identifiers.arxiv == "1409.0473")
        #expect(library.diagnostics.map(\.description) == [
            "\(path):18:12: error: data[1].year: expected an integer, found a string",
            "\(path):19:3: warning: data[2]: expected a Semantic Scholar paper (with \"paperId\" or \"corpusid\") or citation (with \"citingcorpusid\"), found an object with members \"title\"; skipped",
        ])
    }

    @Test("references outside the input become external papers: named by title, or by their id until enriched")
    func apiPageGraph() throws {
        let library = try GraphLoader.importLibrary(atPath: fixturePath("s2-api.json"), format: .s2)
        var builder = PaperGraphBuilder()
        builder.add(library)
        let graph = builder.build().graph
        #expect(graph.papers.map(\.key) == [
            "s2:13756489", "s2:df2b0e26d0599ce3e70df8a9da02e51594e0e992", "s2:fa72afa9b2cbc8f0d7b05d52548906610ffbb9c5",
            "s2:cea967b59209c6be22829699f05b8b1ac4dc092d", "ref:a-reference-semantic-scholar-could-not-resolve",
        ])
        #expect(graph.papers.map(\.isExternal) == [false, true, false, true, true])
        #expect(graph.externalPaperCount == 3)
        let stub = try #require(graph.paper(forKey: "s2:cea967b59209c6be22829699f05b8b1ac4dc092d"))
        #expect(graph[stub].title == "")
        #expect(graph[stub].displayTitle == "s2:cea967b59209c6be22829699f05b8b1ac4dc092d")
        let attention = try #require(graph.paper(forKey: "s2:13756489"))
        #expect(graph.cited(by: attention).count == 3)
        #expect(graph.citing(attention).map { graph[$0].key } == ["s2:df2b0e26d0599ce3e70df8a9da02e51594e0e992"])
        #expect(graph.unresolvedReferences.isEmpty)
    }

    @Test("reads bulk papers and citations from JSON Lines with string and number ids")
    func bulk() throws {
        let path = fixturePath("s2-bulk.jsonl")
        let library = try GraphLoader.importLibrary(atPath: path)
        #expect(library.papers.map(\.key) == ["s2:13756489", "s2:52967399"])
        #expect(library.papers[0].venue == "Neural Information Processing Systems")
        #expect(library.papers[0].identifiers.other["mag"] == "2963403868")
        #expect(library.papers[0].cites.map(\.key) == ["s2:11212020"])
        #expect(library.papers[1].title == "")
        #expect(library.papers[1].cites.map(\.key) == ["s2:13756489"])
        #expect(library.diagnostics.map(\.description) == [
            "\(path):4:46: warning: records[3].citedcorpusid: expected a corpus id, found null; citation skipped",
        ])
    }

    @Test("reads the official S2AG papers and citations samples",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data (not on a user's machine)"))
    func officialSamples() throws {
        let folder = "semantic-scholar-s2ag-samples/"
        let papers = try GraphLoader.importLibrary(atPath: SharedData.path(folder + "papers/papers-sample.jsonl.gz"), format: .s2)
        // SOURCE.md: 100 records; every one has a corpus id, a title and a year.
        #expect(papers.papers.count == 100)
        #expect(papers.diagnostics.isEmpty)
        let first = try #require(papers.papers.first)
        #expect(first.key == "s2:223588394")
        #expect(first.title == "Attaching Importance to Mental Quality Education in Clinical Practice")
        #expect(first.identifiers.doi == "10.3760/cma.j.issn.2095-1485.2006.01.019")
        #expect(first.topics == ["Education", "Psychology"])

        let citations = try GraphLoader.importLibrary(atPath: SharedData.path(folder + "citations/citations-sample.jsonl.gz"))
        // SOURCE.md: 100 records, 17 with citedcorpusid null (skipped with a warning). The 100
        // citing ids are distinct, so the other 83 give 83 stub papers with one citation each, all
        // to papers not in the sample (the builder reports them as unknown).
        #expect(citations.papers.count == 83)
        #expect(citations.papers.map(\.cites.count).reduce(0, +) == 83)
        #expect(citations.diagnostics.count == 17)
    }
}
