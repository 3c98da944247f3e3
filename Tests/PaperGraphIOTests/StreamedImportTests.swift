import Foundation
import Testing
import TestSupport
@testable import PaperGraphIO
import PaperGraphModel

/// The line-oriented formats read a piece at a time: the same records and diagnostics, at the
/// same locations, as the whole text gives, wherever the pieces are cut.
@Suite("Streamed import of line-oriented formats")
struct StreamedImportTests {
    /// String keys, a comment, a UTF-8 key of 2- and 3-byte characters, malformed lines.
    static let edgeList = "# citing cited\nW1 W2\nW1 W3\nWé€4 W1\n\nW2 W3 x\nW3\nW5 W4\t\nW5 Wé€4\n"
    /// Quoted fields holding delimiters, quotes and line breaks; a row with too few fields; a UTF-8 title.
    static let table = "id,title,year,cites\na,\"Deep, \"\"Learning\"\"\nover lines\",2015,b;c\nb,Résumé € ünïcode,20x5,\n"
        + "c,\"Only\n\n\none\",2017,a\nshort,row\nd,\"x\",2019,\"a;\nb\"\n"
    static let openAlex = #"""
        {"id": "https://openalex.org/W1", "title": "First", "publication_year": 2020, "referenced_works": ["https://openalex.org/W2", "A9"]}
        {"id": "https://openalex.org/W2", "title": "Sécond €", "referenced_works": []}

        {"title": "no id"}
        {"id": "W3", "referenced_works": ["W1", "W2"]}
        """# + "\n"
    static let semanticScholar = #"""
        {"citingcorpusid": 1, "citedcorpusid": 2}
        {"corpusid": 2, "title": "Zwei €", "year": 2019}
        {"citingcorpusid": 3, "citedcorpusid": null}
        {"something": "else"}
        """# + "\n"

    /// A record pretty-printed over several lines (accepted by the JSON Lines reader), then a syntax error.
    static let prettyLines = "{\"id\": \"W7\",\n  \"title\": \"Spread\",\n  \"referenced_works\": [\"W1\"]}\n"
        + #"{"id": "W8", "title": "Next", "referenced_works": ["x"]}"# + "\n"

    static let cases: [(name: String, text: String)] = [
        ("edges.txt", edgeList), ("papers.csv", table), ("works.jsonl", openAlex), ("s2.jsonl", semanticScholar),
        ("pretty.jsonl", prettyLines),
    ]

    private func file(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pg-stream-\(UUID().uuidString)-\(name)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The file at `path` read by its format's streaming parser in raw pieces of `chunkSize` bytes.
    private func streamed(_ path: String, chunkSize: Int) throws -> ImportedLibrary {
        let format = try #require(InputFormat.inferred(fromPath: path))
        var parser = try #require(format.streamingImport(path: path, options: ImportOptions(), sniffed: format == .edgelist))
        return try StreamedImport.read(&parser, atPath: path, chunkSize: chunkSize)
    }

    @Test("each format gives the whole text's records and diagnostics with every line ending, any piece size, plain or gzip",
          arguments: StreamedImportTests.cases.indices)
    func sameAsWhole(_ index: Int) throws {
        let (name, text) = Self.cases[index]
        for ending in ["\n", "\r\n", "\r"] {
            let bytes = Array(text.replacingOccurrences(of: "\n", with: ending).utf8)
            for gzip in [false, true] {
                let third = bytes.count / 3  // three members, cut inside lines
                let stored = gzip ? GzipEncoder.compress(Array(bytes[..<third])) + GzipEncoder.compress(Array(bytes[third..<2 * third]))
                    + GzipEncoder.compress(Array(bytes[(2 * third)...])) : bytes
                let path = try file(stored, name + (gzip ? ".gz" : ""))
                defer { try? FileManager.default.removeItem(atPath: path) }
                // The whole text, read from memory as every format did before streaming.
                let whole = try GraphLoader.importLibrary(bytes: bytes, path: path)
                #expect(!whole.papers.isEmpty && !whole.diagnostics.isEmpty, "\(name) exercises records and warnings")
                // 1 and 2 put a boundary inside every CRLF and every multi-byte character.
                for chunkSize in [1, 2, 3, 5, 7, 64, 1 << 20] {
                    let got = try streamed(path, chunkSize: chunkSize)
                    #expect(got.papers == whole.papers, "\(name) \(ending.debugDescription) gzip \(gzip) chunk \(chunkSize)")
                    #expect(got.diagnostics == whole.diagnostics, "\(name) \(ending.debugDescription) gzip \(gzip) chunk \(chunkSize)")
                }
                let loaded = try GraphLoader.importLibrary(atPath: path)
                #expect(loaded.papers == whole.papers && loaded.diagnostics == whole.diagnostics)
            }
        }
    }

    @Test("locations are exact: a warning on line 6 column 7 whatever the line ending")
    func exactLocations() throws {
        for ending in ["\n", "\r\n", "\r"] {
            let path = try file(Array(Self.edgeList.replacingOccurrences(of: "\n", with: ending).utf8), "e.txt")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let library = try streamed(path, chunkSize: 3)
            let extra = try #require(library.diagnostics.first)
            #expect(extra.location == SourceLocation(file: path, line: 6, column: 7))
            #expect(extra.message.contains("'x'"))
            // Column 4 of line 4 is after "Wé€4" counted in characters, not bytes.
            let cited = try #require(library.papers.first { $0.key == "Wé€4" }?.cites.first)
            #expect(cited.location == SourceLocation(file: path, line: 4, column: 6))
        }
    }

    @Test("a quoted field spanning lines and pieces is one field; an unterminated one is located at its quote")
    func quotedAcrossPieces() throws {
        let path = try file(Array(Self.table.utf8), "t.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let library = try streamed(path, chunkSize: 1)
        #expect(library.papers.map(\.key) == ["a", "b", "c", "d"])
        #expect(library.papers[0].title == "Deep, \"Learning\"\nover lines")
        #expect(library.papers[2].title == "Only\n\n\none")
        #expect(library.papers[3].location == SourceLocation(file: path, line: 10, column: 1))
        let open = try file(Array("id,title\na,\"never\nclosed\n".utf8), "open.csv")
        defer { try? FileManager.default.removeItem(atPath: open) }
        let error = thrownDiagnostic { _ = try streamed(open, chunkSize: 4) }
        #expect(error?.location == SourceLocation(file: open, line: 2, column: 3))
        #expect(error?.message.hasPrefix("expected a closing quote") == true)
    }

    /// The most text held while `text` is fed in pieces of `chunk` bytes to `parser`.
    private func largestHeld(_ text: String, chunk: Int, parser: inout some StreamingImport) throws -> Int {
        let bytes = Array(text.utf8)
        var lines = LineChunks(maxHeld: .max, validatingPath: "held")
        var start = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            _ = try lines.add(bytes[start..<end]) { (piece) throws(Diagnostic) in try parser.consume(piece) }
            start = end
        }
        _ = try lines.finish { (piece) throws(Diagnostic) in try parser.consume(piece) }
        return lines.largestHeld
    }

    @Test("the text held stays within a piece and the longest record while the input grows 16 times (counted)")
    func boundedHold() throws {
        func edges(_ n: Int) -> String { (0..<n).map { "W\($0 % 977) W\(($0 * 31) % 1013)\n" }.joined() }
        func rows(_ n: Int) -> String {
            "id,title\n" + (0..<n).map { "p\($0),\"title \($0)\($0 % 5 == 0 ? "\nsecond line\nthird" : "")\"\n" }.joined()
        }
        let chunk = 256
        for n in [1_000, 4_000, 16_000] {
            var edgeParser = EdgeListImport(path: "e.txt", options: EdgeListOptions())
            var tableParser = TableImport(path: "t.csv", options: TableImportOptions())
            let edgeHeld = try largestHeld(edges(n), chunk: chunk, parser: &edgeParser)
            let tableHeld = try largestHeld(rows(n), chunk: chunk, parser: &tableParser)
            #expect(edgeHeld <= chunk + 16, "edges: a piece plus the longest line (16 bytes)")
            #expect(tableHeld <= chunk + 2 * 44, "table: a piece plus twice the longest record (44 bytes)")
            #expect(try tableParser.finish().papers.count == n)
        }
    }

    @Test("a record larger than the limit is refused with the variable that lifts it")
    func recordLimit() throws {
        let path = try file(Array("a b\n\(String(repeating: "x", count: 100)) y\n".utf8), "long.txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = thrownDiagnostic { _ = try TextInput.forEachPiece(atPath: path, chunkSize: 16, maxHeld: 50) { $0.bytes.count } }
        #expect(error?.message.contains("longer than 50 bytes") == true)
        #expect(error?.message.contains(TextInput.maximumSizeVariable) == true)
    }
}

/// The whole-document formats' cap on what is read into memory.
@Suite("Whole-document size limit")
struct WholeDocumentLimitTests {
    private func file(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pg-cap-\(UUID().uuidString)-\(name)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a file past the limit, plain or gzip, is refused with the variable to set; 0 lifts the limit")
    func refusesPastLimit() throws {
        let text = Array(String(repeating: "@misc{a, title={x}}\n", count: 10).utf8)  // 200 bytes
        for gzip in [false, true] {
            let path = try file(gzip ? GzipEncoder.compress(text) : text, "refs.bib" + (gzip ? ".gz" : ""))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let error = thrownDiagnostic { _ = try TextInput.readBytes(atPath: path, maximum: 150) }
            #expect(error?.message == "\(path): larger than 150 bytes (after decompression), the most read whole into memory "
                    + "for this format; set PAPERGRAPH_MAX_DOCUMENT_SIZE to a larger size (such as 8G) or 0 for no limit")
            #expect(try TextInput.readBytes(atPath: path, maximum: 200) == text)
            #expect(try TextInput.readBytes(atPath: path, maximum: 0) == text)
        }
    }

    @Test("sizes are read with K, M, G and T suffixes", arguments: [
        ("1500", 1500), ("8G", 8 << 30), ("512m", 512 << 20), ("64K", 64 << 10), ("2T", 2 << 40), ("0", 0),
    ])
    func sizes(_ text: String, _ expected: Int) {
        #expect(TextInput.parsedSize(text) == expected)
    }

    @Test("a size that is not one is rejected", arguments: ["", "G", "-1", "1.5G", "12X"])
    func badSizes(_ text: String) {
        #expect(TextInput.parsedSize(text) == nil)
    }
}
