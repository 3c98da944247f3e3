import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("RFC 4180 tables")
struct DelimitedTableTests {
    static func texts(_ text: String, delimiter: Character = ",") throws -> [[String]] {
        try DelimitedTable.parse(Array(text.utf8), path: "t.csv", delimiter: delimiter.asciiValue ?? 0x2C).rows.map { $0.map(\.text) }
    }

    @Test("reads quoted fields with delimiters, doubled quotes, CRLF and embedded line breaks")
    func quoting() throws {
        #expect(try Self.texts("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n") == [
            ["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"],  // line endings are LF inside fields too
        ])
    }

    @Test("keeps empty fields, skips blank lines, reads a last line without newline")
    func edges() throws {
        #expect(try Self.texts("a,,c,\n\n\n1,2,3,4") == [["a", "", "c", ""], ["1", "2", "3", "4"]])
        #expect(try Self.texts("a\tb c\n1\t2", delimiter: "\t") == [["a", "b c"], ["1", "2"]])
        #expect(try Self.texts("") == [])
        #expect(try Self.texts("ab\"c,d\n") == [["ab\"c", "d"]])
    }

    @Test("records the line and column of each field, after quoted line breaks too")
    func locations() throws {
        let table = try DelimitedTable.parse(Array("é,\"x\ny\",z\nw\n".utf8), path: "t.csv", delimiter: 0x2C)
        #expect(table.rows[0].map(\.location.description) == ["t.csv:1:1", "t.csv:1:3", "t.csv:2:4"])
        #expect(table.rows[1][0].location.description == "t.csv:3:1")
    }

    @Test("reports an unterminated quote and text after a closing quote at their line and column", arguments: [
        ("a,b\n1,\"open\n2,3\n", "t.csv:2:3: error: expected a closing quote for the field opened here, found end of file"),
        ("a,b\n\"x\"y,2\n", "t.csv:2:4: error: expected a delimiter or end of line after the closing quote, found 'y'"),
        ("a,b\n1,\u{FFFD}", nil),
    ])
    func errors(text: String, message: String?) {
        #expect(thrownDiagnostic { _ = try Self.texts(text) }?.description == message)
    }

    @Test("rejects invalid UTF-8 at its line and column")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("a,b\n1,".utf8) + [0xFF]
        #expect(thrownDiagnostic { _ = try DelimitedTable.parse(bytes, path: "t.csv", delimiter: 0x2C) }?.description
                == "t.csv:2:3: error: invalid UTF-8 (byte 0xFF); expected a UTF-8 text file")
    }
}
