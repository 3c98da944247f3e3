import PaperGraphModel

/// Reads Semantic Scholar data: Graph API paper objects and S2AG bulk dataset records.
///
/// Accepted documents: one object, an array, an API page `{"data": [...]}`, or JSON Lines (as
/// the bulk `papers` and `citations` datasets are distributed).
///
/// - Graph API paper: `paperId`, `corpusId`, `externalIds {DOI, ArXiv, CorpusId, PubMed, ...}`,
///   `title`, `year`, `venue` / `publicationVenue.name` / `journal.name`, `authors [{name}]`,
///   `fieldsOfStudy` and `s2FieldsOfStudy[].category` (topics), `publicationTypes` (`Book` →
///   book), `abstract` (summary), `url`, and `references` / `citations`: paper objects that this
///   paper cites / that cite it. A reference becomes a citation carrying its ids, title, year and
///   authors (an external paper unless the input describes it); a citing paper becomes an
///   external record. A reference with `paperId: null` is kept by its title.
/// - Bulk paper: the same in lower case (`corpusid`, `externalids`, `s2fieldsofstudy`, ...).
/// - Bulk citation: `citingcorpusid` cites `citedcorpusid` (strings or numbers). A citing paper
///   not described in the same input gets a stub record without title (shown by its key); a
///   record with a `null` cited id is skipped with a warning.
///
/// Keys are `s2:<corpusId>` when the corpus id is known, else `s2:<paperId>`, so that bulk
/// citations (corpus ids) meet bulk and API papers. The `paperId` is kept as identifier `s2`
/// and the corpus id as `s2corpus`.
public enum SemanticScholarImporter {
    /// Reads a parsed document.
    ///
    /// - Returns: Records in order of first appearance; a record of an unknown shape is skipped
    ///   with a warning, and a document with no Semantic Scholar record at all gives an error.
    /// - Complexity: O(n + c·k) for a document of size n, where each of the c citations is
    ///   checked against the k citations already recorded for its citing paper.
    public static func read(_ document: JSONValue) -> ImportedLibrary {
        var library = ImportedLibrary()
        guard let items = document.records(wrappers: ["data"], name: "records") else {
            library.diagnostics.append(.error("expected Semantic Scholar papers (an object, an array or {\"data\": [...]}), found \(document.typeDescription)",
                                              at: document.location))
            return library
        }
        var records = Records()
        for (value, path) in items { records.add(value, path: path) }
        return records.finish(at: document.location)
    }

    /// Records read one at a time: the elements of a document, or the lines of a JSON Lines
    /// file as they stream by (``JSONLinesImport``).
    struct Records: JSONRecordReader {
        static let recordName = "records"
        private var collector = RecordCollector()
        private var diagnostics: [Diagnostic] = []
        private(set) var count = 0, recognized = 0

        mutating func add(_ value: JSONValue, path: String) {
            count += 1
            if value["citingcorpusid"] != nil {
                recognized += 1
                readCitation(value, path: path, into: &collector, diagnostics: &diagnostics)
            } else if let record = paper(value, path: path, diagnostics: &diagnostics) {
                recognized += 1
                if value.text("title") == nil {
                    diagnostics.append(.warning("\(path) ('\(record.key)'): no title; the key is used as title", at: value.location))
                }
                collector.add(record)
                addNested(of: value, record: record, path: path, into: &collector, diagnostics: &diagnostics)
            } else {
                diagnostics.append(.skipped("\(path): expected a Semantic Scholar paper (with \"paperId\" or \"corpusid\") or citation (with \"citingcorpusid\"), found \(value.shapeDescription); skipped",
                                            at: value.location))
            }
        }

        func finish(at location: SourceLocation?) -> ImportedLibrary {
            var library = ImportedLibrary()
            library.diagnostics = diagnostics
            if recognized == 0 && count > 0 {
                library.diagnostics.append(.error("expected Semantic Scholar records, found none in \(count) record(s)", at: location))
            }
            library.papers = collector.records
            return library
        }
    }

    private static func readCitation(_ value: JSONValue, path: String, into collector: inout RecordCollector,
                                     diagnostics: inout [Diagnostic]) {
        guard let citing = value["citingcorpusid"]?.idText else {
            diagnostics.append(.warning("\(path).citingcorpusid: expected a corpus id, found \(value["citingcorpusid"]?.typeDescription ?? "nothing"); skipped",
                                        at: value["citingcorpusid"]?.location ?? value.location))
            return
        }
        guard let cited = value["citedcorpusid"], let citedID = cited.idText else {
            diagnostics.append(.warning("\(path).citedcorpusid: expected a corpus id, found \(value["citedcorpusid"]?.typeDescription ?? "nothing"); citation skipped",
                                        at: value["citedcorpusid"]?.location ?? value.location))
            return
        }
        collector.addCitations(from: "s2:" + citing, [PaperReference("s2:" + citedID, identifiers: PaperIdentifiers(other: ["s2corpus": citedID]),
                                                                     at: cited.location)], location: value.location)
    }

    /// The record of an API or bulk paper object, or `nil` if the object has no S2 id.
    ///
    /// - Complexity: O(n) in the size of the object.
    public static func paper(_ value: JSONValue, path: String, diagnostics: inout [Diagnostic]) -> PaperRecord? {
        guard value.objectValue != nil else { return nil }
        let external = value["externalIds"] ?? value["externalids"]
        let paperID = value["paperId"]?.idText
        let corpusID = (value["corpusId"] ?? value["corpusid"])?.idText ?? external?["CorpusId"]?.idText
        guard let id = corpusID ?? paperID else { return nil }
        let key = "s2:" + id
        var other: [String: String] = [:]
        other["s2"] = paperID
        other["s2corpus"] = corpusID
        for (field, scheme) in [("PubMed", "pmid"), ("PubMedCentral", "pmcid"), ("MAG", "mag"), ("ACL", "acl"), ("DBLP", "dblp")] {
            other[scheme] = external?[field]?.idText
        }
        let identifiers = PaperIdentifiers(doi: external?.text("DOI"), arxiv: external?.text("ArXiv"),
                                           url: value.text("url"), other: other)
        var reader = JSONFieldReader(value, path: path)
        let year = reader.int("year")
        diagnostics.append(contentsOf: reader.diagnostics)
        let title = value.text("title") ?? key
        var topics: [String] = []
        let fields = (value["fieldsOfStudy"]?.arrayValue ?? []).compactMap(\.stringValue)
            + ((value["s2FieldsOfStudy"] ?? value["s2fieldsofstudy"])?.arrayValue ?? []).compactMap { $0.text("category") }
        for field in fields where !topics.contains(field) { topics.append(field) }
        let types = ((value["publicationTypes"] ?? value["publicationtypes"])?.arrayValue ?? []).compactMap(\.stringValue)
        let venue = value.text("venue") ?? value["publicationVenue"]?.text("name") ?? value["journal"]?.text("name")
        let authors = authorNames(value)
        return PaperRecord(key: key, title: title, year: year, venue: venue, authors: authors, topics: topics,
                           identifiers: identifiers, kind: types.contains("Book") ? .book : nil,
                           summary: value.text("abstract"), location: value.location)
    }

    private static func authorNames(_ value: JSONValue) -> [String] {
        (value["authors"]?.arrayValue ?? []).compactMap { $0.stringValue ?? $0.text("name") }
    }

    /// Adds the papers of an API object's `references` (cited by it) and `citations` (citing it).
    private static func addNested(of value: JSONValue, record: PaperRecord, path: String,
                                  into collector: inout RecordCollector, diagnostics: inout [Diagnostic]) {
        for member in ["references", "citations"] {
            guard let list = value[member], !list.isNull else { continue }
            guard let array = list.arrayValue else {
                diagnostics.append(.error("\(path).\(member): expected an array of papers, found \(list.typeDescription)", at: list.location))
                continue
            }
            var cited: [PaperReference] = []
            for (i, element) in array.enumerated() {
                let elementPath = "\(path).\(member)[\(i)]"
                guard var nested = paper(element, path: elementPath, diagnostics: &diagnostics) else {
                    if member == "references", element.objectValue != nil, let title = element.text("title") {
                        // `paperId: null`: a reference S2 could not link, known by its title.
                        var reader = JSONFieldReader(element, path: elementPath)
                        cited.append(PaperReference("", title: title, year: reader.int("year"),
                                                    authors: authorNames(element), at: element.location))
                        diagnostics.append(contentsOf: reader.diagnostics)
                        continue
                    }
                    diagnostics.append(.skipped("\(elementPath): expected a paper with \"paperId\", found \(element.shapeDescription); skipped",
                                                at: element.location))
                    continue
                }
                let title = element.text("title")
                if member == "references" {
                    cited.append(PaperReference(nested.key, identifiers: nested.identifiers, title: title, year: nested.year,
                                                authors: nested.authors, at: element.location))
                    continue
                }
                nested.cites.append(PaperReference(record.key, at: element.location))
                nested.isExternal = true
                if title == nil {
                    nested.title = ""
                    collector.addCitations(from: nested.key, nested.cites, location: element.location, external: true)
                } else {
                    collector.add(nested)
                }
            }
            if !cited.isEmpty { collector.addCitations(from: record.key, cited, location: value.location) }
        }
    }
}
