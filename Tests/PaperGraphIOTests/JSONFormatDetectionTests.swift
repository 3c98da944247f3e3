import Testing
import PaperGraphIO
import PaperGraphModel

@Suite("JSON format detection")
struct JSONFormatDetectionTests {
    @Test("tells the JSON formats apart by content", arguments: [
        ("{\"papers\": []}", DetectedJSONFormat.native),
        ("{\"nodes\": [], \"links\": []}", .nodeLink),
        ("{\"nodes\": [], \"edges\": []}", .nodeLink),
        ("[{\"id\": \"a\", \"type\": \"book\", \"title\": \"T\"}]", .cslJSON),
        ("[{\"id\": \"https://openalex.org/W1\", \"title\": \"T\", \"type\": \"article\"}]", .openAlex),
        ("{\"results\": [{\"id\": \"W1\", \"referenced_works\": []}]}", .openAlex),
        ("{\"paperId\": \"abc\", \"title\": \"T\"}", .semanticScholar),
        ("{\"data\": [{\"paperId\": \"abc\"}]}", .semanticScholar),
        ("{\"citingcorpusid\": \"1\", \"citedcorpusid\": \"2\"}", .semanticScholar),
        ("{\"hello\": 1}", .unknown),
        ("[]", .unknown),
        ("3", .unknown),
    ])
    func detects(text: String, format: DetectedJSONFormat) throws {
        #expect(JSONFormatDetection.detect(try JSONParser.parse(Array(text.utf8), path: "d.json")) == format)
    }

    @Test("reads JSON Lines without a .jsonl extension, but keeps the first error of other text")
    func jsonLinesWithoutExtension() throws {
        let lines = try JSONFormatDetection.parseDocument(Array("{\"a\": 1}\n{\"a\": 2}\n".utf8), path: "part_000")
        #expect(lines.arrayValue?.count == 2)
        #expect(thrownDiagnostic { _ = try JSONFormatDetection.parseDocument(Array("{\"a\": 1} x".utf8), path: "d.json") }?.description
                == "d.json:1:10: error: expected end of file after the JSON value, found 'x'")
    }

    @Test("reads node-link JSON (d3's links key) by its content")
    func nodeLink() throws {
        let library = try GraphLoader.importLibrary(atPath: fixturePath("nodelink.json"))
        #expect(library.papers.map(\.key) == ["a", "b"])
        #expect(library.papers.first?.cites.map(\.key) == ["b"])
    }

    @Test("says which layouts it tried, and what it found down to the first record", arguments: [
        ("{\"hello\": 1}", "an object with members \"hello\""),
        ("[{\"name\": \"x\", \"url\": \"y\"}]", "an array of 1 whose first record is an object with members \"name\", \"url\""),
        ("[]", "an empty array"),
    ])
    func unknown(text: String, found: String) {
        #expect(thrownDiagnostic { _ = try JSONFormatDetection.importLibrary(Array(text.utf8), path: "u.json") }?.description
                == "u.json:1:1: error: no known JSON layout matches; tried \(JSONFormatDetection.triedLayouts); found \(found); "
                + "name the format with --from (json, node-link, s2, openalex, csl-json, edgelist, csv, markdown, bibtex, pgraph)")
        #expect(JSONFormatDetection.triedLayouts.contains("PaperGraph JSON") && JSONFormatDetection.triedLayouts.contains("CSL-JSON")
                && JSONFormatDetection.triedLayouts.contains("node-link") && JSONFormatDetection.triedLayouts.contains("OpenAlex")
                && JSONFormatDetection.triedLayouts.contains("Semantic Scholar"))
    }

    @Test("still reads the native format through detection")
    func native() throws {
        let library = try GraphLoader.importLibrary(atPath: fixturePath("minimal.json"))
        #expect(library.papers.count == 3)
    }
}
