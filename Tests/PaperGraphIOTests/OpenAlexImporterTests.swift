import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("OpenAlex works")
struct OpenAlexImporterTests {
    @Test("reads an API page: ids, DOI, arXiv from the landing page, authors, topics, venue, references")
    func apiPage() throws {
        let path = fixturePath("openalex-page.json")
        let library = try GraphLoader.importLibrary(atPath: path)
        #expect(library.papers.map(\.key) == ["openalex:W2626778328", "openalex:W2133564696"])
        let attention = library.papers[0]
        #expect(attention.title == "Attention Is All You Need")
        #expect(attention.year == 2017)
        #expect(attention.identifiers.doi == "10.48550/arxiv.1706.03762")
        #expect(attention.identifiers.arxiv == "1706.03762")
        #expect(attention.identifiers.other == ["openalex": "W2626778328", "mag": "2626778328"])
        #expect(attention.authors == ["Ashish Vaswani", "Noam Shazeer"])
        #expect(attention.topics == ["Natural Language Processing Techniques"])
        #expect(attention.venue == "arXiv (Cornell University)")
        #expect(attention.cites.map(\.key) == ["openalex:W2133564696", "openalex:W9999999999"])
        let bahdanau = library.papers[1]
        #expect(bahdanau.title == "Neural Machine Translation by Jointly Learning to Align and Translate")
        #expect(bahdanau.topics == ["Machine translation", "Computer science"])
        #expect(bahdanau.identifiers.other["pmid"] == "12345678")
        #expect(library.diagnostics.map(\.description) == [
            "\(path):12:97: warning: results[0].referenced_works[2]: expected an OpenAlex work id, found \"not-an-id\"; skipped",
            "\(path):18:3: warning: results[2]: expected an OpenAlex work (with \"id\": \"https://openalex.org/W...\"), found an object with members \"id\", \"display_name\"; skipped",
        ])
    }

    @Test("reads snapshot JSON Lines, with the work type as kind")
    func jsonLines() throws {
        let path = fixturePath("openalex-works.jsonl")
        let library = try GraphLoader.importLibrary(atPath: path, format: .openalex)
        #expect(library.papers.map(\.key) == ["openalex:W1", "openalex:W2"])
        #expect(library.papers[0].kind == .book)
        #expect(library.papers[0].cites.map(\.key) == ["openalex:W2"])
        #expect(library.diagnostics.map(\.description) == [
            "\(path):2:74: error: works[1].publication_year: expected an integer, found a string",
        ])
    }

    @Test("takes short ids from URLs and rejects other entities", arguments: [
        ("https://openalex.org/W2741809807", "W2741809807"), ("W12", "W12"), ("https://openalex.org/A5023888391", nil),
        ("W", nil), ("https://openalex.org/works/W7", "W7"),
    ] as [(String, String?)])
    func shortIDs(raw: String, id: String?) {
        #expect(OpenAlexImporter.shortID(raw) == id)
    }
}
