import Foundation
import Testing

/// `clusters --citations-only` on one `.pgraph` file runs on the file's columns; the output must
/// be byte for byte what the whole graph gives (the same graph read from JSON).
@Suite("clusters over .pgraph columns")
struct ClustersColumnPathTests {
    /// Two groups of papers citing within themselves (one labelled by its topics, one without
    /// topics, so labelled by its top paper's short title), a reciprocal citation, equal scores in
    /// one year and without a year, an external paper and an isolated one.
    static let graphJSON = """
    {"version": 2,
     "topics": [{"id": "ml", "name": "Machine learning"}, {"id": "nlp", "name": "Language", "parent": "ml"}],
     "papers": [
      {"id": "a1", "title": "Alpha: the root", "year": 2001, "topics": ["nlp"]},
      {"id": "a2", "title": "Alpha two", "year": 2005, "topics": ["nlp", "ml"], "cites": ["a1"]},
      {"id": "a3", "title": "Alpha three", "year": 2005, "topics": ["nlp"], "cites": ["a1", "a2"]},
      {"id": "a4", "title": "Alpha four", "topics": ["nlp"], "cites": ["a1", "a2", "a3"]},
      {"id": "a5", "title": "Alpha five", "topics": ["nlp"], "cites": ["a3", "a4"]},
      {"id": "b1", "title": "Beta: first of all", "year": 2003, "cites": ["b2"]},
      {"id": "b2", "title": "Beta two", "year": 2003, "cites": ["b1"]},
      {"id": "b3", "title": "Beta three", "year": 2009, "topics": ["ml"], "cites": ["b1", "b2"]},
      {"id": "b4", "title": "Beta four", "year": 2009, "cites": ["b1", "b3", "a5"]},
      {"id": "ext", "title": "Outside", "year": 2000, "external": true, "cites": ["b1"]},
      {"id": "alone", "title": "Alone", "year": 1999}
    ]}
    """

    static let optionSets: [[String]] = [[], ["--include-external"], ["--min-size", "3"], ["-n", "1"], ["--seed", "7"],
                                         ["--resolution", "2"], ["-n", "0", "--min-size", "2", "--include-external"]]

    @Test("clusters prints the same bytes from .pgraph columns as from the whole graph", arguments: ["table", "json", "csv"])
    func sameOutput(format: String) throws {
        let source = try temporaryFile("clusters-columns-\(format).json", Self.graphJSON)
        let binary = source.replacingOccurrences(of: ".json", with: ".pgraph")
        #expect(runCLI(["convert", source, "-o", binary]).status == 0)
        for extra in Self.optionSets {
            let options = ["--citations-only", "--format", format] + extra
            let whole = runCLI(["clusters", source] + options)
            let columns = runCLI(["clusters", binary] + options)
            #expect(whole.status == 0 && columns.status == 0, "\(options)")
            #expect(!whole.out.isEmpty, "\(options)")
            #expect(columns.out == whole.out && columns.err == whole.err, "\(options)")
        }
    }

    @Test("a generated graph with topics gives the same clusters from columns")
    func generated() throws {
        let (json, binary) = try generatedGraphFiles(papers: 400, refs: 4, seed: 9)
        for format in ["table", "json"] {
            let whole = runCLI(["clusters", json, "--citations-only", "--format", format])
            let columns = runCLI(["clusters", binary, "--citations-only", "--format", format])
            #expect(whole.status == 0 && columns.out == whole.out && columns.err == whole.err, "\(format)")
        }
    }
}
