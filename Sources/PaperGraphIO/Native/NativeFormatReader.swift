import PaperGraphModel

/// Reads PaperGraph's native JSON format, versions 1 and 2 (see the README and
/// `Docs/papergraph.schema.json`).
///
///     {"format": "papergraph", "version": 1,
///      "topics": [{"id": "nlp", "name": "NLP", "parent": "ml"}],
///      "papers": [{"id": "vaswani2017", "title": "Attention Is All You Need", "cites": ["bahdanau2014"]}]}
///
/// Only `id` and `title` are required for a paper (`title` may be left out for an external paper
/// known only by an identifier, which is then shown by it). Version 2 adds `"external": true` on papers outside the user's
/// list and `cites` entries of the form `{"id": KEY, "source": "openalex"}` that say where a
/// citation came from; a plain string's source is the file. Every member of the wrong type is an error at
/// its `path:line:column`; an unknown member is a warning. Papers with errors are left out and the
/// rest are read, so that `validate` can list every problem at once.
public enum NativeFormatReader {
    static let paperMembers: Set<String> = ["id", "title", "year", "venue", "authors", "topics", "status", "kind",
                                            "ids", "cites", "prerequisites", "summary", "notes", "external"]
    static let topicMembers: Set<String> = ["id", "name", "parent"]
    static let documentMembers: Set<String> = ["format", "version", "papers", "topics"]

    /// Whether a parsed document looks like the native format (an object with a `papers` array).
    public static func recognizes(_ document: JSONValue) -> Bool {
        if document["format"]?.stringValue == "papergraph" { return true }
        return document["papers"]?.arrayValue != nil
    }

    /// Reads a parsed document.
    ///
    /// - Returns: The records, with error and warning diagnostics for every problem found.
    /// - Complexity: O(n) in the document size.
    public static func read(_ document: JSONValue) -> ImportedLibrary {
        var library = ImportedLibrary()
        guard document.objectValue != nil else {
            library.diagnostics.append(.error("expected a JSON object with a \"papers\" array, found \(document.typeDescription)",
                                              at: document.location))
            return library
        }
        var top = JSONFieldReader(document, path: "document")
        if let format = top.string("format"), format != "papergraph" {
            library.diagnostics.append(.error("expected \"format\": \"papergraph\", found \"\(format)\"",
                                              at: document["format"]!.location))
        }
        if let version = top.int("version"), !(1...2).contains(version) {
            library.diagnostics.append(.error("unsupported version \(version); this papergraph reads versions 1 and 2",
                                              at: document["version"]!.location))
        }
        if document["papers"] == nil {
            library.diagnostics.append(.error("missing required member \"papers\" (an array of papers)", at: document.location))
        }
        top.warnUnknownMembers(documentMembers)
        for (i, value) in top.array("topics").enumerated() {
            if let topic = readTopic(value, index: i, diagnostics: &library.diagnostics) { library.topics.append(topic) }
        }
        for (i, value) in top.array("papers").enumerated() {
            if let paper = readPaper(value, index: i, diagnostics: &library.diagnostics) { library.papers.append(paper) }
        }
        library.diagnostics.insert(contentsOf: top.diagnostics, at: 0)
        // A document that says it is papergraph's format was written by papergraph (import, enrich):
        // the read marks of the lists it came from take precedence over its own.
        library.source = RecordSource(isKeyed: true, isEditedByUser: document["format"] == nil)
        return library
    }

    private static func readTopic(_ value: JSONValue, index: Int, diagnostics: inout [Diagnostic]) -> TopicRecord? {
        if let name = value.stringValue { return TopicRecord(key: name, location: value.location) }
        guard value.objectValue != nil else {
            diagnostics.append(.error("topics[\(index)]: expected an object or a string, found \(value.typeDescription)",
                                      at: value.location))
            return nil
        }
        var fields = JSONFieldReader(value, path: "topics[\(index)]")
        let key = fields.string("id") ?? fields.string("name")
        let name = fields.string("name")
        let parent = fields.string("parent")
        if key == nil && !fields.hasErrors {
            fields.diagnostics.append(.error("topics[\(index)]: missing required member \"id\"", at: value.location))
        }
        fields.warnUnknownMembers(topicMembers)
        diagnostics.append(contentsOf: fields.diagnostics)
        guard let key, !fields.hasErrors else { return nil }
        return TopicRecord(key: key, name: name, parent: parent, location: value.location)
    }

    private static func readPaper(_ value: JSONValue, index: Int, diagnostics: inout [Diagnostic]) -> PaperRecord? {
        guard value.objectValue != nil else {
            diagnostics.append(.error("papers[\(index)]: expected an object, found \(value.typeDescription)", at: value.location))
            return nil
        }
        let label = value["id"]?.stringValue.map { "papers[\(index)] (\"\($0)\")" } ?? "papers[\(index)]"
        var fields = JSONFieldReader(value, path: label)
        let key = fields.requiredString("id")
        let isExternal = fields.bool("external") ?? false
        // An external paper known only by an identifier is written without a title.
        let title = isExternal && value["title"] == nil ? "" : fields.requiredString("title")
        var record = PaperRecord(key: key ?? "", title: title ?? "", location: value.location, isExternal: isExternal)
        record.year = fields.int("year")
        record.venue = fields.string("venue")
        record.authors = fields.strings("authors")
        record.topics = fields.strings("topics")
        record.summary = fields.string("summary")
        record.notes = fields.string("notes")
        if let kind = fields.string("kind") { record.kind = PaperKind(rawValue: kind) }
        if let status = fields.string("status") {
            if let parsed = ReadingStatus(rawValue: status.lowercased()) {
                record.status = parsed
            } else {
                fields.diagnostics.append(.error("\(label).status: expected \"read\", \"reading\" or \"unread\", found \"\(status)\"",
                                                 at: value["status"]!.location))
            }
        }
        record.identifiers = readIdentifiers(value["ids"], fields: &fields)
        record.cites = references("cites", detail: "source", label: label, fields: &fields) { id, source, at in
            PaperReference(id, source: source, at: at)
        }
        record.prerequisites = references("prerequisites", detail: "reason", label: label, fields: &fields) { id, reason, at in
            PaperReference(id, reason: reason, at: at)
        }
        fields.warnUnknownMembers(paperMembers)
        diagnostics.append(contentsOf: fields.diagnostics)
        return fields.hasErrors ? nil : record
    }

    /// The references of an array member whose elements are ids or `{"id", detail}` objects.
    private static func references(_ member: String, detail: String, label: String, fields: inout JSONFieldReader,
                                   make: (String, String?, SourceLocation?) -> PaperReference) -> [PaperReference] {
        var references: [PaperReference] = []
        for element in fields.array(member) {
            if let s = element.stringValue {
                references.append(make(s, nil, element.location))
            } else if element.objectValue != nil {
                var inner = JSONFieldReader(element, path: "\(label).\(member)[]")
                if let id = inner.requiredString("id") { references.append(make(id, inner.string(detail), element.location)) }
                inner.warnUnknownMembers(["id", detail])
                fields.diagnostics.append(contentsOf: inner.diagnostics)
            } else {
                fields.fail(element, "\(member)[]", expected: "a paper id or {\"id\", \"\(detail)\"}")
            }
        }
        return references
    }

    private static func readIdentifiers(_ value: JSONValue?, fields: inout JSONFieldReader) -> PaperIdentifiers {
        guard let value, !value.isNull else { return PaperIdentifiers() }
        guard let members = value.objectValue else {
            fields.fail(value, "ids", expected: "an object of identifier strings")
            return PaperIdentifiers()
        }
        var ids = PaperIdentifiers()
        for member in members {
            guard let s = member.value.stringValue ?? member.value.intValue.map(String.init) else {
                fields.fail(member.value, "ids.\(member.key)", expected: "a string")
                continue
            }
            switch member.key.lowercased() {
            case "doi": ids.doi = PaperIdentifiers.normalizedDOI(s)
            case "arxiv": ids.arxiv = PaperIdentifiers.normalizedArXiv(s)
            case "url": ids.url = s
            default: ids.other[member.key.lowercased()] = s
            }
        }
        return ids
    }
}
