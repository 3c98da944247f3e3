import Foundation
import Testing

/// `related` on one `.pgraph` file, with the paper named by its key, scores over the file's
/// columns; the output must be byte for byte what the whole graph gives (the same graph read
/// from JSON, and the same file when the paper is named by its title, which takes the general path).
@Suite("related over .pgraph columns")
struct RelatedColumnPathTests {
    /// Shared authors and topics (one nested), titles with a colon (short titles), equal
    /// scores in one year and none, a reference of a reference, a citation cycle, an external
    /// paper and an isolated one.
    static let graphJSON = """
    {"version": 2,
     "topics": [{"id": "ml", "name": "Machine learning"}, {"id": "nlp", "name": "Language", "parent": "ml"}],
     "papers": [
      {"id": "q", "title": "Query: the subject", "year": 2015, "authors": ["Ada", "Bo"], "topics": ["nlp"],
       "cites": ["r1", "r2", "ext"]},
      {"id": "r1", "title": "Ref one", "year": 2010, "authors": ["Ada"], "cites": ["rr"]},
      {"id": "r2", "title": "Ref two", "year": 2010, "topics": ["ml"], "cites": ["rr", "r1"]},
      {"id": "rr", "title": "Root: far back", "year": 2001},
      {"id": "c1", "title": "Citer: one", "year": 2018, "cites": ["q", "r1"], "authors": ["Bo", "Cy"], "topics": ["nlp", "ml"]},
      {"id": "c2", "title": "Citer two", "year": 2018, "cites": ["q", "r2"]},
      {"id": "tw1", "title": "Twin one", "cites": ["r1", "r2"]},
      {"id": "tw2", "title": "Twin two", "cites": ["r1", "r2"]},
      {"id": "l1", "title": "Loop one", "year": 2016, "cites": ["l2", "q"]},
      {"id": "l2", "title": "Loop two", "year": 2016, "cites": ["l1"], "topics": ["nlp"]},
      {"id": "ext", "title": "Outside", "year": 2000, "external": true, "cites": ["rr"]},
      {"id": "alone", "title": "Alone", "year": 1999, "authors": ["Ada"]}
    ]}
    """

    @Test("related prints the same bytes from .pgraph columns as from the whole graph", arguments: ["table", "json", "csv"])
    func sameOutput(format: String) throws {
        let source = try temporaryFile("related-columns-\(format).json", Self.graphJSON)
        let binary = source.replacingOccurrences(of: ".json", with: ".pgraph")
        #expect(runCLI(["convert", source, "-o", binary]).status == 0)
        let titles = ["q": "Query: the subject", "c1": "Citer: one", "rr": "Root: far back", "l2": "Loop two", "alone": "Alone"]
        for (key, title) in titles.sorted(by: { $0.key < $1.key }) {
            for extra in [[], ["--include-external"], ["-n", "2"]] {
                let options = ["--format", format] + extra
                let whole = runCLI(["related", source, key] + options)
                let columns = runCLI(["related", binary, key] + options)
                let byTitle = runCLI(["related", binary, "--paper", title] + options)
                #expect(whole.status == 0 && columns.status == 0, "\(key) \(options)")
                #expect(columns.out == whole.out && columns.err == whole.err, "\(key) \(options)")
                #expect(byTitle.out == whole.out, "\(key) \(options)")
            }
        }
    }

    @Test("a generated graph with authors and topics gives the same related papers from columns")
    func generated() throws {
        let (json, binary) = try generatedGraphFiles(papers: 300, refs: 4, seed: 5)
        for key in ["0", "1", "17", "150", "299"] {
            let whole = runCLI(["related", json, key, "--format", "json", "-n", "12"])
            let columns = runCLI(["related", binary, key, "--format", "json", "-n", "12"])
            #expect(whole.status == 0 && columns.out == whole.out, "\(key)")
        }
    }
}
