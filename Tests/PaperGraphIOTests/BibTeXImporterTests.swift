import Foundation
import Testing
@testable import PaperGraphIO
import PaperGraphModel

@Suite("BibTeX importer")
struct BibTeXImporterTests {
    func importFixture(_ name: String) throws -> ImportedLibrary {
        let path = fixturePath(name)
        return try BibTeXImporter.read(bytes: TextInput.readBytes(atPath: path), path: path)
    }

    @Test("reads every entry of the grammar fixture and nothing from comments, preambles or free text")
    func entries() throws {
        let library = try importFixture("grammar.bib")
        #expect(library.diagnostics.isEmpty)
        #expect(library.papers.map(\.key) == ["vaswani2017", "bahdanau2014", "hochreiter1997", "accents", "thesis", "report",
                                              "preprint", "website"])
        #expect(library.papers.map(\.kind) == [.paper, .paper, .paper, .book, .thesis, .report, .paper, .other])
        #expect(library.papers.map(\.year) == [2017, 2014, 1997, 2020, 2001, 1948, nil, nil])
    }

    @Test("expands macros and concatenation, and maps keywords, eprint and cites")
    func macrosAndFields() throws {
        let paper = try #require(try importFixture("grammar.bib").papers.first)
        #expect(paper.title == "Attention Is All You Need")
        #expect(paper.authors == ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"])
        #expect(paper.venue == "Advances in Neural Information Processing Systems 30")
        #expect(paper.identifiers == PaperIdentifiers(arxiv: "1706.03762"))
        #expect(paper.topics == ["transformers", "attention", "sequence models"])
        #expect(paper.cites.map(\.key) == ["bahdanau2014", "hochreiter1997"])
        #expect(paper.cites.first?.location?.line == 17)
        #expect(paper.location == SourceLocation(file: fixturePath("grammar.bib"), line: 8, column: 1))
    }

    @Test("reads quoted values, () delimiters, arXiv journals, DOI URLs and arXiv URLs")
    func identifiers() throws {
        let papers = try importFixture("grammar.bib").papers
        #expect(papers[1].title == "Neural Machine Translation by Jointly Learning to Align and Translate")
        #expect(papers[1].authors == ["Dzmitry Bahdanau", "Kyunghyun Cho", "Yoshua Bengio"])
        #expect(papers[1].venue == "arXiv")
        #expect(papers[1].identifiers.arxiv == "1409.0473")
        #expect(papers[2].authors == ["Sepp Hochreiter", "Jürgen Schmidhuber"])
        #expect(papers[2].identifiers == PaperIdentifiers(doi: "10.1162/neco.1997.9.8.1735"))
        #expect(papers[6].identifiers == PaperIdentifiers(arxiv: "2106.09685"))
        #expect(papers[7].identifiers.url == "https://example.org/page")
        #expect(papers[7].cites.map(\.key) == ["vaswani2017"])
    }

    @Test("turns LaTeX into Unicode and splits every name form")
    func accentsAndNames() throws {
        let paper = try importFixture("grammar.bib").papers[3]
        #expect(paper.title == "Études à la Manière de Gödel — Ça Še ño&co % 100_x – Łøßå í –")
        #expect(paper.authors == ["Martín Abadi", "Juan de la Fuente, Jr.", "Google Brain Team", "John von Neumann",
                                  "Barnes and Noble"])
        #expect(paper.venue == "Springer")
    }

    @Test("takes the venue from school and institution for theses and reports")
    func venues() throws {
        let papers = try importFixture("grammar.bib").papers
        #expect(papers[4].venue == "MIT")
        #expect(papers[4].authors == ["Jane Doe"])
        #expect(papers[5].venue == "Bell Labs")
    }

    @Test("skips broken entries with a warning where each starts, naming it, and keeps the rest")
    func brokenEntries() throws {
        let path = fixturePath("broken.bib")
        let library = try importFixture("broken.bib")
        #expect(library.papers.map(\.title) == ["First Good Entry", "Second Good Entry", "Third Good Entry"])
        #expect(library.diagnostics.map(\.description) == [
            "\(path):6:1: warning: entry 'missingcomma' skipped: expected ',' or '}' after the value of field 'title', found 'y' (at 8:3)",
            "\(path):11:1: warning: entry 'unknownmacro' skipped: expected a defined @string macro, found unknown macro 'jmlr' (at 13:13)",
            "\(path):17:1: warning: entry 'unclosed' skipped: unclosed brace in field 'title' (opened at 18:11)",
            "\(path):26:1: warning: entry 'noclose' skipped: expected ',' or '}' after the value of field 'year', found '@' (the next entry) (at 30:1)",
            "\(path):32:1: warning: entry 'good1' skipped: the key is already used by an earlier entry",
            "\(path):31:1: warning: entry 'notitle' skipped: expected a 'title' field, found none",
        ])
    }

    @Test("builds citation edges from a cites field")
    func citationEdges() throws {
        let (graph, _) = try GraphLoader.load(paths: [fixturePath("grammar.bib")])
        let vaswani = try #require(graph.paper(forKey: "vaswani2017"))
        let cited = graph.cited(by: vaswani).map { graph[$0].key }
        #expect(cited.sorted() == ["bahdanau2014", "hochreiter1997"])
    }

    @Test("is chosen for .bib files and warns on a file without entries")
    func formatAndEmpty() {
        #expect(InputFormat.inferred(fromPath: "refs.BIB") == .bibtex)
        let library = BibTeXImporter.read(text: "just text\n", path: "e.bib")
        #expect(library.diagnostics.map(\.description) == ["e.bib:1:1: warning: no entries found: expected '@type{key, field = value, ...}'"])
    }
}
