/// Writes a view as GraphML, for networkx (`read_graphml`), Gephi, Cytoscape and yEd.
///
///     <key id="n3" for="node" attr.name="title" attr.type="string"/>
///     <graph id="papergraph" edgedefault="directed">
///       <node id="vaswani2017"><data key="n0">paper</data><data key="n3">Attention Is All You Need</data></node>
///       <edge source="vaswani2017" target="bahdanau2014"><data key="e0">cites</data></edge>
///
/// Every attribute is declared with its type (`string`, `int`, `double`, `boolean`); lists are
/// strings joined with `; `. Only attributes some node or edge has are declared. Text is escaped
/// and characters XML 1.0 forbids are dropped. Edges have no ids (networkx would store them as an
/// `id` attribute).
public enum GraphMLWriter {
    /// The GraphML document for `view` (see ``write(_:to:)``).
    public static func write(_ view: ExportView) -> String {
        TextSink.text { write(view, to: &$0) }
    }

    /// Writes the GraphML document for `view` into `sink`, node by node and edge by edge.
    ///
    /// - Complexity: O(N + E) time in the nodes and edges of the view (times their attribute
    ///   counts); O(largest element) space besides the view.
    public static func write<S: ByteSink>(_ view: ExportView, to sink: inout S) {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        let nodeColumns = view.nodeColumns, edgeColumns = view.edgeColumns
        var nodeKey: [String: String] = [:], edgeKey: [String: String] = [:]
        for (i, column) in nodeColumns.enumerated() {
            nodeKey[column.name] = "n\(i)"
            out += "  <key id=\"n\(i)\" for=\"node\" attr.name=\"\(column.name)\" attr.type=\"\(column.type.rawValue)\"/>\n"
        }
        for (i, column) in edgeColumns.enumerated() {
            edgeKey[column.name] = "e\(i)"
            out += "  <key id=\"e\(i)\" for=\"edge\" attr.name=\"\(column.name)\" attr.type=\"\(column.type.rawValue)\"/>\n"
        }
        out += "  <graph id=\"papergraph\" edgedefault=\"directed\">\n"
        for node in view.nodes {
            out += "    <node id=\"\(XMLEscaping.escaped(node.id))\">"
            for (name, value) in node.attributes {
                out += "<data key=\"\(nodeKey[name] ?? name)\">\(XMLEscaping.escaped(value.text))</data>"
            }
            out += "</node>\n"
            sink.write(out)
            out.removeAll(keepingCapacity: true)
        }
        for edge in view.edges {
            out += "    <edge source=\"\(XMLEscaping.escaped(view.nodes.id(at: edge.source)))\" "
                + "target=\"\(XMLEscaping.escaped(view.nodes.id(at: edge.target)))\">"
            for (name, value) in edge.attributes {
                out += "<data key=\"\(edgeKey[name] ?? name)\">\(XMLEscaping.escaped(value.text))</data>"
            }
            out += "</edge>\n"
            sink.write(out)
            out.removeAll(keepingCapacity: true)
        }
        out += "  </graph>\n</graphml>\n"
        sink.write(out)
    }
}
