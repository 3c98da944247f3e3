import PaperGraphModel

/// Reads CSL-JSON (the Citation Style Language's data format), as exported by Zotero, Mendeley
/// or `pandoc --to csljson`: an array of items (a single item object is accepted too).
///
///     [{"id": "vaswani2017", "type": "paper-conference", "title": "Attention Is All You Need",
///       "author": [{"family": "Vaswani", "given": "Ashish"}], "issued": {"date-parts": [[2017]]}}]
///
/// Fields read: `id` (key; string or number), `title`, `author` (`given family`, or `literal`),
/// `issued` (`date-parts`, else the first four-digit year of `raw` or `literal`), `DOI`, `URL`,
/// `PMID`, `container-title` (venue), `keyword` (topics, split on `,` and `;`), `abstract`
/// (summary), `note` (notes) and `type` (kind, see ``kind(forType:)``). The arXiv id comes from
/// an arXiv DOI or URL, or a `number`/`archive_location` of the form `arXiv:...`. CSL-JSON has no
/// citations, so items are unconnected until merged with another source.
public enum CSLJSONImporter {
    /// Reads a parsed document.
    ///
    /// - Returns: Records in input order; an item without `id` or `title` is skipped with a
    ///   warning; a document that is not an array of objects gives an error.
    /// - Complexity: O(n) in the document size.
    public static func read(_ document: JSONValue) -> ImportedLibrary {
        var library = ImportedLibrary()
        let items: [JSONValue]
        if let array = document.arrayValue {
            items = array
        } else if document.objectValue != nil && document["type"] != nil {
            items = [document]
        } else {
            library.diagnostics.append(.error("expected a CSL-JSON array of items, found \(document.shapeDescription)", at: document.location))
            return library
        }
        var collector = RecordCollector()
        for (i, item) in items.enumerated() {
            let path = "items[\(i)]"
            guard item.objectValue != nil else {
                library.diagnostics.append(.skipped("\(path): expected a CSL-JSON item (an object), found \(item.typeDescription); skipped",
                                                    at: item.location))
                continue
            }
            guard let key = item["id"]?.idText else {
                library.diagnostics.append(.skipped("\(path): expected an \"id\" (string or number), found \(item["id"]?.typeDescription ?? "none"); item skipped",
                                                    at: item["id"]?.location ?? item.location))
                continue
            }
            guard let title = item.text("title") else {
                library.diagnostics.append(.skipped("\(path) ('\(key)'): expected a \"title\" string, found \(item["title"]?.typeDescription ?? "none"); item skipped",
                                                    at: item["title"]?.location ?? item.location))
                continue
            }
            collector.add(record(item, key: key, title: title))
        }
        if collector.records.isEmpty && !items.isEmpty {
            library.diagnostics.append(.error("expected CSL-JSON items, found none usable in \(items.count) item(s)", at: document.location))
        }
        library.papers = collector.records
        return library
    }

    /// The kind of work a CSL `type` names: `book` → book, `post` and `post-weblog` → blog post,
    /// `thesis`, `report`, `motion_picture`/`broadcast` → video, `webpage` → other; other types
    /// (articles, chapters, conference papers, preprints) are papers.
    public static func kind(forType type: String?) -> PaperKind? {
        switch type?.lowercased() {
        case nil: nil
        case "book": .book
        case "post", "post-weblog": .blogPost
        case "thesis": .thesis
        case "report": .report
        case "motion_picture", "broadcast": .video
        case "webpage": .other
        default: .paper
        }
    }

    private static func record(_ item: JSONValue, key: String, title: String) -> PaperRecord {
        var authors: [String] = []
        for person in item["author"]?.arrayValue ?? [] {
            if let literal = person.text("literal") {
                authors.append(literal)
            } else {
                let name = [person.text("given"), person.text("family")].compactMap { $0 }.joined(separator: " ")
                if !name.isEmpty { authors.append(name) }
            }
        }
        var topics: [String] = []
        let keywords = item.text("keyword")?.split(whereSeparator: { $0 == "," || $0 == ";" }) ?? []
        for keyword in keywords.map({ String($0).trimmingWhitespace() }) where !keyword.isEmpty && !topics.contains(keyword) {
            topics.append(keyword)
        }
        let doi = item.text("DOI")
        var other: [String: String] = [:]
        other["pmid"] = item["PMID"]?.idText
        let identifiers = PaperIdentifiers(doi: doi, arxiv: arXivID(item, doi: doi), url: item.text("URL"), other: other)
        return PaperRecord(key: key, title: title, year: year(item["issued"]), venue: item.text("container-title"),
                           authors: authors, topics: topics, identifiers: identifiers,
                           kind: kind(forType: item.text("type")), summary: item.text("abstract"), notes: item.text("note"),
                           location: item.location)
    }

    /// The year of a CSL date: `{"date-parts": [[2017, 6]]}`, or a year in `raw`/`literal`.
    private static func year(_ date: JSONValue?) -> Int? {
        guard let date else { return nil }
        if let first = date["date-parts"]?.arrayValue?.first?.arrayValue?.first {
            return first.intValue ?? first.stringValue.flatMap { Int($0) }
        }
        for member in ["raw", "literal"] {
            guard let text = date.text(member) else { continue }
            let digits = Array(text)
            for start in digits.indices where start + 4 <= digits.count {
                let window = digits[start..<start + 4]
                if window.allSatisfy(\.isASCII) && window.allSatisfy(\.isNumber),
                   start == 0 || !digits[start - 1].isNumber,
                   start + 4 == digits.count || !digits[start + 4].isNumber {
                    return Int(String(window))
                }
            }
        }
        return nil
    }

    private static func arXivID(_ item: JSONValue, doi: String?) -> String? {
        if let doi = doi.flatMap(PaperIdentifiers.normalizedDOI), doi.hasPrefix("10.48550/arxiv.") {
            return String(doi.dropFirst("10.48550/arxiv.".count))
        }
        if let url = item.text("URL"), url.lowercased().contains("arxiv.org/") { return url }
        for member in ["number", "archive_location"] {
            if let text = item.text(member), text.lowercased().hasPrefix("arxiv:") { return text }
        }
        return nil
    }
}
