import PaperGraphModel

/// A typed attribute value of an exported node or edge.
public enum ExportValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    /// A list (authors, topics); formats without lists join it with ``listSeparator``.
    case list([String])

    /// How flat formats (GraphML, GEXF, CSV) join a list.
    public static let listSeparator = "; "

    /// The value as text for formats without types: lists joined, doubles in shortest round-trip form.
    public var text: String {
        switch self {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d): JSONOutput.format(d)
        case .bool(let b): b ? "true" : "false"
        case .list(let l): l.joined(separator: Self.listSeparator)
        }
    }
}

/// The declared type of an attribute column, named as GraphML and GEXF name them.
public enum ExportValueType: String, Sendable, Hashable {
    case string, int, double, boolean
}

/// An attribute column: its name (as written in every format) and type.
public struct ExportAttribute: Sendable, Hashable {
    public var name: String
    public var type: ExportValueType

    public init(_ name: String, _ type: ExportValueType) {
        self.name = name
        self.type = type
    }

    /// Node attributes in the order formats write them. Lists are typed `string` (joined in flat formats).
    public static let nodeColumns: [ExportAttribute] = [
        .init("kind", .string), .init("key", .string), .init("label", .string), .init("title", .string),
        .init("name", .string), .init("year", .int), .init("venue", .string), .init("authors", .string),
        .init("topics", .string), .init("status", .string), .init("work_kind", .string), .init("doi", .string),
        .init("arxiv", .string), .init("url", .string), .init("other_ids", .string), .init("summary", .string),
        .init("notes", .string), .init("parent", .string), .init("rank", .double), .init("cluster", .int),
        .init("cluster_label", .string), .init("path_step", .int), .init("external", .boolean),
    ]

    /// Edge attributes in the order formats write them.
    public static let edgeColumns: [ExportAttribute] = [
        .init("kind", .string), .init("kinds", .string), .init("cites", .boolean), .init("prerequisite", .boolean),
        .init("reason", .string), .init("path_step", .int),
        .init("provenance", .string),
    ]
}

extension ExportNode {
    /// The node's attributes in ``ExportAttribute/nodeColumns`` order, absent values left out.
    ///
    /// `label` is always present; papers have `title`, topics and authors `name`.
    public var attributes: [(name: String, value: ExportValue)] {
        var a: [(name: String, value: ExportValue)] = [("kind", .string(kind.rawValue)), ("key", .string(key)),
                                                       ("label", .string(label))]
        a.append(kind == .paper ? ("title", .string(label)) : ("name", .string(label)))
        if let year { a.append(("year", .int(year))) }
        if let venue { a.append(("venue", .string(venue))) }
        if !authors.isEmpty { a.append(("authors", .list(authors))) }
        if !topics.isEmpty { a.append(("topics", .list(topics))) }
        if let status { a.append(("status", .string(status.rawValue))) }
        if let workKind { a.append(("work_kind", .string(workKind.rawValue))) }
        if let doi = identifiers.doi { a.append(("doi", .string(doi))) }
        if let arxiv = identifiers.arxiv { a.append(("arxiv", .string(arxiv))) }
        if let url = identifiers.url { a.append(("url", .string(url))) }
        if !identifiers.other.isEmpty {
            a.append(("other_ids", .list(identifiers.other.keys.sorted().map { "\($0)=\(identifiers.other[$0] ?? "")" })))
        }
        if let summary { a.append(("summary", .string(summary))) }
        if let notes { a.append(("notes", .string(notes))) }
        if let parentTopic { a.append(("parent", .string(parentTopic))) }
        if let rank { a.append(("rank", .double(rank))) }
        if let cluster { a.append(("cluster", .int(cluster))) }
        if let clusterLabel { a.append(("cluster_label", .string(clusterLabel))) }
        if let pathStep { a.append(("path_step", .int(pathStep))) }
        if isExternal { a.append(("external", .bool(true))) }
        return a
    }
}

extension ExportEdge {
    /// Every relation the edge stands for: `["cites", "prerequisite"]` for a citation that is also a
    /// prerequisite, else its one kind.
    public var kinds: [Kind] {
        kind == .prerequisite && cites ? [.cites, .prerequisite] : [kind]
    }

    /// The edge's attributes in ``ExportAttribute/edgeColumns`` order.
    ///
    /// `kind` is the first of ``kinds`` (so a citation that is also a prerequisite has kind `cites`
    /// and filtering on `kind == "cites"` keeps every citation), `kinds` lists them all, and
    /// paper-to-paper edges carry a boolean per relation, `cites` and `prerequisite`.
    public var attributes: [(name: String, value: ExportValue)] {
        let kinds = kinds
        var a: [(name: String, value: ExportValue)] = [("kind", .string(kinds[0].rawValue)),
                                                       ("kinds", .list(kinds.map(\.rawValue)))]
        if isPaperToPaper {
            a.append(("cites", .bool(kinds.contains(.cites))))
            a.append(("prerequisite", .bool(kinds.contains(.prerequisite))))
        }
        if let reason { a.append(("reason", .string(reason))) }
        if let pathStep { a.append(("path_step", .int(pathStep))) }
        if let citationSource { a.append(("provenance", .string(citationSource))) }
        return a
    }
}

extension ExportView {
    /// The node columns some node of the view has, in declaration order.
    ///
    /// - Complexity: O(N) in the number of nodes.
    public var nodeColumns: [ExportAttribute] {
        var present = Set<String>()
        for node in nodes { for (name, _) in node.attributes { present.insert(name) } }
        return ExportAttribute.nodeColumns.filter { present.contains($0.name) }
    }

    /// The edge columns some edge of the view has, in declaration order.
    public var edgeColumns: [ExportAttribute] {
        var present = Set<String>()
        for edge in edges { for (name, _) in edge.attributes { present.insert(name) } }
        return ExportAttribute.edgeColumns.filter { present.contains($0.name) }
    }
}
