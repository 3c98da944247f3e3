import PaperGraphModel

/// The kinds of JSON document PaperGraph tells apart by content.
public enum DetectedJSONFormat: String, Sendable, Equatable {
    /// PaperGraph's native format: an object with a `papers` array.
    case native
    /// A node-link graph: an object with `nodes` and `edges` or `links`.
    case nodeLink = "node-link"
    /// CSL-JSON items.
    case cslJSON = "csl-json"
    /// OpenAlex works.
    case openAlex = "openalex"
    /// Semantic Scholar papers or S2AG records.
    case semanticScholar = "s2"
    /// None of the above.
    case unknown
}

/// Decides what a `.json` or `.jsonl` file is when no `--from` names its format, and reads it.
///
/// Rules, on the document or on the first record of an array, `{"data": [...]}` or
/// `{"results": [...]}` page, or JSON Lines file, in this order:
/// 1. native: an object with `papers` (or `"format": "papergraph"`);
/// 2. node-link: an object with `nodes` and `edges` or `links`;
/// 3. Semantic Scholar: a record with `paperId`, `corpusId`, `corpusid` or `citingcorpusid`;
/// 4. OpenAlex: an `id` containing `openalex.org/W`, or `referenced_works`/`authorships`;
/// 5. CSL-JSON: a record with `type` and `title` or `issued`.
public enum JSONFormatDetection {
    /// The kind of a parsed document.
    ///
    /// - Complexity: O(m) in the number of members of the document and its first record.
    public static func detect(_ document: JSONValue) -> DetectedJSONFormat {
        if document.objectValue != nil {
            if NativeFormatReader.recognizes(document) { return .native }
            if document["nodes"] != nil && (document["edges"] != nil || document["links"] != nil) { return .nodeLink }
        }
        let first: JSONValue?
        if let array = document.arrayValue {
            first = array.first
        } else {
            first = document["data"]?.arrayValue?.first ?? document["results"]?.arrayValue?.first ?? document
        }
        guard let record = first, record.objectValue != nil else { return .unknown }
        if ["paperId", "corpusId", "corpusid", "citingcorpusid"].contains(where: { record[$0] != nil }) { return .semanticScholar }
        if record["id"]?.stringValue?.contains("openalex.org/W") == true
            || record["referenced_works"] != nil || record["authorships"] != nil { return .openAlex }
        if record["type"] != nil && (record["title"] != nil || record["issued"] != nil) { return .cslJSON }
        return .unknown
    }

    /// Parses a JSON document, or a JSON Lines file as an array of its records.
    ///
    /// A path ending in `.jsonl` or `.ndjson` (before any `.gz`) is read as JSON Lines; any
    /// other text that is not one JSON value but is valid JSON Lines with several records is
    /// read as JSON Lines too (OpenAlex snapshot parts have no extension).
    ///
    /// - Throws: ``Diagnostic`` at the first syntax error.
    /// - Complexity: O(n) in the file size (twice for JSON Lines without the extension).
    public static func parseDocument(_ bytes: [UInt8], path: String) throws(Diagnostic) -> JSONValue {
        let start = SourceLocation(file: path, line: 1, column: 1)
        if isJSONLines(path) {
            return JSONValue(.array(try JSONParser.parseLines(bytes, path: path)), at: start)
        }
        do {
            return try JSONParser.parse(bytes, path: path)
        } catch {
            guard let lines = try? JSONParser.parseLines(bytes, path: path), lines.count > 1 else { throw error }
            return JSONValue(.array(lines), at: start)
        }
    }

    /// Whether `path` ends in `.jsonl` or `.ndjson` (before any `.gz`): JSON Lines by name.
    static func isJSONLines(_ path: String) -> Bool { ["jsonl", "ndjson"].contains(FileExtensions.name(of: path)) }

    /// Reads a JSON file of any detected kind.
    ///
    /// - Throws: ``Diagnostic`` for a syntax error or a document of no known kind.
    /// - Complexity: O(n) in the file size.
    public static func importLibrary(_ bytes: [UInt8], path: String) throws(Diagnostic) -> ImportedLibrary {
        try library(of: try parseDocument(bytes, path: path))
    }

    /// Reads a parsed document of any detected kind.
    ///
    /// - Throws: ``Diagnostic`` for a document of no known kind.
    static func library(of document: JSONValue) throws(Diagnostic) -> ImportedLibrary {
        switch detect(document) {
        case .native: return NativeFormatReader.read(document)
        case .semanticScholar: return SemanticScholarImporter.read(document)
        case .openAlex: return OpenAlexImporter.read(document)
        case .cslJSON: return CSLJSONImporter.read(document)
        case .nodeLink: return NodeLinkJSONReader.read(document)
        case .unknown:
            throw .error("no known JSON layout matches; tried \(triedLayouts); found \(describe(document)); name the format "
                         + "with --from (\(InputFormat.names))", at: document.location)
        }
    }

    /// The layouts ``detect(_:)`` tries, each with what it looks for, for error messages.
    public static let triedLayouts = "PaperGraph JSON (an object with \"papers\"), node-link (\"nodes\" with \"edges\" or "
        + "\"links\"), Semantic Scholar (records with \"paperId\" or \"corpusId\"), OpenAlex (records with an openalex.org/W "
        + "\"id\", \"referenced_works\" or \"authorships\"), CSL-JSON (records with \"type\" and \"title\" or \"issued\")"

    /// What the document is, down to its first record: `an array whose first record is an object with members "name"`.
    static func describe(_ document: JSONValue) -> String {
        guard let array = document.arrayValue else { return document.shapeDescription }
        guard let first = array.first else { return "an empty array" }
        return "an array of \(array.count) whose first record is \(first.shapeDescription)"
    }
}
