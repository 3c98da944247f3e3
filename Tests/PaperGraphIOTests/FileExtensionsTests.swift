import Testing
import PaperGraphIO

@Suite("File extensions: one table for inputs, exports and graph files")
struct FileExtensionsTests {
    @Test("the extension is the last component's, lowercased, through a final .gz only when asked", arguments: [
        ("Refs.BIB.gz", true, "bib"), ("Refs.BIB.gz", false, "gz"), ("/data/v1.2/edges", true, ""), ("dir.json/list", true, ""),
        (".json", true, "json"), ("x.gz", true, ""), ("a.b.md", true, "md"), ("noext", true, ""),
    ])
    func name(path: String, throughGzip: Bool, expected: String) {
        #expect(FileExtensions.name(of: path, throughGzip: throughGzip) == expected)
    }

    @Test("export formats come from the output's extension, never through .gz", arguments: [
        ("map.dot", ExportFormat?.some(.dot)), ("map.GV", .dot), ("g.json", .json), ("g.graphml", .graphml), ("g.gexf", .gexf),
        ("g.mmd", .mermaid), ("g.mermaid", .mermaid), ("refs.bib", .bibtex), ("map.HTML", .html), ("map.htm", .html),
        ("g.json.gz", nil), ("nodes", nil), ("g.csv", nil), ("g.pgraph", nil),
    ])
    func export(path: String, expected: ExportFormat?) {
        #expect(ExportFormat.inferred(fromPath: path) == expected)
    }

    @Test("graph files come from the output's extension", arguments: [
        ("g.json", GraphFileFormat?.some(.json)), ("g.pgraph", .pgraph), ("g.txt", .edgelist), ("g.edges", .edgelist),
        ("g.el", .edgelist), ("g.edgelist", .edgelist), ("g.cites", nil), ("g.txt.gz", nil), ("g.dot", nil),
    ])
    func graph(path: String, expected: GraphFileFormat?) {
        #expect(GraphFileFormat.inferred(fromPath: path) == expected)
    }
}
