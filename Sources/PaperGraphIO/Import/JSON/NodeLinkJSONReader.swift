import PaperGraphModel

/// Reads node-link JSON (networkx `node_link_data`, d3) into records, so that a graph exported with
/// ``NodeLinkJSONWriter`` imports back as the same graph.
///
///     {"nodes": [{"id": "b", "title": "B"}, {"id": "a", "title": "A", "authors": ["Ann Lee"]}],
///      "edges": [{"source": "a", "target": "b", "kind": "cites"}]}
///
/// Edges may be under `edges` or `links`. A node's `kind` is `paper` (the default), `topic` or
/// `author`; a paper's title is its `title` (or `label`), else its id; a paper's key is its `key` attribute or its id.
/// Edge kinds: `cites` (the default between papers), `prerequisite` (with `reason`, and `cites: true`
/// when it is also a citation), `authored` (author → paper) and `tagged` (paper → topic). Node ids may
/// be strings or numbers. Unknown attributes are ignored (files from other tools carry their own);
/// nodes and edges that cannot be read are left out with a diagnostic at their line and column.
public enum NodeLinkJSONReader {
    /// Whether a parsed document looks like node-link JSON: an object with a `nodes` array and an
    /// `edges` or `links` array.
    public static func recognizes(_ document: JSONValue) -> Bool {
        document["nodes"]?.arrayValue != nil && (document["edges"] ?? document["links"])?.arrayValue != nil
    }

    /// Reads a parsed document.
    ///
    /// - Returns: The records, with error and warning diagnostics for every problem found.
    /// - Complexity: O(n) in the document size, plus O(E) dictionary lookups.
    public static func read(_ document: JSONValue) -> ImportedLibrary {
        var library = ImportedLibrary()
        guard document.objectValue != nil, let nodes = document["nodes"]?.arrayValue else {
            library.diagnostics.append(.error("expected a node-link JSON object with a \"nodes\" array, found \(document.typeDescription)",
                                              at: document.location))
            return library
        }
        guard let edges = (document["edges"] ?? document["links"])?.arrayValue else {
            let found = (document["edges"] ?? document["links"])?.typeDescription ?? "neither"
            library.diagnostics.append(.error("expected an \"edges\" or \"links\" array, found \(found)", at: document.location))
            return library
        }
        enum Ref { case paper(Int), topic(String), author(String) }
        var byID: [String: Ref] = [:]
        // `graph.topics`: the hierarchy as papergraph writes it, kept even without topic nodes.
        var hierarchy: [TopicRecord] = []
        for (i, value) in (document["graph"]?["topics"]?.arrayValue ?? []).enumerated() {
            var fields = JSONFieldReader(value, path: "graph.topics[\(i)]")
            if let key = fields.string("key") {
                hierarchy.append(TopicRecord(key: key, name: fields.string("name"), parent: fields.string("parent"),
                                             location: value.location))
            }
            library.diagnostics.append(contentsOf: fields.diagnostics)
        }
        for (i, value) in nodes.enumerated() {
            guard let node = readNode(value, index: i, diagnostics: &library.diagnostics) else { continue }
            if byID[node.id] != nil {
                library.diagnostics.append(.skipped("nodes[\(i)]: duplicate node id \"\(node.id)\"; node skipped", at: value.location))
                continue
            }
            switch node.content {
            case .paper(let record):
                byID[node.id] = .paper(library.papers.count)
                library.papers.append(record)
            case .topic(let record):
                byID[node.id] = .topic(record.key)
                library.topics.append(record)
            case .author(let name):
                byID[node.id] = .author(name)
            }
        }
        let nodeTopics = Set(library.topics.map(\.key))
        library.topics = hierarchy.filter { !nodeTopics.contains($0.key) } + library.topics
        for (i, value) in edges.enumerated() {
            var fields = JSONFieldReader(value, path: "edges[\(i)]")
            guard value.objectValue != nil else {
                library.diagnostics.append(.error("edges[\(i)]: expected an object, found \(value.typeDescription)", at: value.location))
                continue
            }
            let source = nodeID(value["source"], "source", &fields), target = nodeID(value["target"], "target", &fields)
            let kind = fields.string("kind")
            let reason = fields.string("reason")
            let alsoCites = value["cites"]?.boolValue, alsoPrerequisite = value["prerequisite"]?.boolValue
            let provenance = fields.string("provenance")
            library.diagnostics.append(contentsOf: fields.diagnostics)
            guard let source, let target, !fields.hasErrors else { continue }
            guard let from = byID[source], let to = byID[target] else {
                let missing = byID[source] == nil ? source : target
                library.diagnostics.append(.warning("edges[\(i)]: unknown node \"\(missing)\"; edge skipped", at: value.location))
                continue
            }
            switch (from, to, kind) {
            case (.paper(let a), .paper(let b), "cites"?), (.paper(let a), .paper(let b), nil):
                let key = library.papers[b].key
                library.papers[a].cites.append(PaperReference(key, source: provenance, at: value.location))
                if alsoPrerequisite == true {
                    library.papers[a].prerequisites.append(PaperReference(key, reason: reason, at: value.location))
                }
            case (.paper(let a), .paper(let b), "prerequisite"?):
                let key = library.papers[b].key
                library.papers[a].prerequisites.append(PaperReference(key, reason: reason, at: value.location))
                if alsoCites == true { library.papers[a].cites.append(PaperReference(key, source: provenance, at: value.location)) }
            case (.author(let name), .paper(let p), "authored"?), (.author(let name), .paper(let p), nil):
                if !library.papers[p].authors.contains(name) { library.papers[p].authors.append(name) }
            case (.paper(let p), .topic(let key), "tagged"?), (.paper(let p), .topic(let key), nil):
                if !library.papers[p].topics.contains(key) { library.papers[p].topics.append(key) }
            default:
                let described = kind.map { "\"\($0)\" " } ?? ""
                library.diagnostics.append(.warning("edges[\(i)]: a \(described)edge from \"\(source)\" to \"\(target)\" joins nodes of the wrong kinds; edge skipped",
                                                    at: value.location))
            }
        }
        return library
    }

    private enum NodeContent {
        case paper(PaperRecord), topic(TopicRecord), author(String)
    }

    private static func readNode(_ value: JSONValue, index: Int,
                                 diagnostics: inout [Diagnostic]) -> (id: String, content: NodeContent)? {
        guard value.objectValue != nil else {
            diagnostics.append(.error("nodes[\(index)]: expected an object, found \(value.typeDescription)", at: value.location))
            return nil
        }
        var fields = JSONFieldReader(value, path: "nodes[\(index)]")
        guard value["id"] != nil else {
            diagnostics.append(.error("nodes[\(index)]: missing required member \"id\"", at: value.location))
            return nil
        }
        let id = nodeID(value["id"], "id", &fields)
        let kind = fields.string("kind") ?? "paper"
        let key = fields.string("key")
        let label = fields.string("label")
        defer { diagnostics.append(contentsOf: fields.diagnostics) }
        guard let id, !fields.hasErrors else { return nil }
        switch kind {
        case "topic":
            let name = fields.string("name") ?? label
            let parent = fields.string("parent")
            return fields.hasErrors ? nil
                : (id, .topic(TopicRecord(key: key ?? id, name: name, parent: parent, location: value.location)))
        case "author":
            let name = fields.string("name") ?? label ?? key ?? id
            return fields.hasErrors ? nil : (id, .author(name))
        case "paper":
            return readPaper(value, id: id, key: key ?? id, label: label, fields: &fields).map { (id, .paper($0)) }
        default:
            fields.diagnostics.append(.skipped("nodes[\(index)]: unknown node kind \"\(kind)\" (expected paper, topic or author); node skipped",
                                               at: value["kind"]?.location ?? value.location))
            return nil
        }
    }

    private static func readPaper(_ value: JSONValue, id: String, key: String, label: String?,
                                  fields: inout JSONFieldReader) -> PaperRecord? {
        // A plain networkx graph has no titles: the id stands in, as for edge lists.
        let given = fields.string("title") ?? label
        let title = given.map { $0.trimmingWhitespace().isEmpty ? id : $0 } ?? id
        guard !fields.hasErrors else { return nil }
        var record = PaperRecord(key: key, title: title, location: value.location)
        record.isExternal = value["external"]?.boolValue ?? false
        record.year = fields.int("year")
        record.venue = fields.string("venue")
        record.authors = list("authors", value, &fields)
        record.topics = list("topics", value, &fields)
        record.summary = fields.string("summary")
        record.notes = fields.string("notes")
        if let kind = fields.string("work_kind") { record.kind = PaperKind(rawValue: kind) }
        if let status = fields.string("status") {
            if let parsed = ReadingStatus(rawValue: status.lowercased()) {
                record.status = parsed
            } else {
                fields.diagnostics.append(.error("\(fields.path).status: expected \"read\", \"reading\" or \"unread\", found \"\(status)\"",
                                                 at: value["status"]?.location ?? value.location))
            }
        }
        var ids = PaperIdentifiers(doi: fields.string("doi"), arxiv: fields.string("arxiv"), url: fields.string("url"))
        for entry in list("other_ids", value, &fields) {
            guard let eq = entry.firstIndex(of: "=") else { continue }
            ids.other[String(entry[..<eq]).lowercased()] = String(entry[entry.index(after: eq)...])
        }
        record.identifiers = ids
        return fields.hasErrors ? nil : record
    }

    /// A list attribute: a JSON array of strings, or a string joined with `; ` (as flat formats write lists).
    private static func list(_ key: String, _ value: JSONValue, _ fields: inout JSONFieldReader) -> [String] {
        if let s = value[key]?.stringValue {
            return s.split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        return fields.strings(key)
    }

    /// A node id: a string, or a number as written.
    private static func nodeID(_ value: JSONValue?, _ key: String, _ fields: inout JSONFieldReader) -> String? {
        guard let value else {
            fields.diagnostics.append(.error("\(fields.path): missing required member \"\(key)\"", at: fields.object.location))
            return nil
        }
        if let s = value.stringValue { return s }
        if case .number(_, let text) = value.kind { return text }
        fields.fail(value, key, expected: "a string or a number")
        return nil
    }
}
