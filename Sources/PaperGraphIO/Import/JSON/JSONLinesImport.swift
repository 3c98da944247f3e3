import PaperGraphModel

/// The records of a JSON document or JSON Lines file taken one at a time, in order
/// (``OpenAlexImporter/Works``, ``SemanticScholarImporter/Records``).
protocol JSONRecordReader {
    /// What records are called in paths for messages (`works[3]`).
    static var recordName: String { get }
    /// How many records were added.
    var count: Int { get }
    init()
    mutating func add(_ value: JSONValue, path: String)
    /// The library; `location` is where the input starts, for an error about all of it.
    func finish(at location: SourceLocation?) -> ImportedLibrary
}

/// A JSON Lines file (`.jsonl`, `.ndjson`, gzipped or not) read a piece at a time
/// (``StreamingImport``): each line's record is parsed as it goes by and, for Semantic Scholar and
/// OpenAlex records (named by `--from` or detected on the first record), turned into a paper
/// at once, so neither the text nor the parsed records are held whole. Records of other kinds
/// (CSL-JSON, native) are kept as values and read as one array at the end.
struct JSONLinesImport: StreamingImport {
    let format: InputFormat
    let path: String
    private enum Reader {
        case semanticScholar(SemanticScholarImporter.Records)
        case openAlex(OpenAlexImporter.Works)
        case values([JSONValue])
    }
    private var reader: Reader?

    init(format: InputFormat, path: String) {
        self.format = format
        self.path = path
    }

    private var start: SourceLocation { SourceLocation(file: path, line: 1, column: 1) }

    mutating func consume(_ piece: TextPiece) throws(Diagnostic) -> Int {
        let (values, taken) = try JSONParser.parseLines(piece, path: path)
        for value in values { add(value) }
        return taken
    }

    private mutating func add(_ value: JSONValue) {
        if reader == nil { reader = Self.reader(for: format, first: value) }
        switch reader! {
        case .semanticScholar(var records):
            reader = nil  // keeps `records` uniquely referenced while it grows
            records.add(value, path: "\(SemanticScholarImporter.Records.recordName)[\(records.count)]")
            reader = .semanticScholar(records)
        case .openAlex(var works):
            reader = nil
            works.add(value, path: "\(OpenAlexImporter.Works.recordName)[\(works.count)]")
            reader = .openAlex(works)
        case .values(var values):
            reader = nil
            values.append(value)
            reader = .values(values)
        }
    }

    /// The reader of `format`'s records; for `json`, the kind the first record shows.
    private static func reader(for format: InputFormat, first: JSONValue) -> Reader {
        var kind = format
        if format == .json {
            switch JSONFormatDetection.detect(JSONValue(.array([first]), at: first.location)) {
            case .semanticScholar: kind = .s2
            case .openAlex: kind = .openalex
            default: break
            }
        }
        switch kind {
        case .s2: return .semanticScholar(SemanticScholarImporter.Records())
        case .openalex: return .openAlex(OpenAlexImporter.Works())
        default: return .values([])
        }
    }

    mutating func finish() throws(Diagnostic) -> ImportedLibrary {
        switch reader ?? .values([]) {
        case .semanticScholar(let records): return records.finish(at: start)
        case .openAlex(let works): return works.finish(at: start)
        case .values(let values):
            let document = JSONValue(.array(values), at: start)
            switch format {
            case .s2: return SemanticScholarImporter.read(document)
            case .openalex: return OpenAlexImporter.read(document)
            case .cslJSON: return CSLJSONImporter.read(document)
            case .nodeLink: return NodeLinkJSONReader.read(document)
            default: return try JSONFormatDetection.library(of: document)
            }
        }
    }
}
