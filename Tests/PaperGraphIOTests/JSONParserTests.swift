import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("JSONParser")
struct JSONParserTests {
    private func parse(_ text: String) throws(Diagnostic) -> JSONValue {
        try JSONParser.parse(Array(text.utf8), path: "t.json")
    }

    private func failure(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("parses values and remembers their line and column")
    func parsesWithLocations() throws {
        let value = try parse("{\n  \"a\": [1, 2.5e1, \"x\\u00e9\\ud83d\\ude00\"],\n  \"é\": {\"b\": null, \"c\": true}\n}")
        let a = try #require(value["a"]?.arrayValue)
        #expect(a[0].intValue == 1)
        #expect(a[1].doubleValue == 25)
        #expect(a[2].stringValue == "xé😀")
        #expect(a[2].location == SourceLocation(file: "t.json", line: 2, column: 19))
        #expect(value["é"]?["c"]?.boolValue == true)
        #expect(value["é"]?["c"]?.location.column == 25)
    }

    @Test("reports syntax errors at their exact line and column", arguments: [
        ("{\"a\": 1,}", "t.json:1:9: error: expected a member name in double quotes, found '}'"),
        ("{\"a\" 1}", "t.json:1:6: error: expected ':' after member name \"a\", found '1'"),
        ("[1, 2", "t.json:1:6: error: expected ',' or ']' to continue the array, found end of file"),
        ("{\n  \"title\": \"line\nbreak\"}", "t.json:2:17: error: expected '\"' to close the string, found a line break (escape it)"),
        ("", "t.json:1:1: error: expected a JSON value, found an empty file"),
        ("  \n ", "t.json:2:2: error: expected a JSON value, found an empty file"),
        ("{} {}", "t.json:1:4: error: expected end of file after the JSON value, found '{'"),
        ("[01]", "t.json:1:3: error: expected a number without leading zeros"),
        ("[tru]", "t.json:1:5: error: expected 'true', found ']'"),
        ("{\"é\": x}", "t.json:1:7: error: expected a JSON value, found 'x'"),
    ])
    func syntaxErrors(text: String, expected: String) {
        #expect(failure(text) == expected)
    }

    @Test("rejects invalid UTF-8 with the position of the bad byte")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("{\"a\":\n \"x".utf8) + [0xFF] + Array("\"}".utf8)
        #expect(throws: Diagnostic.error("invalid UTF-8 (byte 0xFF); expected a UTF-8 text file",
                                         at: SourceLocation(file: "t.json", line: 2, column: 4))) {
            try JSONParser.parse(bytes, path: "t.json")
        }
    }

    @Test("refuses nesting deep enough to exhaust the stack")
    func deepNesting() {
        let text = String(repeating: "[", count: 100_000)
        #expect(failure(text)?.contains("nesting deeper than 512 levels") == true)
    }

    @Test("reads JSON Lines")
    func jsonLines() throws {
        let values = try JSONParser.parseLines(Array("{\"a\": 1}\n\n{\"a\": 2}\n".utf8), path: "t.jsonl")
        #expect(values.compactMap { $0["a"]?.intValue } == [1, 2])
    }

    @Test("writes JSON that parses back to the same values")
    func roundTrip() throws {
        let output = JSONOutput.object([("title", .string("Quotes \" \\ and\nnew lines\u{1}, 日本語 😀")),
                                        ("score", .double(0.125)), ("n", .int(-3)), ("none", .null),
                                        ("list", .array([.bool(true), .double(.infinity)]))])
        for pretty in [false, true] {
            let value = try parse(output.serialized(pretty: pretty))
            #expect(value["title"]?.stringValue == "Quotes \" \\ and\nnew lines\u{1}, 日本語 😀")
            #expect(value["score"]?.doubleValue == 0.125)
            #expect(value["n"]?.intValue == -3)
            #expect(value["none"]?.isNull == true)
            #expect(value["list"]?.arrayValue?.last?.isNull == true)
        }
    }
}
