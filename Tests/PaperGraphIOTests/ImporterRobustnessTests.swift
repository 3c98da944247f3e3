import Testing
import PaperGraphIO
import PaperGraphModel

/// Every importer given input it cannot read: a clear message (thrown, or an error diagnostic in
/// the library), never a crash.
@Suite("Importers on wrong, truncated and hostile input")
struct ImporterRobustnessTests {
    typealias Importer = @Sendable ([UInt8], String) throws -> ImportedLibrary

    static let importers: [(String, Importer)] = [
        ("edgelist", { try EdgeListImporter.read($0, path: $1) }),
        ("csv", { try TableImporter.read($0, path: $1) }),
        ("s2", { SemanticScholarImporter.read(try JSONFormatDetection.parseDocument($0, path: $1)) }),
        ("openalex", { OpenAlexImporter.read(try JSONFormatDetection.parseDocument($0, path: $1)) }),
        ("csl-json", { CSLJSONImporter.read(try JSONFormatDetection.parseDocument($0, path: $1)) }),
        ("json", { try JSONFormatDetection.importLibrary($0, path: $1) }),
    ]

    /// The first error: thrown, or the first error diagnostic of the library.
    static func firstError(_ importer: Importer, _ bytes: [UInt8], _ path: String) -> Diagnostic? {
        do {
            return try importer(bytes, path).diagnostics.first { $0.severity == .error }
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            return .error("unexpected error type \(error)")
        }
    }

    static let wrongFormats: [String: String] = [
        // Each format given another format's text.
        "edgelist": "{\"papers\": [{\"id\": \"a\", \"title\": \"A\"}]}",
        "csv": "# Directed graph\n1\t2\n",
        "s2": "[{\"id\": \"https://openalex.org/W1\", \"title\": \"T\"}]",
        "openalex": "{\"paperId\": \"abc\", \"title\": \"T\"}",
        "csl-json": "{\"nodes\": [], \"links\": []}",
        "json": "id,title\na,A\n",
    ]

    @Test("gives one clear error for a file of another format", arguments: importers.map(\.0))
    func wrongFormat(name: String) throws {
        let importer = try #require(Self.importers.first { $0.0 == name }?.1)
        let text = try #require(Self.wrongFormats[name])
        let error = try #require(Self.firstError(importer, Array(text.utf8), "w"))
        #expect(error.description.hasPrefix("w:1:"))
        #expect(error.message.contains("expected"))
    }

    @Test("never traps on any truncation of a valid file", arguments: [
        ("edgelist", "tiny-pubmed.tab"), ("csv", "papers.csv"), ("s2", "s2-api.json"),
        ("openalex", "openalex-page.json"), ("csl-json", "library.csl.json"), ("json", "s2-bulk.jsonl"),
    ])
    func truncated(name: String, fixture: String) throws {
        let importer = try #require(Self.importers.first { $0.0 == name }?.1)
        let bytes = try TextInput.readBytes(atPath: fixturePath(fixture))
        var errors = 0
        for length in stride(from: 0, to: bytes.count, by: 7) {
            if Self.firstError(importer, Array(bytes[..<length]), fixture) != nil { errors += 1 }
        }
        #expect(errors > 0)
    }

    @Test("reports invalid UTF-8 at its line and column", arguments: importers.map(\.0))
    func invalidUTF8(name: String) throws {
        let importer = try #require(Self.importers.first { $0.0 == name }?.1)
        let bytes = Array("[\n  \"ab".utf8) + [0xC3, 0x28] + Array("\"]\n".utf8)
        #expect(Self.firstError(importer, bytes, "u")?.description
                == "u:2:6: error: invalid UTF-8 (byte 0xC3); expected a UTF-8 text file")
    }

    /// 50 MB of text with an invalid byte at offset 100, made once for all importers.
    static let largeBinary: [UInt8] = {
        var bytes = [UInt8](repeating: 0x41, count: 50 << 20)
        bytes[100] = 0xFF
        return bytes
    }()

    @Test("rejects a 50 MB binary file at once", arguments: importers.map(\.0))
    func largeBinary(name: String) throws {
        let importer = try #require(Self.importers.first { $0.0 == name }?.1)
        #expect(Self.firstError(importer, Self.largeBinary, "big")?.description
                == "big:1:101: error: invalid UTF-8 (byte 0xFF); expected a UTF-8 text file")
    }

    @Test("handles a 256 KB line without quadratic work", arguments: ["edgelist", "csv"])
    func longLine(name: String) throws {
        let importer = try #require(Self.importers.first { $0.0 == name }?.1)
        let bytes = Array(String(repeating: "a,", count: 1 << 17).utf8)
        let error = try #require(Self.firstError(importer, bytes, "long"))
        #expect(error.message.hasPrefix("expected"))
    }
}
