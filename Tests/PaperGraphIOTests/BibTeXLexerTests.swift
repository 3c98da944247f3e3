import Testing
@testable import PaperGraphIO

@Suite("BibTeX lexer")
struct BibTeXLexerTests {
    @Test("reads nested braces and tracks line and column across lines")
    func bracedValue() throws {
        var lexer = BibTeXLexer("{a {b\n{c}} d} rest")
        #expect(try lexer.bracedValue() == "a {b\n{c}} d")
        #expect((lexer.line, lexer.column) == (2, 8))
    }

    @Test("reads quoted values where braces protect quotes and \\\" is an accent")
    func quotedValue() throws {
        var lexer = BibTeXLexer(#""say {"hi"} to G\"odel" next"#)
        #expect(try lexer.quotedValue() == #"say {"hi"} to G\"odel"#)
    }

    @Test("skips white space and % comments")
    func skipSpace() {
        var lexer = BibTeXLexer("  % note\n\t x")
        lexer.skipSpace()
        #expect(lexer.current == "x")
        #expect((lexer.line, lexer.column) == (2, 3))
    }

    @Test("reports an unclosed brace at the end of file with the opening position")
    func unclosed() {
        var lexer = BibTeXLexer("\n  {never")
        lexer.skipSpace()
        let expected = BibTeXSyntaxError(message: "expected '}' to close the '{' at 2:3, found end of file", line: 2, column: 9,
                                         isUnclosedValue: true)
        #expect(throws: expected) {
            try lexer.bracedValue()
        }
    }

    @Test("reads names, keys and numbers")
    func tokens() {
        var lexer = BibTeXLexer("archivePrefix=2017,key:1-a}")
        #expect(lexer.name() == "archivePrefix")
        lexer.advance()
        #expect(lexer.number() == "2017")
        lexer.advance()
        #expect(lexer.key(closing: "}") == "key:1-a")
    }
}
