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

    @Test("reports a broken entry where it starts, naming it, with what was expected and where it was found", arguments: [
        ("@article{k title={T}}", "1:1: warning: entry 'k' skipped: expected ',' after the key 'k', found 't' (at 1:12)"),
        ("@article{k, title {T}}", "1:1: warning: entry 'k' skipped: expected '=' after the field name 'title', found '{' (at 1:19)"),
        ("@article{k,\n  = {T}}", "1:1: warning: entry 'k' skipped: expected a field name or '}' in entry 'k', found '=' (at 2:3)"),
        ("@article{k, title = }", "1:1: warning: entry 'k' skipped: expected a value ('{', '\"', a number or a macro name), found '}' (at 1:21)"),
        ("@article k, title = {T}}", "1:1: warning: entry skipped: expected '{' or '(' after '@article', found 'k' (at 1:10)"),
        ("@ {k}", "1:1: warning: entry skipped: expected an entry type after '@', found '{' (at 1:3)"),
        ("@article{k, title = {T}", "1:1: warning: entry 'k' skipped: expected ',' or '}' after the value of field 'title', found end of file (at 1:24)"),
        ("@string{x = undefined}", "1:1: warning: entry skipped: expected a defined @string macro, found unknown macro 'undefined' (at 1:13)"),
        // The case: an unbalanced inner brace makes the title swallow the entry's closing brace.
        ("\n\n@article{vaswani2017attention,\n  title = {Attention Is {All You Need},\n  year = 2017\n}\n\n@article{b, title={B}}",
         "3:1: warning: entry 'vaswani2017attention' skipped: unclosed brace in field 'title' (opened at 4:11)"),
        ("@article{q,\n  title = \"Never closed,\n  year = 2017\n}\n\n@article{b, title={B}}",
         "1:1: warning: entry 'q' skipped: unclosed quote in field 'title' (opened at 2:11)"),
        ("@article{e,\n  title = {Runs to the end,\n  year = 2017\n", "1:1: warning: entry 'e' skipped: unclosed brace in field 'title' (opened at 2:11)"),
    ])
    func errors(text: String, message: String) {
        let document = BibTeXParser.parse(text, path: "e.bib")
        #expect(document.entries.allSatisfy { $0.key == "b" })
        #expect(document.diagnostics.map(\.description) == ["e.bib:\(message)"])
        #expect(document.diagnostics.allSatisfy { $0.skipsRecord })
    }
}
