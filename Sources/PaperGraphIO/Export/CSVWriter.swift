import Foundation

/// Writes a view as two CSV files, `nodes.csv` and `edges.csv`, whose headers suit both Neo4j's
/// bulk importer (`neo4j-admin database import`) and Spark GraphFrames (see `Docs/export-csv.md`).
///
///     nodes.csv   :ID,id,:LABEL,kind,key,label,title,year,...
///                 vaswani2017,vaswani2017,Paper,paper,vaswani2017,Attention Is All You Need,...
///     edges.csv   :START_ID,:END_ID,:TYPE,src,dst,kind,reason
///                 vaswani2017,bahdanau2014,CITES,vaswani2017,bahdanau2014,cites,
///
/// Neo4j reads `:ID` (not stored as a property, since it has no name), `:LABEL` (`Paper`, `Topic`,
/// `Author`), `:START_ID`, `:END_ID` and `:TYPE` (`CITES`, `PREREQUISITE`, `AUTHORED`, `TAGGED`), and
/// stores every other column as a string property. GraphFrames needs `id` on vertices and `src`,
/// `dst` on edges. Unlike the other formats, a citation that is also a prerequisite is two rows
/// (`CITES` and `PREREQUISITE`): both tools hold parallel relationships, and queries such as
/// `()-[:CITES]->()` then find every citation. Lists are joined with `; `; quoting follows RFC 4180
/// (fields with a comma, quote, CR or LF are quoted, quotes doubled); lines end with LF, which both
/// tools accept. Fields may span lines (titles with newlines): pass `--multiline-fields=true` to Neo4j
/// and `multiLine=True` to Spark.
public enum CSVWriter {
    /// The two files' contents.
    ///
    /// - Complexity: O(N + E) in the nodes and edges of the view (times their attribute counts).
    public static func write(_ view: ExportView) -> (nodes: String, edges: String) {
        var nodes = nodeHeader(view), edges = edgeHeader
        forEachNodeRow(view) { nodes += $0 }
        forEachEdgeRow(view) { edges += $0 }
        return (nodes, edges)
    }

    /// The header line of `nodes.csv` (with its newline).
    public static func nodeHeader(_ view: ExportView) -> String {
        row([":ID", "id", ":LABEL"] + view.nodeColumns.map(\.name))
    }

    /// The header line of `edges.csv` (with its newline).
    public static let edgeHeader = row([":START_ID", ":END_ID", ":TYPE", "src", "dst", "kind", "reason"])

    /// Calls `body` with each node row (one record and its newline), in view order.
    ///
    /// - Complexity: O(N) rows, each O(its attributes).
    public static func forEachNodeRow(_ view: ExportView, _ body: (String) -> Void) {
        let columns = view.nodeColumns
        for node in view.nodes {
            var values: [String: String] = [:]
            for (name, value) in node.attributes { values[name] = value.text }
            body(row([node.id, node.id, label(node.kind)] + columns.map { values[$0.name] ?? "" }))
        }
    }

    /// Calls `body` with each edge row, in view order (a citation that is also a prerequisite: two rows).
    ///
    /// - Complexity: O(E).
    public static func forEachEdgeRow(_ view: ExportView, _ body: (String) -> Void) {
        for edge in view.edges {
            let src = view.nodes.id(at: edge.source), dst = view.nodes.id(at: edge.target)
            if edge.kind == .prerequisite && edge.cites {
                body(row([src, dst, "CITES", src, dst, "cites", ""]))
            }
            body(row([src, dst, edge.kind.rawValue.uppercased(), src, dst, edge.kind.rawValue, edge.reason ?? ""]))
        }
    }

    /// The Neo4j label of a node kind.
    static func label(_ kind: ExportNode.Kind) -> String {
        switch kind {
        case .paper: "Paper"
        case .topic: "Topic"
        case .author: "Author"
        }
    }

    /// One CSV record with a final newline.
    static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\n"
    }

    /// A field quoted per RFC 4180 when it holds a comma, quote, CR or LF (or starts or ends with
    /// white space, which some readers trim); NUL, which neither tool accepts, is dropped.
    static func quoted(_ field: String) -> String {
        let clean = field.contains("\u{0}") ? field.replacingOccurrences(of: "\u{0}", with: "") : field
        let needsQuotes = clean.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || clean.first?.isWhitespace == true || clean.last?.isWhitespace == true
        guard needsQuotes else { return clean }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
