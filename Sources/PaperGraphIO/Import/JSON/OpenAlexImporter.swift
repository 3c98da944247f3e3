import PaperGraphModel

/// Reads OpenAlex works: one work object, an array, an API page `{"results": [...]}`, or the
/// JSON Lines of a snapshot part (`works/updated_date=.../part_000.gz`).
///
/// Fields read (see https://docs.openalex.org/api-entities/works/work-object):
/// `id` (`https://openalex.org/W2741809807`), `doi`, `title` or `display_name`,
/// `publication_year`, `authorships[].author.display_name`, `referenced_works` (cites, by
/// OpenAlex id), `topics[].display_name` (else `concepts[].display_name`) as topics,
/// `ids.{doi, pmid, pmcid, mag}`, `primary_location.source.display_name` as venue,
/// `primary_location.landing_page_url` as URL, `type` (`book` → book, `dissertation` → thesis,
/// `report` → report). The arXiv id comes from an `arxiv.org/abs/` location or a
/// `10.48550/arXiv.` DOI.
///
/// Keys are `openalex:W…` (short id); the short id is also kept as identifier `openalex`.
/// A referenced work absent from the input becomes an external paper, named by its W-id until
/// its metadata is known (`papergraph enrich`).
public enum OpenAlexImporter {
    /// Reads a parsed document.
    ///
    /// - Returns: Records in input order; a record without a work id is skipped with a warning;
    ///   a document with no work at all gives an error.
    /// - Complexity: O(n) in the document size.
    public static func read(_ document: JSONValue) -> ImportedLibrary {
        var library = ImportedLibrary()
        guard let items = document.records(wrappers: ["results"], name: "works") else {
            library.diagnostics.append(.error("expected OpenAlex works (an object, an array or {\"results\": [...]}), found \(document.typeDescription)",
                                              at: document.location))
            return library
        }
        var works = Works()
        for (value, path) in items { works.add(value, path: path) }
        return works.finish(at: document.location)
    }

    /// Works read one record at a time: the elements of a document, or the lines of a JSON
    /// Lines file as they stream by (``JSONLinesImport``).
    struct Works: JSONRecordReader {
        static let recordName = "works"
        private var collector = RecordCollector()
        private var diagnostics: [Diagnostic] = []
        private(set) var count = 0

        mutating func add(_ value: JSONValue, path: String) {
            count += 1
            if let record = work(value, path: path, diagnostics: &diagnostics) {
                collector.add(record)
            } else {
                diagnostics.append(.skipped("\(path): expected an OpenAlex work (with \"id\": \"https://openalex.org/W...\"), found \(value.shapeDescription); skipped",
                                            at: value.location))
            }
        }

        func finish(at location: SourceLocation?) -> ImportedLibrary {
            var library = ImportedLibrary()
            library.diagnostics = diagnostics
            if collector.records.isEmpty && count > 0 {
                library.diagnostics.append(.error("expected OpenAlex works, found none in \(count) record(s)", at: location))
            }
            library.papers = collector.records
            return library
        }
    }

    /// The short id of a work: `https://openalex.org/W123` or `W123` → `W123`; `nil` for
    /// anything that is not a work id (an author `A…`, a source `S…`, free text).
    ///
    /// - Complexity: O(n) in the length of `raw`.
    public static func shortID(_ raw: String) -> String? {
        let id = raw.split(separator: "/").last.map(String.init) ?? raw
        guard let first = id.first, first == "W" || first == "w", id.count > 1, id.dropFirst().allSatisfy(\.isNumber) else { return nil }
        return "W" + id.dropFirst()
    }

    private static func work(_ value: JSONValue, path: String, diagnostics: inout [Diagnostic]) -> PaperRecord? {
        guard value.objectValue != nil, let id = value.text("id").flatMap(shortID) else { return nil }
        let key = "openalex:" + id
        var reader = JSONFieldReader(value, path: path)
        let year = reader.int("publication_year")
        let referenced = reader.array("referenced_works")
        diagnostics.append(contentsOf: reader.diagnostics)

        var cites: [PaperReference] = []
        for (i, reference) in referenced.enumerated() {
            guard let target = reference.stringValue.flatMap(shortID) else {
                diagnostics.append(.warning("\(path).referenced_works[\(i)]: expected an OpenAlex work id, found \(reference.stringValue.map { "\"\($0)\"" } ?? reference.typeDescription); skipped",
                                            at: reference.location))
                continue
            }
            cites.append(PaperReference("openalex:" + target, identifiers: PaperIdentifiers(other: ["openalex": target]),
                                        at: reference.location))
        }
        let ids = value["ids"]
        var other = ["openalex": id]
        other["pmid"] = ids?.text("pmid").map(lastPathComponent)
        other["pmcid"] = ids?.text("pmcid").map(lastPathComponent)
        other["mag"] = ids?["mag"]?.idText
        let doi = value.text("doi") ?? ids?.text("doi")
        let landing = value["primary_location"]?.text("landing_page_url")
        var identifiers = PaperIdentifiers(doi: doi, arxiv: arXivID(value, doi: doi), url: landing, other: other)
        if identifiers.url == nil { identifiers.url = value.text("id") }

        let topicList = value["topics"]?.arrayValue ?? []
        let topicValues = topicList.isEmpty ? (value["concepts"]?.arrayValue ?? []) : topicList
        var topics: [String] = []
        for name in topicValues.compactMap({ $0.text("display_name") }) where !topics.contains(name) { topics.append(name) }
        let authors = (value["authorships"]?.arrayValue ?? []).compactMap { $0["author"]?.text("display_name") }
        let title = value.text("title") ?? value.text("display_name")
        if title == nil {
            diagnostics.append(.warning("\(path) ('\(key)'): no title; the key is used as title", at: value.location))
        }
        return PaperRecord(key: key, title: title ?? key, year: year,
                           venue: value["primary_location"]?["source"]?.text("display_name"), authors: authors,
                           topics: topics, identifiers: identifiers, kind: kind(value.text("type")),
                           cites: cites, location: value.location)
    }

    private static func kind(_ type: String?) -> PaperKind? {
        switch type {
        case "book": .book
        case "dissertation": .thesis
        case "report": .report
        default: nil
        }
    }

    private static func lastPathComponent(_ url: String) -> String {
        url.split(separator: "/").last.map(String.init) ?? url
    }

    /// The arXiv id from `ids.arxiv`, an arXiv DOI, or an `arxiv.org/abs/` location.
    private static func arXivID(_ value: JSONValue, doi: String?) -> String? {
        if let arxiv = value["ids"]?.text("arxiv") { return arxiv }
        if let doi = doi.flatMap(PaperIdentifiers.normalizedDOI), doi.hasPrefix("10.48550/arxiv.") {
            return String(doi.dropFirst("10.48550/arxiv.".count))
        }
        let locations = [value["primary_location"]].compactMap { $0 } + (value["locations"]?.arrayValue ?? [])
        for location in locations {
            if let url = location.text("landing_page_url"), url.lowercased().contains("arxiv.org/abs/") { return url }
        }
        return nil
    }
}
