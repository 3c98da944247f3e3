import Testing
import TestSupport
import PaperGraphIO
import PaperGraphModel

@Suite("Semantic Scholar papers and S2AG records")
struct SemanticScholarImporterTests {
    @Test("reads an API page with nested references and citations, merging a paper seen twice")
    func apiPage() throws {
        let path = fixturePath("s2-api.json")
        let library = try GraphLoader.importLibrary(atPath: path, format: .s2)
        #expect(library.papers.map(\.key) == [
            "s2:13756489", "s2:fa72afa9b2cbc8f0d7b05d52548906610ffbb9c5", "s2:cea967b59209c6be22829699f05b8b1ac4dc092d",
            "s2:df2b0e26d0599ce3e70df8a9da02e51594e0e992",
        ])
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
        #expect(attention.cites.map(\.key) == ["s2:fa72afa9b2cbc8f0d7b05d52548906610ffbb9c5", "s2:cea967b59209c6be22829699f05b8b1ac4dc092d"])
        // The nested reference came first; the top-level record of the same paper fills its gaps.
        #expect(library.papers[1].identifiers.arxiv == "1409.0473")
        #expect(library.papers[2].title == "s2:cea967b59209c6be22829699f05b8b1ac4dc092d")
        #expect(library.papers[3].cites.map(\.key) == ["s2:13756489"])
        #expect(library.diagnostics.map(\.description) == [
            "\(path):12:6: warning: data[0].references[2]: expected a paper with \"paperId\", found an object with members \"paperId\", \"title\"; skipped",
            "\(path):18:12: error: data[1].year: expected an integer, found a string",
            "\(path):19:3: warning: data[2]: expected a Semantic Scholar paper (with \"paperId\" or \"corpusid\") or citation (with \"citingcorpusid\"), found an object with members \"title\"; skipped",
        ])
    }

    @Test("reads bulk papers and citations from JSON Lines with string and number ids")
    func bulk() throws {
        let path = fixturePath("s2-bulk.jsonl")
        let library = try GraphLoader.importLibrary(atPath: path)
        #expect(library.papers.map(\.key) == ["s2:13756489", "s2:52967399"])
        #expect(library.papers[0].venue == "Neural Information Processing Systems")
        #expect(library.papers[0].identifiers.other["mag"] == "2963403868")
        #expect(library.papers[0].cites.map(\.key) == ["s2:11212020"])
        #expect(library.papers[1].title == "s2:52967399")
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
