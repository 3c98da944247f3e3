import Testing
import TestSupport
import PaperGraphIO
import PaperGraphModel

@Suite("CSV and TSV tables of papers")
struct TableImporterTests {
    @Test("reads header-driven columns with synonyms, BibTeX-style authors, and warns about bad rows")
    func papers() throws {
        let path = fixturePath("papers.csv")
        let library = try GraphLoader.importLibrary(atPath: path)
        #expect(library.papers.map(\.key) == ["vaswani2017", "bahdanau2014", "he2016", "sutskever2014"])
        let vaswani = library.papers[0]
        #expect(vaswani.authors == ["Ashish Vaswani", "Noam Shazeer"])
        #expect(vaswani.topics == ["architecture", "attention"])
        #expect(vaswani.identifiers.arxiv == "1706.03762")
        #expect(vaswani.status == .read)
        #expect(vaswani.year == 2017)
        #expect(library.papers[1].authors == ["Dzmitry Bahdanau", "Kyunghyun Cho", "Yoshua Bengio"])
        #expect(library.papers[2].title == "Deep Residual Learning\nfor Image Recognition")
        #expect(library.papers[2].year == 2016)
        #expect(library.papers[3].title == "Sequence to Sequence Learning with \"Neural\" Networks")
        #expect(library.papers[3].year == nil)
        #expect(library.diagnostics.map(\.description) == [
            "\(path):1:1: warning: columns ignored: Pages",
            "\(path):5:76: warning: expected \"read\", \"reading\" or \"unread\", found \"done\"; status ignored",
            "\(path):6:1: warning: expected an id or a title, found empty fields; row skipped",
            "\(path):7:1: warning: expected 8 fields as in the header, found 2; row skipped",
            "\(path):8:72: warning: expected a year, found \"circa 2014\"; year ignored",
        ])
    }

    @Test("adds citations from a second table, skipping rows whose citing paper is unknown")
    func citations() throws {
        let citationsPath = fixturePath("citations.csv")
        let options = ImportOptions(table: TableImportOptions(citationsPath: citationsPath))
        let library = try GraphLoader.importLibrary(atPath: fixturePath("papers.csv"), options: options)
        #expect(library.papers[0].cites.map(\.key) == ["bahdanau2014", "he2016", "missing1999"])
        #expect(library.papers[0].cites[0].location?.description == "\(citationsPath):2:13")
        #expect(library.diagnostics.suffix(2).map(\.description) == [
            "\(citationsPath):1:1: warning: columns ignored: evidence",
            "\(citationsPath):5:1: warning: citing paper 'unknown2020' is not in the papers table; citation skipped",
        ])
    }

    @Test("reads TSV by extension, maps columns, and takes an explicit author separator")
    func tsvAndOptions() throws {
        let options = ImportOptions(table: TableImportOptions(columnMap: ["Paper_ID": "id", "name": "title"]))
        let library = try GraphLoader.importLibrary(atPath: fixturePath("papers.tsv"), options: options)
        #expect(library.papers.map(\.key) == ["A1", "A2"])
        #expect(library.papers.map(\.title) == ["A tab-separated paper", "Another one"])
        #expect(library.diagnostics.isEmpty)
        #expect(TableImporter.authors("Smith, J. | Doe, A.", separator: "|") == ["J. Smith", "A. Doe"])
        #expect(TableImporter.authors("Ada Lovelace", separator: nil) == ["Ada Lovelace"])
    }

    @Test("reads a citations table given alone as an edge list, and sniffs tabs in the header")
    func citationsAlone() throws {
        let library = try TableImporter.read(Array("source\ttarget\na\tb\nb\tc\n".utf8), path: "edges.csv")
        #expect(library.papers.map(\.key) == ["a", "b", "c"])
        #expect(library.papers.map { $0.cites.map(\.key) } == [["b"], ["c"], []])
    }

    @Test("rejects a table without a title column, naming the header it found")
    func noTitle() {
        #expect(thrownDiagnostic { _ = try TableImporter.read(Array("x,y\n1,2\n".utf8), path: "p.csv") }?.description
                == "p.csv:1:1: error: expected a \"title\" column in the header, found \"x\", \"y\"")
    }

    @Test("loads the landmark ML papers with 161 papers and 1,193 citations",
          .enabled(if: SharedData.isAvailable, "needs ../shared/data (not on a user's machine)"))
    func landmarkPapers() throws {
        let folder = "ml-landmark-papers-citations/"
        let options = ImportOptions(table: TableImportOptions(citationsPath: SharedData.path(folder + "citations.csv")))
        let (graph, diagnostics) = try GraphLoader.load(paths: [SharedData.path(folder + "papers.csv")], options: options)
        // SOURCE.md: 161 nodes, 1,193 edges, 0 self-loops.
        #expect(graph.papers.count == 161)
        #expect(graph.citations.edgeCount == 1_193)
        // Four rows of papers.csv have an id but an empty title: they are kept, titled by their id.
        #expect(diagnostics.map(\.message) == [
            "columns ignored: has_reference_section, reference_pdf_source, metadata_source",
            "expected a title, found an empty field; the id '2022-12-nope-transformers-learn-positions' is used as title",
            "expected a title, found an empty field; the id '2024-08-infinitebench-long-context-evaluation' is used as title",
            "expected a title, found an empty field; the id '2025-03-longiclbench-long-in-context-learning' is used as title",
            "expected a title, found an empty field; the id '2025-05-100-longbench-long-context-benchmarks' is used as title",
            "columns ignored: evidence_snippet",
        ])
        let transformer = try #require(graph.paper(forKey: "2017-12-attention-is-all-you-need"))
        #expect(graph.citedBy.outDegree(of: transformer.index) == 66)
        #expect(graph[transformer].authors.prefix(2).map { graph[$0].name } == ["Ashish Vaswani", "Noam Shazeer"])
        let shortMemory = try #require(graph.paper(forKey: "2018-06-prediction-short-memory"))
        #expect(graph[shortMemory].authors.first.map { graph[$0].name } == "Vatsal Sharan")
    }
}
