import Testing
@testable import PaperGraphIO
import PaperGraphModel

@Suite("BibTeX parser")
struct BibTeXParserTests {
    @Test("reads both delimiters, any case, macros, # concatenation and month macros")
    func grammar() throws {
        let text = """
        @STRING{ conf = "Conf." }
        @ARTICLE(a, TITLE = "X" # { Y} # conf, Month = jan, Year = 1999)
        @misc{b,}
        """
        let document = BibTeXParser.parse(text, path: "g.bib")
        #expect(document.diagnostics.isEmpty)
        #expect(document.entries.map(\.key) == ["a", "b"])
        let a = try #require(document.entries.first)
        #expect(a.type == "article")
        #expect(a.fields.map(\.name) == ["title", "month", "year"])
        #expect(a["title"] == "X YConf.")
        #expect(a["month"] == "January")
        #expect(a["year"] == "1999")
        #expect(a.fields[1].location == SourceLocation(file: "g.bib", line: 2, column: 40))
    }

    @Test("keeps preambles, skips @comment groups and free text with @ signs")
    func preambleAndComments() {
        let document = BibTeXParser.parse("mail me@example.org\n@preamble{\"x\"}\n@comment{@article{c, title={T}}}\n@article{d, title={T}}\n", path: "p.bib")
        #expect(document.preambles == ["x"])
        #expect(document.entries.map(\.key) == ["d"])
        #expect(document.diagnostics.isEmpty)
    }

    @Test("says what was expected and what was found, at the exact position", arguments: [
        ("@article{k title={T}}", "1:12: warning: entry skipped: expected ',' after the key 'k', found 't'"),
        ("@article{k, title {T}}", "1:19: warning: entry skipped: expected '=' after the field name 'title', found '{'"),
        ("@article{k,\n  = {T}}", "2:3: warning: entry skipped: expected a field name or '}' in entry 'k', found '='"),
        ("@article{k, title = }", "1:21: warning: entry skipped: expected a value ('{', '\"', a number or a macro name), found '}'"),
        ("@article k, title = {T}}", "1:10: warning: entry skipped: expected '{' or '(' after '@article', found 'k'"),
        ("@ {k}", "1:3: warning: entry skipped: expected an entry type after '@', found '{'"),
        ("@article{k, title = {T}", "1:24: warning: entry skipped: expected ',' or '}' after the value of field 'title', found end of file"),
        ("@string{x = undefined}", "1:13: warning: entry skipped: expected a defined @string macro, found unknown macro 'undefined'"),
    ])
    func errors(text: String, message: String) {
        let document = BibTeXParser.parse(text, path: "e.bib")
        #expect(document.entries.isEmpty)
        #expect(document.diagnostics.map(\.description) == ["e.bib:\(message)"])
    }
}
