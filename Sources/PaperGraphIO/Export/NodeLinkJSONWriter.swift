import PaperGraphModel

/// Writes a view as node-link JSON, the layout of networkx's `node_link_data` and of d3 force graphs.
///
///     {"directed": true, "multigraph": false, "graph": {"generator": "papergraph"},
///      "nodes": [{"id": "vaswani2017", "kind": "paper", "title": "Attention Is All You Need", ...}],
///      "edges": [{"source": "vaswani2017", "target": "bahdanau2014", "kind": "prerequisite", "cites": true}]}
///
/// Loads unchanged with `networkx.node_link_graph(data)` (networkx 3.4 and later read `edges`;
/// pass `linksKey: "links"` for d3 and older networkx). Lists (authors, topics) are JSON arrays.
/// The graph is simple: a citation that is also a prerequisite is one edge with `kind` `cites`,
/// `kinds` `["cites", "prerequisite"]` and the booleans `cites` and `prerequisite` (see
/// ``ExportEdge/attributes``), so filtering on `kind == "cites"` keeps every citation and on
/// `prerequisite` every prerequisite. `graph.topics` lists the topic hierarchy (`key`, `name`,
/// `parent`) of the exported papers, with or without topic nodes.
/// ``NodeLinkJSONReader`` reads the output back.
public enum NodeLinkJSONWriter {
    public struct Options: Sendable, Hashable {
        /// The member holding the edges: `edges` (networkx ≥ 3.4) or `links` (d3, older networkx).
        public var linksKey: String
        /// Indented output (the default) or one line.
        public var pretty: Bool

        public init(linksKey: String = "edges", pretty: Bool = true) {
            self.linksKey = linksKey
            self.pretty = pretty
        }
    }

    /// The document as text with a final newline (see ``write(_:options:to:)``).
    public static func write(_ view: ExportView, options: Options = .init()) -> String {
        TextSink.text { write(view, options: options, to: &$0) }
    }

    /// Writes the document, with a final newline, into `sink`.
    ///
    /// The text is written node by node and edge by edge: only one element's small JSON value
    /// exists at a time, never a tree of the whole graph nor the whole text.
    ///
    /// - Complexity: O(N + E) time in the nodes and edges of the view; O(largest element) space.
    public static func write<S: ByteSink>(_ view: ExportView, options: Options = .init(), to sink: inout S) {
        let pretty = options.pretty
        var out = "{"
        func member(_ key: String, first: Bool = false) {
            if !first { out += "," }
            if pretty { out += "\n  " }
            JSONOutput.writeString(key, to: &out)
            out += pretty ? ": " : ":"
        }
        func array<Element>(_ elements: some Sequence<Element>, _ element: (Element) -> JSONOutput) {
            var first = true
            for e in elements {
                out += first ? "[" : ","
                first = false
                if pretty { out += "\n    " }
                element(e).write(to: &out, pretty: pretty, indent: 2)
                sink.write(out)
                out.removeAll(keepingCapacity: true)
            }
            if first { out += "[]"; return }
            if pretty { out += "\n  " }
            out += "]"
        }
        let topics = view.topics.map { topic in
            JSONOutput.object([("key", .string(topic.key)), ("name", .string(topic.name))]
                              + (topic.parent.map { [("parent", JSONOutput.string($0))] } ?? []))
        }
        member("directed", first: true)
        out += "true"
        member("multigraph")
        out += "false"
        member("graph")
        JSONOutput.object([("generator", .string("papergraph"))] + (topics.isEmpty ? [] : [("topics", .array(topics))]))
            .write(to: &out, pretty: pretty, indent: 1)
        member("nodes")
        array(view.nodes) { node in
            .object([("id", .string(node.id))] + node.attributes.map { ($0.name, json($0.value)) })
        }
        member(options.linksKey)
        array(view.edges) { edge in
            .object([("source", .string(view.nodes.id(at: edge.source))),
                     ("target", .string(view.nodes.id(at: edge.target)))]
                    + edge.attributes.map { ($0.name, json($0.value)) })
        }
        if pretty { out += "\n" }
        sink.write(out + "}\n")
    }

    static func json(_ value: ExportValue) -> JSONOutput {
        switch value {
        case .string(let s): .string(s)
        case .int(let i): .int(i)
        case .double(let d): .double(d)
        case .bool(let b): .bool(b)
        case .list(let l): .array(l.map { .string($0) })
        }
    }
}
