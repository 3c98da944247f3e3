import Testing
import PaperGraphIO

@Suite("Input formats")
struct InputFormatTests {
    @Test("infers the format from the extension, looking through .gz", arguments: [
        ("lib.json", InputFormat.json), ("works.jsonl.gz", .json), ("x.ndjson", .json), ("papers.csv", .csv),
        ("papers.TSV", .csv), ("cit-HepPh.txt.gz", .edgelist), ("cora.cites", .edgelist),
        ("Pubmed-Diabetes.DIRECTED.cites.tab", .edgelist), ("g.edges", .edgelist), ("g.el", .edgelist),
    ])
    func inferred(path: String, format: InputFormat) {
        #expect(InputFormat.inferred(fromPath: path) == format)
    }

    @Test("has no format for unknown extensions", arguments: ["notes.docx", "refs.ris", "part_000", "x.gz"])
    func unknown(path: String) {
        #expect(InputFormat.inferred(fromPath: path) == nil)
    }

    @Test("accepts the --from names")
    func names() {
        #expect(InputFormat.names == "json, node-link, s2, openalex, csl-json, edgelist, csv, markdown, bibtex, pgraph")
        #expect(InputFormat(rawValue: "csl-json") == .cslJSON)
    }

    @Test("reverses edge lists by default only for .cites files")
    func reverseDefault() {
        #expect(EdgeListOptions().isReversed(forPath: "cora.cites"))
        #expect(EdgeListOptions().isReversed(forPath: "cora.cites.gz"))
        #expect(!EdgeListOptions().isReversed(forPath: "x.DIRECTED.cites.tab"))
        #expect(!EdgeListOptions(reverse: false).isReversed(forPath: "cora.cites"))
        #expect(EdgeListOptions(reverse: true).isReversed(forPath: "x.txt"))
    }

    @Test("--from applies to files whose extension does not name another kind", arguments: [
        (InputFormat.markdown, "seed.txt", InputFormat.markdown), (.markdown, "graph.json", .json), (.markdown, "refs.bib", .bibtex),
        (.edgelist, "edges.tsv", .edgelist), (.s2, "papers.json", .s2), (.s2, "papers.jsonl.gz", .s2), (.csv, "list.md", .markdown),
    ])
    func chosenFormat(requested: InputFormat, path: String, expected: InputFormat) {
        #expect(InputFormat.chosen(requested, forPath: path) == expected)
    }

    @Test("--from decides for a single file whatever its extension, and names ignore case")
    func soleInput() {
        #expect(InputFormat.chosen(.bibtex, forPath: "bib.md", soleInput: true) == .bibtex)
        #expect(InputFormat.chosen(.bibtex, forPath: "bib.md", soleInput: false) == .markdown)
        #expect(InputFormat.chosen(.markdown, forPath: "list.JSON", soleInput: true) == .markdown)
        #expect(InputFormat(name: "BibTeX") == .bibtex && InputFormat(name: "Node-Link") == .nodeLink)
        #expect(InputFormat(name: "yaml") == nil)
    }
}
