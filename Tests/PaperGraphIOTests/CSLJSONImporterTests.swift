import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("CSL-JSON")
struct CSLJSONImporterTests {
    @Test("reads items: names, issued dates, DOI, keywords, notes and types as kinds")
    func items() throws {
        let path = fixturePath("library.csl.json")
        let library = try GraphLoader.importLibrary(atPath: path)
        #expect(library.papers.map(\.key) == ["vaswani2017", "42", "post"])
        let vaswani = library.papers[0]
        #expect(vaswani.authors == ["Ashish Vaswani", "Google Brain"])
        #expect(vaswani.year == 2017)
        #expect(vaswani.kind == .paper)
        #expect(vaswani.identifiers.arxiv == "1706.03762")
        #expect(vaswani.venue == "Advances in Neural Information Processing Systems")
        #expect(vaswani.topics == ["transformers", "attention", "nlp"])
        #expect(vaswani.notes == "hand-written note")
        #expect(library.papers[1].kind == .book)
        #expect(library.papers[1].year == 2016)
        #expect(library.papers[2].kind == .blogPost)
        #expect(library.papers[2].year == 2015)
        #expect(library.papers[2].identifiers.arxiv == "1409.0473")
        #expect(library.diagnostics.map(\.description) == [
            "\(path):10:3: warning: items[3] ('untitled'): expected a \"title\" string, found none; item skipped",
            "\(path):11:3: warning: items[4]: expected a CSL-JSON item (an object), found a string; skipped",
        ])
    }

    @Test("maps CSL types to kinds", arguments: [
        ("book", PaperKind.book), ("post", .blogPost), ("post-weblog", .blogPost), ("thesis", .thesis),
        ("report", .report), ("article-journal", .paper), ("paper-conference", .paper), ("motion_picture", .video),
        ("webpage", .other),
    ])
    func kinds(type: String, kind: PaperKind) {
        #expect(CSLJSONImporter.kind(forType: type) == kind)
    }

    @Test("rejects a document that is not an array of items")
    func notItems() throws {
        let library = CSLJSONImporter.read(try JSONParser.parse(Array("{\"items\": []}".utf8), path: "c.json"))
        #expect(library.diagnostics.map(\.description) == [
            "c.json:1:1: error: expected a CSL-JSON array of items, found an object with members \"items\"",
        ])
    }
}
